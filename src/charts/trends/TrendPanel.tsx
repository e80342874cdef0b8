import { memo, useMemo } from "react";
import { line, curveLinear } from "d3-shape";
import type { Qualifier, SeriesId } from "../../data/schema";
import { formatNumber, type Lang } from "../../i18n/format";
import type { DateRange } from "../../state/store";
import { QualifierMark } from "../common/QualifierMark";
import { KeptGroup } from "../../widgets/KeptGroup";
import type { UtcScale } from "../common/scale";
import { linePieces, seriesDraw, type SeriesDraw } from "./drawModel";
import type { PanelLayout } from "./layout";
import { inRange, lowerBound, seriesIndex, type TrendPoint } from "./trendModel";

export interface SeriesStyle {
  color: string;
  label: string;
}

interface TrendPanelProps {
  panel: PanelLayout;
  x: UtcScale;
  left: number;
  right: number;
  width: number;
  styles: Record<SeriesId, SeriesStyle>;
  /** Position of the active (hovered or focused) date. */
  active: number | null;
  /** Points outside the range are dimmed (when not zoomed). */
  range: DateRange;
  clipId: string;
  lang: Lang;
}

type Label = { x: number; y: number; anchor: "start" | "end" } | null;

/** What a panel draws, and where its direct labels go: depends on the layout only (not on range or hover). */
function panelDraw(
  panel: PanelLayout,
  x: UtcScale,
  styles: Record<SeriesId, SeriesStyle>,
  [x0, x1]: [number, number],
): { draws: SeriesDraw[]; labels: Label[] } {
  const { y } = panel;
  const draws = panel.series.map((s) => seriesDraw(s, x, y));
  // Positions of the drawn marks and line vertices (not of every observation of a dense series), so
  // direct labels avoid covering data.
  const occupied: (readonly [number, number])[] = [];
  for (const d of draws) {
    for (const p of d.marks) occupied.push([x(p.t), y(p.value)]);
    for (let j = 0; j < d.line.length; j++) occupied.push([d.lineX[j]!, d.lineY[j]!]);
  }
  // Direct labels are placed one after another, each keeping clear of the ones before it.
  const placedLabels: LabelBox[] = [];
  const labels = draws.map((d) => {
    if (panel.series.length < 2) return null;
    const text = styles[d.series.id].label;
    const l = directLabel(
      d.dense ? d.line : d.marks,
      text,
      occupied,
      placedLabels,
      x,
      y,
      [x0, x1],
      [panel.top, panel.bottom],
    );
    if (l) placedLabels.push(labelBox(l, text));
    return l;
  });
  return { draws, labels };
}

/** Where a panel's segments and marks go: it depends on the layout only, so it is worked out once per layout. */
interface SeriesGeometry {
  /** The `d` of each segment, in the order of `draw.segments`. */
  segmentPaths: string[];
  markX: Float64Array;
  markY: Float64Array;
}

const tenth = (v: number) => Math.round(v * 10) / 10;

function seriesGeometry(draws: readonly SeriesDraw[], x: UtcScale, y: (v: number) => number): SeriesGeometry[] {
  // One line generator per layout, not one per render.
  // Tenths of a pixel are finer than any screen draws: fewer digits, a shorter DOM and prerendered page.
  const path = line<TrendPoint>()
    .x((p) => x(p.t))
    .y((p) => y(p.value))
    .curve(curveLinear)
    .digits(1);
  return draws.map((d) => ({
    segmentPaths: d.segments.map((seg) => path([seg.from, seg.to]) ?? ""),
    markX: Float64Array.from(d.marks, (p) => tenth(x(p.t))),
    markY: Float64Array.from(d.marks, (p) => tenth(y(p.value))),
  }));
}

/**
 * One panel of a trend chart: light gridlines, the y axis from 0, and for each series straight
 * thin segments between observations (dashed across long gaps), a mark per observation shaped by
 * its qualifier, period bars for year-only dates, conflict bars, and a direct label (when the panel
 * holds several series; a single series is named by the panel's axis label). A dense series is drawn
 * thinned (see drawModel.ts); the chart says so under the plot.
 *
 * Memoised, and so are its parts: the grid and the period and conflict bars (which do not depend on the
 * range or the active date), and segments and marks in runs, by which of them are dimmed or active. A range
 * change re-renders only the runs whose dimming it changes; a brush drag does not re-render the panel.
 */
