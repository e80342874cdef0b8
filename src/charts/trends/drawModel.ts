/**
 * What a panel draws for each series, as a function of (series, scales, plot width): pure math,
 * memoised by the panel per layout, so a range change or a hover does not redo it.
 *
 * A sparse series (fewer observations in view than one per DENSE_PX pixels: every series of the real
 * releases) is drawn as it always was: a mark per observation, a segment between observations, dashed
 * across gaps, conflict bars. A dense one is drawn thinned: the line through min/max per pixel column
 * (downsample.ts), and marks only for observations that say more than the line (inexact, year-only,
 * conflicting), at most one of each kind per mark-wide column. Hover, keyboard, tooltip, summary and
 * table still read every observation.
 */
import { MS_PER_DAY } from "../../data/dates";
import type { LinearScale, UtcScale } from "../common/scale";
import type { DateRange } from "../../state/store";
import { DENSE_PX, LINE_BUCKET_PX, thinIndices, thinMarks } from "./downsample";
import {
  GAP_DAYS,
  lowerBound,
  rangeBounds,
  segments,
  upperBound,
  seriesIndex,
  type Segment,
  type TrendPoint,
  type TrendSeries,
} from "./trendModel";

/** Width of a column in which at most one mark of each kind is drawn (about a mark's width). */
export const MARK_BUCKET_PX = 8;

export interface ConflictBar {
  key: string;
  x: number;
  y1: number;
  y2: number;
}

export interface SeriesDraw {
  series: TrendSeries;
  /** Observations whose position lies in the visible time domain. */
  inView: number;
  /** Drawn thinned (see the module comment). */
  dense: boolean;
  /** Points drawn with a mark. */
  marks: TrendPoint[];
  /** Sparse: the segments of the line, one path each. */
  segments: Segment[];
  /** Sparse: groups of disagreeing figures of one date. */
  conflicts: TrendPoint[][];
  /** Dense: the thinned line, its pixel positions, and whether the step to each point is a gap. */
  line: TrendPoint[];
  lineX: Float64Array;
  lineY: Float64Array;
  gapBefore: Uint8Array;
  /** Dense: conflict bars, merged per mark column. */
  conflictBars: ConflictBar[];
}

/** Kinds of mark that must not hide one another when thinned: shape, and a year-only period bar. */
function markKind(p: TrendPoint): string {
  return p.precision === "year" ? `${p.qualifier}:year` : p.qualifier;
}

/** Where a series stands on the time axis: its points in view [lo, hi) and whether it is drawn thinned. */
export function density(s: TrendSeries, x: UtcScale) {
  const [x0, x1] = x.range() as [number, number];
  const [d0, d1] = x.domain().map(Number) as [number, number];
  const { times } = seriesIndex(s);
  const lo = lowerBound(times, d0);
  const hi = upperBound(times, d1);
  const sparseLimit = Math.max(1, x1 - x0) / DENSE_PX;
  return {
    lo,
    hi,
    inView: hi - lo,
    sparseLimit,
    small: s.points.length <= sparseLimit,
    dense: s.points.length > sparseLimit && hi - lo > sparseLimit,
  };
}

