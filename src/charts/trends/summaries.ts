/**
 * The words around the trend charts, generated from the data and the current range: summary
 * sentences (which keep every qualifier and name sources), table rows and cited sources.
 */
import type { SeriesId } from "../../data/schema";
import { distinctClaims } from "../../data/selectors";
import { localText } from "../../i18n";
import { formatDate, formatMeasure } from "../../i18n/format";
import type { WidgetContext, WidgetTable } from "../../widgets/types";
import { buildAnnotations } from "./annotations";
import { publisherNames } from "./TrendTooltip";
import { inRange, latestOf, peakOf, seriesOf, type TrendPoint } from "./trendModel";

export const PRISONER_SERIES: SeriesId[] = [
  "prisoners_in_custody",
  "prisoners_in_custody_women",
  "recognised_cumulative",
];
export const TREASON_SERIES: SeriesId[] = ["treason_convictions_cumulative"];

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase() + s.slice(1);
}

function pointsInRange(ctx: WidgetContext, ids: readonly SeriesId[]): TrendPoint[][] {
  return seriesOf(ctx.release, ids).map((s) => s.points.filter((p) => inRange(p, ctx.range)));
}

/** The latest figure(s) of a series: one claim, or every disagreeing claim with its sources. */
function latest(ctx: WidgetContext, points: readonly TrendPoint[]) {
  const last = latestOf(points);
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

function noneSentence(ctx: WidgetContext): string {
  const { t, lang, range } = ctx;
  return range
    ? t("trends.summary.none", { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
    : t("trends.summary.noData");
}

export function prisonersSummary(ctx: WidgetContext): string {
  const { t, lang } = ctx;
  const [custody = [], women = [], recognised = []] = pointsInRange(ctx, PRISONER_SERIES);
  if (custody.length + women.length + recognised.length === 0) return noneSentence(ctx);
  const sentences: string[] = [];
  const c = latest(ctx, custody);
  if (c.claims.length > 1) sentences.push(t("trends.summary.conflict", { date: c.date, values: c.values }));
  else if (c.claims.length === 1) {
    const at = c.last[0]!.t;
    const peak = peakOf(custody.filter((p) => p.t < at));
    sentences.push(
      peak && peak.value > c.claims[0]!.value
        ? t("trends.summary.prisonersPeak", {
            value: c.value,
            date: c.date,
            source: c.source,
            peak: formatMeasure(peak, lang),
            peakDate: formatDate(peak.date, lang),
          })
        : t("trends.summary.prisoners", { value: c.value, date: c.date, source: c.source }),
    );
  }
  const w = latest(ctx, women);
  if (w.claims.length) sentences.push(t("trends.summary.women", { value: w.value, date: w.date }));
  const r = latest(ctx, recognised);
  if (r.claims.length) sentences.push(t("trends.summary.recognised", { value: r.value, date: r.date }));
  return sentences.map(capitalise).join(" ");
}

export function treasonSummary(ctx: WidgetContext): string {
  const { t, lang } = ctx;
  const [points = []] = pointsInRange(ctx, TREASON_SERIES);
  if (points.length === 0) return noneSentence(ctx);
  const l = latest(ctx, points);
  if (l.claims.length > 1) return capitalise(t("trends.summary.conflict", { date: l.date, values: l.values }));
  const start = l.last[0]!.start;
  return capitalise(
    start
      ? t("trends.summary.treason", { value: l.value, start: formatDate(start, lang), date: l.date, source: l.source })
      : t("trends.summary.treasonBy", { value: l.value, date: l.date, source: l.source }),
  );
}

/** The newest figure of the whole release, ignoring the range (embeds compare releases with it). */
export function trendHeadline(
  ctx: WidgetContext,
  id: SeriesId,
  key: "trends.headline.prisoners" | "trends.headline.treason",
) {
  const l = latest({ ...ctx, range: null }, seriesOf(ctx.release, [id])[0]!.points);
  return l.claims.length ? capitalise(ctx.t(key, { value: l.value, date: l.date })) : "";
}

/** One row per observation in the range: date, series, figure with its qualifier, note; sources per row. */
export function trendTable(ctx: WidgetContext, ids: readonly SeriesId[]): WidgetTable {
  const { t, lang } = ctx;
  const rows = pointsInRange(ctx, ids)
    .flat()
    .sort((a, b) => a.t - b.t || ids.indexOf(a.seriesId) - ids.indexOf(b.seriesId))
    .map((p) => ({
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
  };
}

export function trendSources(ctx: WidgetContext, ids: readonly SeriesId[]): string[] {
  const fromPoints = pointsInRange(ctx, ids).flatMap((ps) => ps.flatMap((p) => p.sources));
  const fromEvents = buildAnnotations(ctx.release, ctx.lang, ctx.t)
    .filter((a) => a.kind !== "pardon" && inRange(a, ctx.range))
    .flatMap((a) => a.sources);
  return [...new Set([...fromPoints, ...fromEvents])];
}

export function trendHasQualifiers(ctx: WidgetContext, ids: readonly SeriesId[]): boolean {
  return pointsInRange(ctx, ids).some((ps) => ps.some((p) => p.qualifier !== "exact"));
}
