/** The two trend widgets: political prisoners over time, and cumulative "high treason" convictions. */
import "virtual:i18n/en/trends";
import { useMemo, useState } from "react";
import type { SeriesId } from "../../data/schema";
import type { Translate } from "../../i18n";
import { rangeTimes } from "../../data/dates";
import type { WidgetContext, WidgetDef } from "../../widgets/types";
import { useWidth } from "../common/useWidth";
import { fitScale, useSlideFit } from "../common/slideFit";
import { buildAnnotations } from "./annotations";
import type { PanelInput } from "./layout";
import {
  PRISONER_SERIES,
  TREASON_SERIES,
  prisonersSummary,
  treasonSummary,
  trendHasQualifiers,
  trendHeadline,
  trendClaims,
  trendSources,
  trendTable,
} from "./summaries";
import { TrendChart } from "./TrendChart";
import { TrendLegend } from "./TrendLegend";
import type { SeriesStyle } from "./TrendPanel";
import { seriesOf, timeDomain } from "./trendModel";
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

/** One trend view: panels of series sharing a time axis, context annotations, legend and zoom toggle. */
function TrendView({ ctx, panels, title }: { ctx: WidgetContext; panels: PanelDef[]; title: string }) {
  // ctx is new on every range change, but its translator stays the same function (see i18n translator()).
  const { release, lang, t, range, setView } = ctx;
  const [ref, width] = useWidth<HTMLDivElement>();
  const [zoom, setZoom] = useState(false);
  const styles = useMemo(() => seriesStyles(t), [t]);
  const annotations = useMemo(() => buildAnnotations(release, lang, t), [release, lang, t]);
  // On a slide the chart is laid out in design units (see slideFit.ts).
  const narrow = width / fitScale(useSlideFit()) < NARROW;
  // A series the release does not have is left out, and so is a panel left empty (older releases have no
  // monthly repression cases): an empty axis would read as "none". The first panel always stays.
  const inputs: PanelInput[] = useMemo(
    () =>
      panels.flatMap((p, i) => {
        const all = seriesOf(release, p.series);
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
    [panels, release, t, narrow],
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

export const prisonersTrend: WidgetDef = {
  id: "prisoners-trend",
  title: (t) => t("trends.prisoners.title"),
  summary: prisonersSummary,
  headline: (ctx) => trendHeadline(ctx, "prisoners_in_custody", "trends.headline.prisoners"),
  table: (ctx, limit) => trendTable(ctx, PRISONER_SERIES, limit),
  claims: (ctx) => trendClaims(ctx, PRISONER_SERIES),
  sources: (ctx) => trendSources(ctx, PRISONER_SERIES),
  hasQualifiers: (ctx) => trendHasQualifiers(ctx, PRISONER_SERIES),
  Component: ({ ctx }) => <TrendView ctx={ctx} panels={PRISONER_PANELS} title={ctx.t("trends.prisoners.title")} />,
};

export const treasonTrend: WidgetDef = {
  id: "treason-trend",
  title: (t) => t("trends.treason.title"),
  summary: treasonSummary,
  headline: (ctx) => trendHeadline(ctx, "treason_convictions_cumulative", "trends.headline.treason"),
  table: (ctx, limit) => trendTable(ctx, TREASON_SERIES, limit),
  claims: (ctx) => trendClaims(ctx, TREASON_SERIES),
  sources: (ctx) => trendSources(ctx, TREASON_SERIES),
  hasQualifiers: (ctx) => trendHasQualifiers(ctx, TREASON_SERIES),
  Component: ({ ctx }) => <TrendView ctx={ctx} panels={TREASON_PANELS} title={ctx.t("trends.treason.title")} />,
};