export const TrendPanel = memo(function TrendPanel({
  panel,
  x,
  left,
  right,
  width,
  styles,
  active,
  range,
  clipId,
  lang,
}: TrendPanelProps) {
  const { y } = panel;
  const { draws, labels } = useMemo(
    () => panelDraw(panel, x, styles, [left, width - right]),
    [panel, x, styles, left, width, right],
  );
  const geometry = useMemo(() => seriesGeometry(draws, x, y), [draws, x, y]);
  const pieces = useMemo(() => draws.map((d) => (d.dense ? linePieces(d, range) : [])), [draws, range]);
  return (
    <g className="trend-panel" data-panel={panel.id}>
      <PanelAxis panel={panel} left={left} right={right} width={width} lang={lang} />
      <KeptGroup clipPath={`url(#${clipId})`} deps={[draws, geometry, pieces, styles, labels, range, active, x, y]}>
        <PanelMarks
          draws={draws}
          geometry={geometry}
          pieces={pieces}
          styles={styles}
          labels={labels}
          range={range}
          active={active}
          x={x}
          y={y}
        />
      </KeptGroup>
    </g>
  );
});

/** Each series' segments, marks, bars and direct label: what the panel's clip group holds (kept while hydrating). */
function PanelMarks({
  draws,
  geometry,
  pieces,
  styles,
  labels,
  range,
  active,
  x,
  y,
}: {
  draws: SeriesDraw[];
  geometry: SeriesGeometry[];
  pieces: ReturnType<typeof linePieces>[];
  styles: Record<SeriesId, SeriesStyle>;
  labels: Label[];
  range: DateRange;
  active: number | null;
  x: UtcScale;
  y: (v: number) => number;
}) {
  return (
    <>
      {draws.map((d, si) => {
        const s = d.series;
        const style = styles[s.id];
        const label = labels[si];
        return (
          <g
            key={s.id}
            className={d.dense ? `trend-series series-${s.id} thinned` : `trend-series series-${s.id}`}
            data-series={s.id}
          >
            {runs(d.segments.length, segmentDims(d, range)).map(([from, dims]) => (
              <SeriesSegments
                key={from}
                draw={d}
                geometry={geometry[si]!}
                color={style.color}
                from={from}
                dims={dims}
              />
            ))}
            {pieces[si]!.map((piece) => (
              <SegmentPath key={piece.key} d={piece.d} gap={piece.gap} color={style.color} dim={piece.dim} />
            ))}
            <SeriesBars draw={d} x={x} y={y} color={style.color} />
            {runs(d.marks.length, markFlags(d, range, active)).map(([from, flags]) => (
              <SeriesMarks key={from} draw={d} geometry={geometry[si]!} color={style.color} from={from} flags={flags} />
            ))}
            {d.dense && active !== null && <ActiveMarks draw={d} t={active} x={x} y={y} color={style.color} />}
            {label && (
              <text
                className="direct-label"
                x={label.x}
                y={label.y}
                textAnchor={label.anchor}
                style={{ fill: style.color }}
              >
                {style.label}
              </text>
            )}
          </g>
        );
      })}
    </>
  );
}

/** The panel's axis label and value grid: memoised, they change with the layout only. */
const PanelAxis = memo(function PanelAxis({
  panel,
  left,
  right,
  width,
  lang,
}: {
  panel: PanelLayout;
  left: number;
  right: number;
  width: number;
  lang: Lang;
}) {
  const { y } = panel;
  return (
    <>
      <text className="axis-label" x={0} y={panel.labelY + 12}>
        {panel.yLabel}
      </text>
      <g className="grid" aria-hidden="true">
        {panel.yTicks.map((v) => (
          <g key={v}>
            <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} />
            <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end">
              {formatNumber(v, lang)}
            </text>
          </g>
        ))}
      </g>
    </>
  );
});

/** Per mark of a series: whether it is dimmed (outside the range) and whether it is at the active date. */
const DIM = 1;
const ACTIVE = 2;

function markFlags(d: SeriesDraw, range: DateRange, active: number | null): Uint8Array {
  const flags = new Uint8Array(d.marks.length);
  for (let k = 0; k < d.marks.length; k++) {
    const p = d.marks[k]!;
    flags[k] = (inRange(p, range) ? 0 : DIM) | (!d.dense && active === p.t ? ACTIVE : 0);
  }
  return flags;
}

/** Per segment of a series: 1 where it is dimmed (an end outside the range). */
function segmentDims(d: SeriesDraw, range: DateRange): Uint8Array {
  const dims = new Uint8Array(d.segments.length);
  if (range) d.segments.forEach((seg, k) => (dims[k] = inRange(seg.from, range) && inRange(seg.to, range) ? 0 : 1));
  return dims;
}

/** Segments and marks are memoised in runs of this many: a range change or a hover re-renders the runs it touches. */
const RUN = 16;

