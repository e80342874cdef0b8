import { memo, useMemo } from "react";
import { line, curveLinear } from "d3-shape";
import type { Qualifier, SeriesId } from "../../data/schema";
import { formatNumber, type Lang } from "../../i18n/format";
import type { DateRange } from "../../state/store";
import { QualifierMark } from "../common/QualifierMark";
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

/**
 * One panel of a trend chart: light gridlines, the y axis from 0, and for each series straight
 * thin segments between observations (dashed across long gaps), a mark per observation shaped by
 * its qualifier, period bars for year-only dates, conflict bars, and a direct label (when the panel
 * holds several series; a single series is named by the panel's axis label). A dense series is drawn
 * thinned (see drawModel.ts); the chart says so under the plot.
 */
export function TrendPanel({ panel, x, left, right, width, styles, active, range, clipId, lang }: TrendPanelProps) {
  const { y } = panel;
  const { draws, labels } = useMemo(
    () => panelDraw(panel, x, styles, [left, width - right]),
    [panel, x, styles, left, width, right],
  );
  const pieces = useMemo(() => draws.map((d) => (d.dense ? linePieces(d, range) : [])), [draws, range]);
  const path = line<TrendPoint>()
    .x((p) => x(p.t))
    .y((p) => y(p.value))
    .curve(curveLinear);
  return (
    <g className="trend-panel" data-panel={panel.id}>
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
      <g clipPath={`url(#${clipId})`}>
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
              {d.segments.map((seg) => (
                <path
                  key={`${seg.from.key}>${seg.to.key}`}
                  className={seg.gap ? "segment segment-gap" : "segment"}
                  d={path([seg.from, seg.to]) ?? ""}
                  stroke={style.color}
                  strokeDasharray={seg.gap ? "4 4" : undefined}
                  opacity={range && !(inRange(seg.from, range) && inRange(seg.to, range)) ? 0.35 : 1}
                />
              ))}
              {pieces[si]!.map((piece) => (
                <path
                  key={piece.key}
                  className={piece.gap ? "segment segment-gap" : "segment"}
                  d={piece.d}
                  stroke={style.color}
                  strokeDasharray={piece.gap ? "4 4" : undefined}
                  opacity={piece.dim ? 0.35 : 1}
                />
              ))}
              {d.marks
                .filter((p) => p.precision === "year" || p.qualifier === "range")
                .map((p) => (
                  <g key={`bar-${p.key}`} className="period-bar" stroke={style.color}>
                    {p.precision === "year" && (
                      <path d={`M${x(p.t0)},${y(p.value) - 3}v6M${x(p.t0)},${y(p.value)}H${x(p.t)}`} />
                    )}
                    {p.qualifier === "range" && (
                      <line x1={x(p.t)} x2={x(p.t)} y1={y(p.value)} y2={y(p.hi ?? p.value)} />
                    )}
                  </g>
                ))}
              {d.conflicts.map((g) => {
                // A loop, not Math.min(...ys): no spread of a list into arguments.
                let y1 = Infinity;
                let y2 = -Infinity;
                for (const p of g) {
                  y1 = Math.min(y1, y(p.value));
                  y2 = Math.max(y2, y(p.value));
                }
                return (
                  <line
                    key={`conflict-${g[0]!.key}`}
                    className="conflict-bar"
                    x1={x(g[0]!.t)}
                    x2={x(g[0]!.t)}
                    y1={y1}
                    y2={y2}
                    stroke={style.color}
                  />
                );
              })}
              {d.conflictBars.map((b) => (
                <line
                  key={`conflict-${b.key}`}
                  className="conflict-bar"
                  x1={b.x}
                  x2={b.x}
                  y1={b.y1}
                  y2={b.y2}
                  stroke={style.color}
                />
              ))}
              {d.marks.map((p) => (
                <TrendMark
                  key={p.key}
                  date={p.date}
                  x={x(p.t)}
                  y={y(p.value)}
                  qualifier={p.qualifier}
                  color={style.color}
                  dim={!inRange(p, range)}
                  active={!d.dense && active === p.t}
                />
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
      </g>
    </g>
  );
}

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
    <g className="trend-point" data-date={props.date} opacity={props.dim ? 0.35 : 1}>
      <QualifierMark
        x={props.x}
        y={props.y}
        r={3.5}
        qualifier={props.qualifier}
        color={props.color}
        active={props.active}
      />
    </g>
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
        <g key={p.key} className="trend-point active-point" data-date={p.date}>
          <QualifierMark x={x(p.t)} y={y(p.value)} r={3.5} qualifier={p.qualifier} color={color} active />
        </g>
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
