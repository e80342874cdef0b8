/** The two trend widgets: political prisoners over time, and cumulative "high treason" convictions. */
import "virtual:i18n/en/trends";
import { useMemo, useState } from "react";
import type { SeriesId } from "../../data/schema";
import { rangeTimes } from "../../data/dates";
import type { Translate } from "../../i18n";
import type { WidgetContext } from "../../widgets/types";
import { defineWidget } from "../../widgets/viewModel";
import { useWidth } from "../common/useWidth";
import { fitScale, useSlideFit } from "../common/slideFit";
import { buildAnnotations, type Annotation } from "./annotations";
import type { PanelInput } from "./layout";
import {
  PRISONER_SERIES,
  TREASON_SERIES,
  prisonersSummary,
  slicesInRange,
  treasonSummary,
  trendHasQualifiers,
  trendHeadline,
  trendClaims,
  trendSources,
  trendTable,
  type Slice,
} from "./summaries";
import { TrendChart } from "./TrendChart";
import { TrendLegend } from "./TrendLegend";
import type { SeriesStyle } from "./TrendPanel";
import { seriesOf, timeDomain, type TrendSeries } from "./trendModel";
import "./trends.css";

const COLORS: Record<SeriesId, string> = {
  prisoners_in_custody: "var(--c-prisoners)",
  prisoners_in_custody_women: "var(--c-women)",
  newly_recognised: "var(--c-recognised)",
  recognised_cumulative: "var(--c-recognised)",
  treason_convictions_cumulative: "var(--c-prisoners)",
  convicted_cumulative: "var(--c-pardon)",
  repression_cases: "var(--c-us)",
};

function seriesStyles(t: Translate): Record<SeriesId, SeriesStyle> {
  const ids = Object.keys(COLORS) as SeriesId[];
  return Object.fromEntries(ids.map((id) => [id, { color: COLORS[id], label: t(`trends.series.${id}`) }])) as Record<
    SeriesId,
    SeriesStyle
  >;
}

interface PanelDef {
  id: string;
  series: SeriesId[];
  yLabel: "trends.axis.custody" | "trends.axis.recognised" | "trends.axis.repression" | "trends.axis.treason";
  /** A shorter axis title for phones, where the full one would run out of the chart. */
  yLabelShort?: "trends.axis.recognised.short" | "trends.axis.repression.short";
  weight: number;
}

/** Below this chart width the short axis titles are used. */
const NARROW = 480;

/**
 * A trend widget's view model (one per release, language and range, src/widgets/viewModel.ts). The series, their
 * styles and the context annotations stay the same objects while the range moves, so that the chart redraws only
 * what the range changes.
 */
export interface TrendModel {
  /** The translator the words (annotations, series labels) are in. */
  t: Translate;
  /** Every series of the widget, in its order (parsed once per release: the shared part). */
  series: TrendSeries[];
  /** The series' points in the range. */
  slices: Slice[];
  annotations: Annotation[];
  styles: Record<SeriesId, SeriesStyle>;
  summary: string;
  sources: string[];
  qualified: boolean;
}

function trendModel(
  summarise: (slices: readonly Slice[], ctx: WidgetContext) => string,
): (ctx: WidgetContext, series: TrendSeries[], previous: TrendModel | undefined) => TrendModel {
  return (ctx, series, previous) => {
    // The words of a language are the same for every range: kept from the previous model in this translator.
    const same = previous !== undefined && previous.t === ctx.t;
    const annotations = same ? previous.annotations : buildAnnotations(ctx.release, ctx.lang, ctx.t);
    const slices = slicesInRange(series, ctx.range);
    return {
      t: ctx.t,
      series,
      slices,
      annotations,
      styles: same ? previous.styles : seriesStyles(ctx.t),
      summary: summarise(slices, ctx),
      sources: trendSources(slices, annotations, ctx.range),
      qualified: trendHasQualifiers(slices),
    };
  };
}

