/**
 * The words around the trend charts, generated from the data and the current range: summary
 * sentences (which keep every qualifier and name sources), table rows and cited sources.
 */
import "virtual:i18n/en/trends";
import type { SeriesId } from "../../data/schema";
import { distinctClaims } from "../../data/selectors";
import type { TidyFact } from "../../data/facts";
import { localText } from "../../i18n";
import { formatDate, formatMeasure } from "../../i18n/format";
import { plural, type PluralBase } from "../../i18n/plural";
import type { DateRange } from "../../state/store";
import type { WidgetContext, WidgetTable } from "../../widgets/types";
import type { Annotation } from "./annotations";
import { publisherNames } from "./TrendTooltip";
import {
  inRange,
  latestOf,
  lowerBound,
  peakIndex,
  rangeIndices,
  seriesIndex,
  type TrendPoint,
  type TrendSeries,
} from "./trendModel";

export const PRISONER_SERIES: SeriesId[] = [
  "prisoners_in_custody",
  "prisoners_in_custody_women",
  "recognised_cumulative",
  "convicted_cumulative",
  "repression_cases",
];
export const TREASON_SERIES: SeriesId[] = ["treason_convictions_cumulative"];

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

/**
 * A series' points in the range: the series and index bounds [lo, hi), found by binary search. The
 * widget's model (one per range, see widget.tsx) holds these; a series can hold 10⁵ observations, so
 * nothing here walks or copies every point.
 */
export interface Slice {
  s: TrendSeries;
  lo: number;
  hi: number;
}

export function slicesInRange(series: readonly TrendSeries[], range: DateRange): Slice[] {
  return series.map((s) => {
    const [lo, hi] = rangeIndices(s, range);
    return { s, lo, hi };
  });
}

/** The points sharing the last position of a slice (points are sorted: a run at its end). */
function lastRun({ s, lo, hi }: Slice): TrendPoint[] {
  if (hi <= lo) return [];
  const { times } = seriesIndex(s);
  return s.points.slice(Math.max(lo, lowerBound(times, times[hi - 1]!)), hi);
}

/** The latest figure(s) of a series: one claim, or every disagreeing claim with its sources. */
function latest(ctx: WidgetContext, slice: Slice) {
  const last = latestOf(lastRun(slice));
  const claims = distinctClaims(last);
  const date = last[0] ? formatDate(last[0].date, ctx.lang) : "";
  const value = claims.map((c) => formatMeasure(c, ctx.lang)).join(" / ");
  const values = claims
    .map((c) => `${formatMeasure(c, ctx.lang)} (${publisherNames(ctx.release, c.sources)})`)
    .join("; ");
  return {
    last,
    claims,
    date,
    value,
    values,
    source: publisherNames(
      ctx.release,
      claims.flatMap((c) => c.sources),
    ),
  };
}

/** A sentence about one latest figure, its noun and verb agreeing with the figure ("21 палітвязень быў"). */
function counted(
  ctx: WidgetContext,
  base: PluralBase,
  l: ReturnType<typeof latest>,
  vars: Record<string, string> = {},
  noun: "person" | "thing" = "person",
): string {
  return plural(ctx.t, ctx.lang, base, l.claims[0]!, { value: l.value, date: l.date, ...vars }, noun);
}