export function seriesDraw(s: TrendSeries, x: UtcScale, y: LinearScale): SeriesDraw {
  const [x0, x1] = x.range() as [number, number];
  const plotWidth = Math.max(1, x1 - x0);
  const [d0, d1] = x.domain().map(Number) as [number, number];
  const index = seriesIndex(s);
  const { times } = index;
  const { lo, hi, inView, small, dense } = density(s, x);
  const empty = {
    line: [],
    lineX: new Float64Array(0),
    lineY: new Float64Array(0),
    gapBefore: new Uint8Array(0),
    conflictBars: [],
  };
  // Small series: exactly what was always drawn (every point; the clip hides what is out of view).
  if (small) {
    return {
      series: s,
      inView,
      dense: false,
      marks: s.points,
      segments: segments(index.line),
      conflicts: index.conflicts,
      ...empty,
    };
  }
  // Points in view, and after it those whose period (a month, a year) still reaches into it.
  const end = upperBound(times, d1 + 366 * MS_PER_DAY);
  const inWindow = (p: TrendPoint) => p.t >= d0 && (p.t <= d1 || p.t0 <= d1);
  const reaching = s.points.slice(hi, end).filter(inWindow);
  if (!dense) {
    const { line, lineTimes } = index;
    const a = Math.max(0, lowerBound(lineTimes, d0) - 1);
    const b = Math.min(line.length, upperBound(lineTimes, d1) + 1);
    return {
      series: s,
      inView,
      dense: false,
      marks: s.points.slice(lo, hi).concat(reaching),
      segments: segments(line.slice(a, b)),
      conflicts: index.conflicts.filter((g) => inWindow(g[0]!)),
      ...empty,
    };
  }
  const buckets = Math.max(1, Math.ceil(plotWidth / LINE_BUCKET_PX));
  const picked = thinIndices(index.line, [d0, d1], buckets);
  const line = picked.map((i) => index.line[i]!);
  const lineX = Float64Array.from(line, (p) => x(p.t));
  const lineY = Float64Array.from(line, (p) => y(p.value));
  const gapBefore = new Uint8Array(line.length);
  for (let j = 1; j < line.length; j++) {
    // A gap only between observations that follow each other (a column's min and max may not).
    gapBefore[j] = picked[j] === picked[j - 1]! + 1 && (line[j]!.t - line[j - 1]!.t) / MS_PER_DAY > GAP_DAYS ? 1 : 0;
  }
  const notable: TrendPoint[] = [];
  for (let k = lowerBound(index.notable, lo); k < index.notable.length && index.notable[k]! < end; k++) {
    const p = s.points[index.notable[k]!]!;
    if (inWindow(p)) notable.push(p);
  }
  const marks = thinMarks(notable, (p) => x(p.t), markKind, [x0, x1], MARK_BUCKET_PX);
  const bars = new Map<number, ConflictBar>();
  for (const g of index.conflicts) {
    if (!inWindow(g[0]!)) continue;
    const gx = x(g[0]!.t);
    const col = Math.floor((gx - x0) / MARK_BUCKET_PX);
    let y1 = Infinity;
    let y2 = -Infinity;
    for (const p of g) {
      y1 = Math.min(y1, y(p.value));
      y2 = Math.max(y2, y(p.value));
    }
    const have = bars.get(col);
    if (have) {
      have.y1 = Math.min(have.y1, y1);
      have.y2 = Math.max(have.y2, y2);
    } else bars.set(col, { key: g[0]!.key, x: gx, y1, y2 });
  }
  return {
    series: s,
    inView,
    dense: true,
    marks,
    segments: [],
    conflicts: [],
    line,
    lineX,
    lineY,
    gapBefore,
    conflictBars: [...bars.values()],
  };
}

export interface LinePiece {
  key: string;
  d: string;
  gap: boolean;
  dim: boolean;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * A dense line as few paths: consecutive steps of the same kind (solid or dashed across a gap, in
 * the range or dimmed outside it) share one path. O(points drawn), which is bounded by the width.
 */
export function linePieces(d: SeriesDraw, range: DateRange): LinePiece[] {
  const out: LinePiece[] = [];
  const { line, lineX, lineY, gapBefore } = d;
  const [a, b] = rangeBounds(range);
  const inside = (t: number) => t >= a && t < b;
  let current: LinePiece | null = null;
  for (let j = 1; j < line.length; j++) {
    const gap = gapBefore[j] === 1;
    const dim = !(inside(line[j - 1]!.t) && inside(line[j]!.t));
    if (!current || current.gap !== gap || current.dim !== dim) {
      current = { key: `${line[j - 1]!.key}>`, d: `M${r1(lineX[j - 1]!)},${r1(lineY[j - 1]!)}`, gap, dim };
      out.push(current);
    }
    current.d += `L${r1(lineX[j]!)},${r1(lineY[j]!)}`;
  }
  return out;
}