/** One trend view: panels of series sharing a time axis, context annotations, legend and zoom toggle. */
function TrendView({
  ctx,
  model,
  panels,
  title,
}: {
  ctx: WidgetContext;
  model: TrendModel;
  panels: PanelDef[];
  title: string;
}) {
  // ctx is new on every range change, but its translator stays the same function (see i18n translator()).
  const { release, lang, t, range, setView } = ctx;
  const { series, styles, annotations } = model;
  const [ref, width] = useWidth<HTMLDivElement>();
  const [zoom, setZoom] = useState(false);
  // On a slide the chart is laid out in design units (see slideFit.ts).
  const narrow = width / fitScale(useSlideFit()) < NARROW;
  // A series the release does not have is left out, and so is a panel left empty (older releases have no
  // monthly repression cases): an empty axis would read as "none". The first panel always stays.
  const inputs: PanelInput[] = useMemo(
    () =>
      panels.flatMap((p, i) => {
        const all = p.series.map((id) => series.find((s) => s.id === id)!);
        const present = all.filter((s) => s.points.length > 0);
        if (i > 0 && present.length === 0) return [];
        return [
          {
            id: p.id,
            series: present.length > 0 ? present : all,
            yLabel: t(narrow && p.yLabelShort ? p.yLabelShort : p.yLabel),
            weight: p.weight,
          },
        ];
      }),
    [panels, series, t, narrow],
  );
  const all = useMemo(() => inputs.flatMap((p) => p.series), [inputs]);
  const zoomed = zoom && range !== null;
  // The axis also covers the context (the arrests and election of 2020 precede the first count).
  // Apart from the zoomed one: a new domain means a new layout, so a range change must not make one.
  const fullDomain = useMemo(
    () =>
      timeDomain(
        all,
        annotations.map((a) => a.t),
        release.entry.asOf,
      ),
    [annotations, all, release.entry.asOf],
  );
  const zoomStart = zoomed ? range.start : null;
  const zoomEnd = zoomed ? range.end : null;
  const domain = useMemo<[Date, Date]>(() => {
    if (!zoomStart || !zoomEnd) return fullDomain;
    // The range's first day to the last second of its last day.
    const [start, after] = rangeTimes({ start: zoomStart, end: zoomEnd });
    return [new Date(start), new Date(after - 1000)];
  }, [zoomStart, zoomEnd, fullDomain]);

  return (
    <div className="trend" ref={ref}>
      {range && (
        <label className="trend-zoom">
          <input type="checkbox" checked={zoom} onChange={(e) => setZoom(e.target.checked)} />
          {t("trends.zoom")}
        </label>
      )}
      <TrendChart
        panels={inputs}
        annotations={annotations}
        width={width}
        domain={domain}
        highlight={zoomed ? null : range}
        zoomed={zoomed}
        styles={styles}
        label={t("trends.plot.label", { title })}
        onRange={(r) => setView({ range: r })}
        release={release}
        lang={lang}
        t={t}
      />
      <TrendLegend series={all} annotations={annotations} styles={styles} t={t} />
    </div>
  );
}

const PRISONER_PANELS: PanelDef[] = [
  {
    id: "custody",
    series: ["prisoners_in_custody", "prisoners_in_custody_women"],
    yLabel: "trends.axis.custody",
    weight: 3,
  },
  {
    id: "recognised",
    series: ["recognised_cumulative", "convicted_cumulative"],
    yLabel: "trends.axis.recognised",
    yLabelShort: "trends.axis.recognised.short",
    weight: 1.3,
  },
  {
    id: "repression",
    series: ["repression_cases"],
    yLabel: "trends.axis.repression",
    yLabelShort: "trends.axis.repression.short",
    weight: 1,
  },
];
const TREASON_PANELS: PanelDef[] = [
  { id: "treason", series: ["treason_convictions_cumulative"], yLabel: "trends.axis.treason", weight: 1 },
];

export const prisonersTrend = defineWidget({
  id: "prisoners-trend",
  title: (t) => t("trends.prisoners.title"),
  shared: { view: [], build: (ctx) => seriesOf(ctx.release, PRISONER_SERIES) },
  view: ["lang", "range"],
  model: trendModel(prisonersSummary),
  summary: (m) => m.summary,
  headline: (m, ctx) => trendHeadline(m.series[0]!, ctx, "trends.headline.prisoners"),
  table: (m, ctx, limit) => trendTable(m.slices, PRISONER_SERIES, ctx, limit),
  claims: (m) => trendClaims(m.slices, PRISONER_SERIES),
  sources: (m) => m.sources,
  hasQualifiers: (m) => m.qualified,
  Component: ({ ctx, model }) => (
    <TrendView ctx={ctx} model={model} panels={PRISONER_PANELS} title={ctx.t("trends.prisoners.title")} />
  ),
});

export const treasonTrend = defineWidget({
  id: "treason-trend",
  title: (t) => t("trends.treason.title"),
  shared: { view: [], build: (ctx) => seriesOf(ctx.release, TREASON_SERIES) },
  view: ["lang", "range"],
  model: trendModel(treasonSummary),
  summary: (m) => m.summary,
  headline: (m, ctx) => trendHeadline(m.series[0]!, ctx, "trends.headline.treason"),
  table: (m, ctx, limit) => trendTable(m.slices, TREASON_SERIES, ctx, limit),
  claims: (m) => trendClaims(m.slices, TREASON_SERIES),
  sources: (m) => m.sources,
  hasQualifiers: (m) => m.qualified,
  Component: ({ ctx, model }) => (
    <TrendView ctx={ctx} model={model} panels={TREASON_PANELS} title={ctx.t("trends.treason.title")} />
  ),
});