function noneSentence(ctx: WidgetContext): string {
  const { t, lang, range } = ctx;
  return range
    ? t("trends.summary.none", { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
    : t("trends.summary.noData");
}

/** The highest figure before position `at` in a slice (the first of equal ones). */
function peakBefore({ s, lo, hi }: Slice, at: number): TrendPoint | undefined {
  const i = peakIndex(s, lo, Math.min(hi, lowerBound(seriesIndex(s).times, at)));
  return i < 0 ? undefined : s.points[i];
}

const size = (sl: Slice | undefined) => (sl ? sl.hi - sl.lo : 0);

/** The sentence of the political prisoners chart; `slices` are those of PRISONER_SERIES, in that order. */
export function prisonersSummary(slices: readonly Slice[], ctx: WidgetContext): string {
  const { t, lang } = ctx;
  const [custody, women, recognised, convicted, repression] = slices;
  if (size(custody) + size(women) + size(recognised) + size(convicted) + size(repression) === 0) {
    return noneSentence(ctx);
  }
  const sentences: string[] = [];
  const c = latest(ctx, custody!);
  if (c.claims.length > 1) sentences.push(t("trends.summary.conflict", { date: c.date, values: c.values }));
  else if (c.claims.length === 1) {
    const peak = peakBefore(custody!, c.last[0]!.t);
    sentences.push(
      peak && peak.value > c.claims[0]!.value
        ? counted(ctx, "trends.summary.prisonersPeak", c, {
            source: c.source,
            peak: formatMeasure(peak, lang),
            peakDate: formatDate(peak.date, lang),
          })
        : counted(ctx, "trends.summary.prisoners", c, { source: c.source }),
    );
  }
  // Each further series in a sentence; several figures for one date are joined ("170 / 180").
  const further = (slice: Slice, base: PluralBase, vars: Record<string, string> = {}, noun?: "thing") => {
    const l = latest(ctx, slice);
    if (l.claims.length) sentences.push(counted(ctx, base, l, vars, noun));
  };
  further(women!, "trends.summary.women");
  further(recognised!, "trends.summary.recognised");
  further(convicted!, "trends.summary.convicted");
  const m = latest(ctx, repression!);
  const from = m.last[0]?.start;
  if (m.claims.length && from) {
    further(repression!, "trends.summary.repression", { start: formatDate(from, lang), source: m.source }, "thing");
  }
  return sentences.map(capitalise).join(" ");
}

export function treasonSummary(slices: readonly Slice[], ctx: WidgetContext): string {
  const { t, lang } = ctx;
  const [slice] = slices;
  if (size(slice) === 0) return noneSentence(ctx);
  const l = latest(ctx, slice!);
  if (l.claims.length > 1) return capitalise(t("trends.summary.conflict", { date: l.date, values: l.values }));
  const start = l.last[0]!.start;
  return capitalise(
    start
      ? counted(ctx, "trends.summary.treason", l, { start: formatDate(start, lang), source: l.source })
      : counted(ctx, "trends.summary.treasonBy", l, { source: l.source }),
  );
}

/** The newest figure of the whole release, ignoring the range (embeds compare releases with it). */
export function trendHeadline(
  series: TrendSeries,
  ctx: WidgetContext,
  key: "trends.headline.prisoners" | "trends.headline.treason",
) {
  const [slice] = slicesInRange([series], null);
  const l = latest(ctx, slice!);
  // Several figures (sources disagree) are joined "1 140 / 1 150"; the words agree with the first.
  return l.claims.length ? capitalise(counted(ctx, key, l)) : "";
}

/**
 * One row per observation in the range: date, series, figure with its qualifier, note; sources per row.
 * With a `limit`, only the newest `limit` rows are made (formatting 10⁵ dates for a table that shows
 * 500 would take seconds); `total` then says how many there are. CSV exports ask without a limit.
 */
export function trendTable(
  slices: readonly Slice[],
  ids: readonly SeriesId[],
  ctx: WidgetContext,
  limit?: number,
): WidgetTable {
  const { t, lang } = ctx;
  const total = slices.reduce((n, sl) => n + size(sl), 0);
  // The newest `limit` rows are among the last `limit` points of each series.
  const keep = limit !== undefined && total > limit ? limit : Infinity;
  const points = slices
    .flatMap(({ s, lo, hi }) => s.points.slice(Math.max(lo, hi - keep), hi))
    .sort((a, b) => a.t - b.t || ids.indexOf(a.seriesId) - ids.indexOf(b.seriesId));
  const rows = points.slice(Math.max(0, points.length - keep)).map((p) => ({
    key: p.key,
    cells: [
      formatDate(p.date, lang),
      t(`trends.series.${p.seriesId}`),
      formatMeasure(p, lang),
      p.note ? localText(p.note, lang) : "",
    ],
    sources: p.sources,
  }));
  return {
    columns: [t("trends.table.date"), t("trends.table.series"), t("trends.table.value"), t("trends.table.note")],
    rows,
    ...(rows.length < total ? { total, part: "newest" as const } : {}),
  };
}

/**
 * The tidy rows of the view (src/data/tidy.ts): one fact per observation in the range, in the table's order.
 * Observations of one series on one date (and counting period) are one record: several are sources disagreeing,
 * and identical ones from several sources become one row.
 */
export function trendClaims(slices: readonly Slice[], ids: readonly SeriesId[]): TidyFact[] {
  const points = slices
    .flatMap(({ s, lo, hi }) => s.points.slice(lo, hi))
    .sort((a, b) => a.t - b.t || ids.indexOf(a.seriesId) - ids.indexOf(b.seriesId));
  return points.map((p) => ({
    record: `${p.seriesId}/${p.start ? `${p.start}_` : ""}${p.date}`,
    measure: p.seriesId,
    date: p.date,
    periodStart: p.start,
    figure: p,
    note: p.note,
    sources: p.sources,
  }));
}

/**
 * Sources cited in the range, in order of first citation (series by series, then context events), found per
 * source by binary search in its list of citing points: O(sources × log n), not O(points).
 */
export function trendSources(slices: readonly Slice[], events: readonly Annotation[], range: DateRange): string[] {
  const fromPoints: string[] = [];
  for (const { s, lo, hi } of slices) {
    const firsts: [number, number, string][] = [];
    for (const [id, at] of seriesIndex(s).bySource) {
      const i = at[lowerBound(at, lo)];
      // Sorted by first citing point, then by place in that point's list of sources.
      if (i !== undefined && i < hi) firsts.push([i, s.points[i]!.sources.indexOf(id), id]);
    }
    firsts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, , id] of firsts) fromPoints.push(id);
  }
  const fromEvents = events.filter((a) => a.kind !== "pardon" && inRange(a, range)).flatMap((a) => a.sources);
  return [...new Set([...fromPoints, ...fromEvents])];
}

/** Whether a figure in the range is not exact: a prefix count per series, O(1). */
export function trendHasQualifiers(slices: readonly Slice[]): boolean {
  return slices.some(({ s, lo, hi }) => {
    const { inexactBefore } = seriesIndex(s);
    return inexactBefore[hi]! - inexactBefore[lo]! > 0;
  });
}