/** The runs of a list of n: where each starts, and its part of the per-item flags. */
function runs(n: number, flags: Uint8Array): [number, Uint8Array][] {
  const out: [number, Uint8Array][] = [];
  for (let from = 0; from < n; from += RUN) out.push([from, flags.subarray(from, Math.min(n, from + RUN))]);
  return out;
}

function sameFlags(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

interface SeriesRunProps {
  draw: SeriesDraw;
  geometry: SeriesGeometry;
  color: string;
  /** Index of the run's first item. */
  from: number;
}

const sameRun = (a: SeriesRunProps, b: SeriesRunProps) =>
  a.draw === b.draw && a.geometry === b.geometry && a.color === b.color && a.from === b.from;

/**
 * A run of a sparse series' segments, memoised by which of them are dimmed. Neighbouring segments drawn alike
 * (both solid or both dashed, both dimmed or not) share one path: one element where there were up to sixteen.
 */
const SeriesSegments = memo(
  function SeriesSegments({ draw, geometry, color, from, dims }: SeriesRunProps & { dims: Uint8Array }) {
    const paths: { key: string; d: string; gap: boolean; dim: boolean }[] = [];
    for (let k = 0; k < dims.length; k++) {
      const seg = draw.segments[from + k]!;
      const dim = dims[k] === 1;
      const last = paths[paths.length - 1];
      if (last && last.gap === seg.gap && last.dim === dim) last.d += geometry.segmentPaths[from + k]!;
      else paths.push({ key: `${seg.from.key}>${seg.to.key}`, d: geometry.segmentPaths[from + k]!, gap: seg.gap, dim });
    }
    return (
      <>
        {paths.map((p) => (
          <SegmentPath key={p.key} d={p.d} gap={p.gap} color={color} dim={p.dim} />
        ))}
      </>
    );
  },
  (a, b) => sameRun(a, b) && sameFlags(a.dims, b.dims),
);

/** A run of a series' marks, memoised by which of them are dimmed or active. */
const SeriesMarks = memo(
  function SeriesMarks({ draw, geometry, color, from, flags }: SeriesRunProps & { flags: Uint8Array }) {
    return (
      <>
        {draw.marks.slice(from, from + flags.length).map((p, k) => (
          <TrendMark
            key={p.key}
            date={p.date}
            x={geometry.markX[from + k]!}
            y={geometry.markY[from + k]!}
            qualifier={p.qualifier}
            color={color}
            dim={(flags[k]! & DIM) !== 0}
            active={(flags[k]! & ACTIVE) !== 0}
          />
        ))}
      </>
    );
  },
  (a, b) => sameRun(a, b) && sameFlags(a.flags, b.flags),
);

/** One segment (or dense-line piece) of a series' line; memoised, so a range change touches only those it dims. */
const SegmentPath = memo(function SegmentPath(props: { d: string; gap: boolean; color: string; dim: boolean }) {
  return (
    <path
      className={props.gap ? "segment segment-gap" : "segment"}
      d={props.d}
      stroke={props.color}
      strokeDasharray={props.gap ? "4 4" : undefined}
      opacity={props.dim ? 0.35 : 1}
    />
  );
});

/** A series' period bars (year-only dates, ranges) and conflict bars: memoised, they are never dimmed. */
const SeriesBars = memo(function SeriesBars({
  draw: d,
  x,
  y,
  color,
}: {
  draw: SeriesDraw;
  x: UtcScale;
  y: (v: number) => number;
  color: string;
}) {
  // Tenths of a pixel, as the marks and segments are drawn.
  const tx = (t: number) => tenth(x(t));
  const ty = (v: number) => tenth(y(v));
  return (
    <>
      {d.marks
        .filter((p) => p.precision === "year" || p.qualifier === "range")
        .map((p) => (
          <g key={`bar-${p.key}`} className="period-bar" stroke={color}>
            {p.precision === "year" && (
              <path d={`M${tx(p.t0)},${ty(p.value) - 3}v6M${tx(p.t0)},${ty(p.value)}H${tx(p.t)}`} />
            )}
            {p.qualifier === "range" && <line x1={tx(p.t)} x2={tx(p.t)} y1={ty(p.value)} y2={ty(p.hi ?? p.value)} />}
          </g>
        ))}
      {d.conflicts.map((g) => {
        // A loop, not Math.min(...ys): no spread of a list into arguments.
        let y1 = Infinity;
        let y2 = -Infinity;
        for (const p of g) {
          y1 = Math.min(y1, ty(p.value));
          y2 = Math.max(y2, ty(p.value));
        }
        return (
          <line
            key={`conflict-${g[0]!.key}`}
            className="conflict-bar"
            x1={tx(g[0]!.t)}
            x2={tx(g[0]!.t)}
            y1={y1}
            y2={y2}
            stroke={color}
          />
        );
      })}
      {d.conflictBars.map((b) => (
        <line key={`conflict-${b.key}`} className="conflict-bar" x1={b.x} x2={b.x} y1={b.y1} y2={b.y2} stroke={color} />
      ))}
    </>
  );
});

/** One observation's mark; memoised, so a range change or hover re-renders only the marks it changes. */
const TrendMark = memo(function TrendMark(props: {
  date: string;
  x: number;
  y: number;
  qualifier: Qualifier;
  color: string;
  dim: boolean;
  active: boolean;
}) {
  return (
    <QualifierMark
      x={props.x}
      y={props.y}
      r={3.5}
      qualifier={props.qualifier}
      color={props.color}
      active={props.active}
      className="trend-point"
      date={props.date}
      opacity={props.dim ? 0.35 : undefined}
    />
  );
});

/**
 * The marks of the active date on a thinned series: every observation of that date (found by binary
 * search), drawn even when thinning left it out, so the highlighted mark matches the tooltip.
 */
function ActiveMarks({
  draw,
  t,
  x,
  y,
  color,
}: {
  draw: SeriesDraw;
  t: number;
  x: UtcScale;
  y: (v: number) => number;
  color: string;
}) {
  const { times } = seriesIndex(draw.series);
  const at: TrendPoint[] = [];
  for (let i = lowerBound(times, t); i < times.length && times[i] === t; i++) at.push(draw.series.points[i]!);
  return (
    <g className="active-marks">
      {at.map((p) => (
        <QualifierMark
          key={p.key}
          x={x(p.t)}
          y={y(p.value)}
          r={3.5}
          qualifier={p.qualifier}
          color={color}
          active
          className="trend-point active-point"
          date={p.date}
        />
      ))}
    </g>
  );
}

const CHAR_WIDTH = 7.6;

/** Cost of a label position that overlaps a label already placed (worse than covering any number of marks). */
const LABEL_CLASH = 1e6;

/** A direct label's box: [left, right, top, bottom]. */
type LabelBox = [number, number, number, number];

function labelBox(l: { x: number; y: number; anchor: "start" | "end" }, text: string): LabelBox {
  const w = text.length * CHAR_WIDTH;
  const [a, b] = l.anchor === "end" ? [l.x - w, l.x] : [l.x, l.x + w];
  return [a, b, l.y - 11, l.y + 3];
}

/**
 * Where to write a series' name next to its data: above or below its last point, else above or
 * below its first, whichever covers the fewest marks and stays inside the plot.
 */
function directLabel(
  points: readonly TrendPoint[],
  text: string,
  occupied: readonly (readonly [number, number])[],
  placed: readonly LabelBox[],
  x: UtcScale,
  y: (v: number) => number,
  [x0, x1]: [number, number],
  [top, bottom]: [number, number],
): { x: number; y: number; anchor: "start" | "end" } | null {
  const inside = points.filter((p) => x(p.t) >= x0 - 1 && x(p.t) <= x1 + 1);
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (!first || !last) return null;
  const w = text.length * CHAR_WIDTH;
  const candidates = [
    { x: x(last.t) - 6, y: y(last.value) - 9, anchor: "end" as const },
    { x: x(last.t) - 6, y: y(last.value) + 17, anchor: "end" as const },
    { x: x(first.t) + 6, y: y(first.value) - 9, anchor: "start" as const },
    { x: x(first.t) + 6, y: y(first.value) + 17, anchor: "start" as const },
  ];
  const cost = (c: (typeof candidates)[number]) => {
    const [l, r] = c.anchor === "end" ? [c.x - w, c.x] : [c.x, c.x + w];
    if (l < x0 - 40 || r > x1 || c.y - 11 < top || c.y > bottom - 2) return Infinity;
    const [bl, br, bt, bb] = labelBox(c, text);
    if (placed.some(([pl, pr, pt, pb]) => bl < pr + 4 && br > pl - 4 && bt < pb + 2 && bb > pt - 2)) return LABEL_CLASH;
    return occupied.filter(([px, py]) => px >= l - 4 && px <= r + 4 && py >= c.y - 16 && py <= c.y + 8).length;
  };
  const best = candidates.reduce((b, c) => (cost(c) < cost(b) ? c : b));
  // A name that would sit on another series' name is left to the legend.
  return cost(best) === LABEL_CLASH ? null : best;
}
