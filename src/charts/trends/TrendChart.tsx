import "virtual:i18n/en/trends";
import { memo, useCallback, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import type { ReleaseData, SeriesId } from "../../data/schema";
import type { Translate } from "../../i18n";
import { formatDate, formatMeasure, formatNumber, type Lang } from "../../i18n/format";
import type { DateRange } from "../../state/store";
import { Tooltip } from "../common/Tooltip";
import { useBrush } from "../common/useBrush";
import { fitScale, useSlideFit, useSlideHeight } from "../common/slideFit";
import type { Annotation } from "./annotations";
import { chartLayout, tickIso, type ChartLayout, type PanelInput } from "./layout";
import { TrendAnnotations } from "./TrendAnnotations";
import { TrendPanel, type SeriesStyle } from "./TrendPanel";
import { publisherNames, TrendTooltip } from "./TrendTooltip";
import { density } from "./drawModel";
import { isoDay, rangeTimes } from "../../data/dates";
import { indexOfSorted, lowerBound, nearestStop, pointsAt, rangeBounds, stops, upperBound } from "./trendModel";
import { useLiveRange } from "../../widgets/liveRange";
import { useSummaryId } from "../../widgets/summaryId";

export interface TrendChartProps {
  /** Stacked panels sharing the time axis, each with its own y scale. */
  panels: PanelInput[];
  annotations: readonly Annotation[];
  width: number;
  domain: [Date, Date];
  /** Range to highlight; points outside it are dimmed (null = none). */
  highlight: DateRange;
  /** The domain is the selected range: no band, and a moving range is not marked (see LiveRangeContext). */
  zoomed?: boolean;
  styles: Record<SeriesId, SeriesStyle>;
  /** Accessible name of the plot (with how to operate it). */
  label: string;
  /** A range dragged on the plot, as ISO days. */
  onRange: (range: { start: string; end: string }) => void;
  release: ReleaseData;
  lang: Lang;
  t: Translate;
}

type Active = { t: number; pinned: boolean; via: "hover" | "tap" | "key" } | null;

/**
 * A time-series chart as a function of (panels, annotations, size, options) → SVG, with one
 * keyboard stop: ← → Home End step through observation dates, Esc closes; hover shows a
 * crosshair and tooltip; click or tap pins it (sources become links); dragging selects a range.
 */
export function TrendChart(props: TrendChartProps) {
  const summaryId = useSummaryId();
  const {
    panels,
    annotations,
    width: boxWidth,
    domain,
    highlight,
    zoomed = false,
    styles,
    label,
    onRange,
    release,
    lang,
    t,
  } = props;
  // On a slide: laid out in design units (see slideFit.ts), filling the plot's box, drawn scaled up.
  const fit = useSlideFit();
  const scale = fitScale(fit);
  const [plotRef, plotHeight] = useSlideHeight<HTMLDivElement>(fit !== null);
  const width = Math.floor(boxWidth / scale);
  const height0 = plotHeight === null ? null : plotHeight / scale;
  const layout = useMemo(() => chartLayout(width, domain, panels, height0), [width, domain, panels, height0]);
  const { x, left, right, axisY, bandBottom, height } = layout;
  const allSeries = useMemo(() => panels.flatMap((p) => p.series), [panels]);
  const allStops = useMemo(() => stops(allSeries), [allSeries]);
  const visibleStops = useMemo(
    () => allStops.slice(lowerBound(allStops, +domain[0]), upperBound(allStops, +domain[1])),
    [allStops, domain],
  );
  const thinned = useMemo(() => thinnedSeries(layout), [layout]);
  const [active, setActive] = useState<Active>(null);
  const pressed = useRef(false);
  const clipId = `clip${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;

  const stopAt = useCallback((px: number) => nearestStop(visibleStops, +x.invert(px)), [visibleStops, x]);
  const brush = useBrush({
    extent: [left, width - right],
    width,
    onSelect: (a, b) => {
      setActive(null);
      onRange({ start: isoDay(x.invert(a)), end: isoDay(x.invert(b)) });
    },
    onTap: (px) => {
      const s = stopAt(px);
      setActive(s === undefined ? null : { t: s, pinned: true, via: "tap" });
    },
    onHover: (px) => {
      const s = stopAt(px);
      // Same date as before: keep the state object, so moving within one date does not re-render.
      setActive((a) => (a?.pinned || a?.t === s ? a : s === undefined ? null : { t: s, pinned: false, via: "hover" }));
    },
  });

  const idx = active ? indexOfSorted(visibleStops, active.t) : -1;
  /** The last date inside the highlighted range, else the last in view. */
  const defaultStop = () => {
    const last = lowerBound(visibleStops, rangeBounds(highlight)[1]) - 1;
    const inside = last >= 0 && visibleStops[last]! >= rangeBounds(highlight)[0] ? visibleStops[last] : undefined;
    return inside ?? visibleStops[visibleStops.length - 1];
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = visibleStops.length;
    if (e.key === "Escape") return setActive(null);
    const from = idx >= 0 ? idx : indexOfSorted(visibleStops, defaultStop() ?? NaN);
    const moves: Record<string, number> = {
      ArrowRight: from + 1,
      ArrowUp: from + 1,
      ArrowLeft: from - 1,
      ArrowDown: from - 1,
      Home: 0,
      End: n - 1,
    };
    if (!(e.key in moves) || n === 0) return;
    e.preventDefault();
    const next = idx < 0 && e.key.startsWith("Arrow") ? from : Math.max(0, Math.min(n - 1, moves[e.key]!));
    setActive({ t: visibleStops[next]!, pinned: true, via: "key" });
  };
  const onFocus = () => {
    const s = defaultStop();
    if (!pressed.current && !active && s !== undefined) setActive({ t: s, pinned: true, via: "key" });
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setActive((a) => (a?.pinned ? null : a));
  };

  const activePoints = active ? pointsAt(allSeries, active.t) : [];
  const prev = active ? allStops[indexOfSorted(allStops, active.t) - 1] : undefined;
  const context = active ? annotations.filter((a) => a.t <= active.t && (prev === undefined || a.t > prev)) : [];
  // A loop, not Math.min(...): never spread a list into arguments.
  let tipY = axisY;
  for (const p of layout.panels) {
    for (const pt of activePoints) if (p.series.some((s) => s.id === pt.seriesId)) tipY = Math.min(tipY, p.y(pt.value));
  }
  const dateText = activePoints[0] ? formatDate(activePoints[0].date, lang) : "";
  const live =
    active?.via === "key"
      ? `${dateText}: ${activePoints
          .map((p) =>
            t("trends.live.item", {
              series: styles[p.seriesId].label,
              value: formatMeasure(p, lang),
              source: publisherNames(release, p.sources),
            }),
          )
          .join("; ")}`
      : "";
  const band = (a: number, b: number, cls: string) => (
    <rect className={cls} x={a} width={Math.max(1, b - a)} y={bandBottom} height={axisY - bandBottom} />
  );

  return (
    <div className="chart trend-chart" onBlur={onBlur}>
      <div
        className="trend-plot"
        ref={plotRef}
        role="slider"
        tabIndex={0}
        aria-label={label}
        aria-describedby={summaryId}
        aria-valuemin={0}
        aria-valuemax={Math.max(0, visibleStops.length - 1)}
        aria-valuenow={idx >= 0 ? idx : Math.max(0, visibleStops.length - 1)}
        aria-valuetext={dateText || undefined}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        onPointerLeave={() => setActive((a) => (a && !a.pinned ? null : a))}
        {...brush.handlers}
        onPointerDown={(e) => {
          pressed.current = true;
          brush.handlers.onPointerDown(e);
        }}
        onPointerUp={(e) => {
          pressed.current = false;
          brush.handlers.onPointerUp(e);
        }}
      >
        <svg width={width * scale} height={height * scale} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
          <defs>
            <clipPath id={clipId}>
              <rect x={left - 8} y={0} width={Math.max(0, width - left - right + 16)} height={height} />
            </clipPath>
          </defs>
          {!zoomed && <RangeBand range={highlight} layout={layout} />}
          {brush.dragging && band(brush.dragging[0], brush.dragging[1], "brush-band")}
          <TrendAnnotations annotations={annotations} layout={layout} />
          {layout.panels.map((p) => (
            <TrendPanel
              key={p.id}
              panel={p}
              x={x}
              left={left}
              right={right}
              width={width}
              styles={styles}
              active={active?.t ?? null}
              range={highlight}
              clipId={clipId}
              lang={lang}
            />
          ))}
          <TimeAxis layout={layout} lang={lang} />
          {active && <line className="crosshair" x1={x(active.t)} x2={x(active.t)} y1={bandBottom} y2={axisY} />}
        </svg>
      </div>
      {active && activePoints.length > 0 && (
        <Tooltip
          x={x(active.t) * scale}
          y={tipY * scale}
          containerWidth={width * scale}
          onClose={() => setActive(null)}
        >
          <div className={active.pinned ? "tt-pinned" : "tt-hover"}>
            <TrendTooltip
              points={activePoints}
              context={context}
              pinned={active.pinned}
              styles={styles}
              release={release}
              lang={lang}
              t={t}
            />
          </div>
        </Tooltip>
      )}
      {thinned.length > 0 && (
        <p className="trend-thinned">
          {thinned
            .map((s) => t("trends.thinned", { series: styles[s.id].label, n: formatNumber(s.inView, lang) }))
            .join(" ")}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {live}
      </p>
    </div>
  );
}

/**
 * The selected range's band. While a range is dragged on the dashboard it follows the moving range at every
 * step, ahead of the dimmed marks, which follow when it stops: memoised, it is the one part redrawn per step.
 */
const RangeBand = memo(function RangeBand({ range, layout }: { range: DateRange; layout: ChartLayout }) {
  const r = useLiveRange(range);
  if (!r) return null;
  const { x, left, right, width, bandBottom, axisY } = layout;
  // From the range's first day to the last second of its last day.
  const [start, after] = rangeTimes(r);
  const x0 = Math.max(left, x(new Date(start)));
  const x1 = Math.min(width - right, x(new Date(after - 1000)));
  if (x1 <= x0) return null;
  return <rect className="range-band" x={x0} width={Math.max(1, x1 - x0)} y={bandBottom} height={axisY - bandBottom} />;
});

/** The time axis: memoised, it changes with the layout only (a range change or a hover leaves it as it is). */
const TimeAxis = memo(function TimeAxis({ layout, lang }: { layout: ChartLayout; lang: Lang }) {
  const { x, left, right, width, axisY } = layout;
  return (
    <g className="axis x-axis">
      <line x1={left} x2={width - right} y1={axisY} y2={axisY} />
      {layout.xTicks.map((d) => (
        <g key={+d} transform={`translate(${x(d)},${axisY})`}>
          <line y2={5} />
          <text y={18} textAnchor="middle">
            {formatDate(tickIso(d), lang, "short")}
          </text>
        </g>
      ))}
    </g>
  );
});

/** Series drawn thinned in this layout, with how many observations they have in view. */
function thinnedSeries(layout: ChartLayout): { id: SeriesId; inView: number }[] {
  return layout.panels.flatMap((p) =>
    p.series.flatMap((s) => {
      const d = density(s, layout.x);
      return d.dense ? [{ id: s.id, inView: d.inView }] : [];
    }),
  );
}
