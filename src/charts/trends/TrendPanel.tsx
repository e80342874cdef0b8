import { line, curveLinear } from "d3-shape";
import type { ScaleTime } from "d3-scale";
import type { SeriesId } from "../../data/schema";
import { formatNumber, type Lang } from "../../i18n/format";
import type { DateRange } from "../../state/store";
import { QualifierMark } from "../common/QualifierMark";
import type { PanelLayout } from "./layout";
import { conflictGroups, inRange, linePoints, segments, type TrendPoint } from "./trendModel";

export interface SeriesStyle {
  color: string;
  label: string;
}

interface TrendPanelProps {
  panel: PanelLayout;
  x: ScaleTime<number, number>;
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

/**
 * One panel of a trend chart: light gridlines, the y axis from 0, and for each series straight
 * thin segments between observations (dashed across long gaps), a mark per observation shaped by
 * its qualifier, period bars for year-only dates, conflict bars, and a direct label (when the panel
 * holds several series; a single series is named by the panel's axis label).
 */
export function TrendPanel({ panel, x, left, right, width, styles, active, range, clipId, lang }: TrendPanelProps) {
  const { y } = panel;
  const occupied = panel.series.flatMap((s) => s.points.map((p) => [x(p.t), y(p.value)] as const));
  // Direct labels are placed one after another, each keeping clear of the ones before it.
  const placedLabels: LabelBox[] = [];
  const labels = panel.series.map((s) => {
    if (panel.series.length < 2) return null;
    const text = styles[s.id].label;
    const l = directLabel(
      s.points,
      text,
      occupied,
      placedLabels,
      x,
      y,
      [left, width - right],
      [panel.top, panel.bottom],
    );
    if (l) placedLabels.push(labelBox(l, text));
    return l;
  });
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
        {/* Positions of every mark, so direct labels avoid covering data. */}
        {panel.series.map((s, si) => {
          const style = styles[s.id];
          const joined = linePoints(s.points);
          const segs = segments(joined);
          const conflicts = conflictGroups(s.points);
          const label = labels[si];
          return (
            <g key={s.id} className={`trend-series series-${s.id}`} data-series={s.id}>
              {segs.map((seg) => (
                <path
                  key={`${seg.from.key}>${seg.to.key}`}
                  className={seg.gap ? "segment segment-gap" : "segment"}
                  d={path([seg.from, seg.to]) ?? ""}
                  stroke={style.color}
                  strokeDasharray={seg.gap ? "4 4" : undefined}
                  opacity={range && !(inRange(seg.from, range) && inRange(seg.to, range)) ? 0.35 : 1}
                />
              ))}
              {s.points
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
              {conflicts.map((g) => {
                const ys = g.map((p) => y(p.value));
                return (
                  <line
                    key={`conflict-${g[0]!.key}`}
                    className="conflict-bar"
                    x1={x(g[0]!.t)}
                    x2={x(g[0]!.t)}
                    y1={Math.min(...ys)}
                    y2={Math.max(...ys)}
                    stroke={style.color}
                  />
                );
              })}
              {s.points.map((p) => (
                <g key={p.key} className="trend-point" data-date={p.date} opacity={inRange(p, range) ? 1 : 0.35}>
                  <QualifierMark
                    x={x(p.t)}
                    y={y(p.value)}
                    r={3.5}
                    qualifier={p.qualifier}
                    color={style.color}
                    active={active === p.t}
                  />
                </g>
              ))}
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
  x: ScaleTime<number, number>,
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
