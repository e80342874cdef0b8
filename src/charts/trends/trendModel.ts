/**
 * Pure derivation for the trend charts: observations → points on a time axis, the line through
 * them, gaps, conflicts and range filtering. No React, no DOM: tested directly and reused by the
 * widget summaries and tables.
 */
import { joinNotes } from "../../data/facts";
import type { Note, Observation, Qualifier, ReleaseData, SeriesId } from "../../data/schema";
import { findSeries } from "../../data/selectors";
import {
  MS_PER_DAY,
  periodEnd,
  periodStart,
  PRECISION_RANK,
  precisionOf,
  rangeTimes,
  type Precision,
} from "../../data/dates";
import type { DateRange } from "../../state/store";

/** Segments spanning more than this many days are dashed: the straight line there is not data. */
export const GAP_DAYS = 122;

export interface TrendPoint {
  /** Unique within a chart: "<series>:<date>:<index in the series>". */
  key: string;
  seriesId: SeriesId;
  /** The ISO date as the source gives it (possibly partial). */
  date: string;
  /** Position on the time axis in ms: the end of the date's period. */
  t: number;
  /** Start of the period the date covers, in ms (equals t for full days). */
  t0: number;
  precision: Precision;
  value: number;
  qualifier: Qualifier;
  hi?: number;
  /** Start of the counting period (e.g. "since 9 August 2020"). */
  start?: string;
  sources: string[];
  note?: Note;
}

export interface TrendSeries {
  id: SeriesId;
  /** Sorted by position; points on the same day keep the order of the data. */
  points: TrendPoint[];
}

export interface Segment {
  from: TrendPoint;
  to: TrendPoint;
  /** Long gap between observations: drawn dashed. */
  gap: boolean;
}

export function toPoints(id: SeriesId, observations: readonly Observation[]): TrendPoint[] {
  const points = observations.map((o, i) => {
    const precision = precisionOf(o.date);
    const t0 = +periodStart(o.date);
    // A full day's end is its own position: parse each date once (a series can hold 10⁵ of them).
    const p: TrendPoint = {
      key: `${id}:${o.date}:${i}`,
      seriesId: id,
      date: o.date,
      t: precision === "day" ? t0 : +periodEnd(o.date),
      t0,
      precision,
      value: o.value,
      qualifier: o.qualifier,
      sources: o.sources,
    };
    if (o.hi !== undefined) p.hi = o.hi;
    if (o.start) p.start = o.start;
    if (o.note) p.note = o.note;
    return p;
  });
  // Array.prototype.sort is stable: same-day observations keep the order of the data.
  return points.sort((a, b) => a.t - b.t);
}

/**
 * The series of a release as points. Parsing 10⁵ dates takes a while: the trend widgets build these once per
 * release, in their shared model (widget.tsx), and every range and language reads them from there.
 */
export function seriesOf(release: ReleaseData, ids: readonly SeriesId[]): TrendSeries[] {
  return ids.map((id) => ({ id, points: toPoints(id, findSeries(release, id)?.observations ?? []) }));
}

/**
 * The points the line passes through: one per day. Where several figures share a day, the line
 * takes the first with the most precise date (the others are still drawn, joined by a conflict
 * bar); a year-only figure ("2023") is never joined, because its place on the axis is a bound.
 */
export function linePoints(points: readonly TrendPoint[]): TrendPoint[] {
  const rank = PRECISION_RANK;
  // Points sorted by position (a series' are): one pass, no map.
  const out: TrendPoint[] = [];
  let sorted = true;
  for (const p of points) {
    if (p.precision === "year") continue;
    const last = out[out.length - 1];
    if (last && last.t > p.t) {
      sorted = false;
      break;
    }
    if (last?.t !== p.t) out.push(p);
    else if (rank[p.precision] < rank[last.precision]) out[out.length - 1] = p;
  }
  if (sorted) return out;
  const byDay = new Map<number, TrendPoint>();
  for (const p of points) {
    if (p.precision === "year") continue;
    const have = byDay.get(p.t);
    if (!have || rank[p.precision] < rank[have.precision]) byDay.set(p.t, p);
  }
  return [...byDay.values()].sort((a, b) => a.t - b.t);
}

export function segments(line: readonly TrendPoint[], gapDays = GAP_DAYS): Segment[] {
  const out: Segment[] = [];
  for (let i = 1; i < line.length; i++) {
    const from = line[i - 1]!;
    const to = line[i]!;
    out.push({ from, to, gap: (to.t - from.t) / MS_PER_DAY > gapDays });
  }
  return out;
}

/** The values a figure allows: "at least 80" is [80, ∞), "about 100" is taken as ±10 %. */
function bounds(p: Pick<TrendPoint, "value" | "qualifier" | "hi">): [number, number] {
  switch (p.qualifier) {
    case "exact":
      return [p.value, p.value];
    case "at_least":
      return [p.value, Infinity];
    case "more_than":
      return [p.value + 0.5, Infinity];
    case "fewer_than":
      return [0, p.value - 0.5];
    case "about":
      return [p.value * 0.9, p.value * 1.1];
    case "range":
      return [p.value, p.hi ?? p.value];
  }
}

/** Whether two figures cannot both be true ("1,477" vs "1,452"; not "fewer than 1,300" vs "1,299"). */
export function disagree(a: TrendPoint, b: TrendPoint): boolean {
  const [a0, a1] = bounds(a);
  const [b0, b1] = bounds(b);
  return a1 < b0 || b1 < a0;
}

/**
 * Groups of points with the same date (as the sources give it) whose figures disagree. Figures
 * that merely share a position (a year-only "2023" and "2023-12-31") are not a disagreement.
 */
export function conflictGroups(points: readonly TrendPoint[]): TrendPoint[][] {
  const byDate = new Map<string, TrendPoint[]>();
  for (const p of points) {
    const g = byDate.get(p.date);
    if (g) g.push(p);
    else byDate.set(p.date, [p]);
  }
  const out: TrendPoint[][] = [];
  for (const g of byDate.values()) {
    if (g.length > 1 && g.some((a, i) => g.slice(i + 1).some((b) => disagree(a, b)))) out.push(g);
  }
  return out;
}

/** Identical figures of one series and date (the same count cited by two outlets) as one row with
 * all their sources and notes; disagreeing figures stay separate. */
export function mergeSame(points: readonly TrendPoint[]): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (const p of points) {
    const i = out.findIndex(
      (o) =>
        o.seriesId === p.seriesId &&
        o.date === p.date &&
        o.value === p.value &&
        o.qualifier === p.qualifier &&
        o.hi === p.hi,
    );
    if (i < 0) out.push(p);
    else {
      const o = out[i]!;
      const note = joinNotes(o.note, p.note);
      out[i] = { ...o, sources: [...new Set([...o.sources, ...p.sources])], ...(note ? { note } : {}) };
    }
  }
  return out;
}

let lastRange: DateRange = null;
let lastBounds: [number, number] = [-Infinity, Infinity];

/**
 * A range as times: [start of its first day, start of the day after its last). A position is in the
 * range exactly when its UTC day is, comparing numbers instead of formatting a date per point. The
 * last range asked for is remembered: callers test many points against the same range.
 */
export function rangeBounds(range: DateRange): [number, number] {
  if (!range) return [-Infinity, Infinity];
  if (range !== lastRange) {
    lastRange = range;
    lastBounds = rangeTimes(range);
  }
  return lastBounds;
}

/** Whether a point's position on the axis lies inside the range (null = everything). */
export function inRange(p: Pick<TrendPoint, "t">, range: DateRange): boolean {
  if (!range) return true;
  const [a, b] = rangeBounds(range);
  return p.t >= a && p.t < b;
}

/** First index whose value is ≥ t in an ascending list (its length when there is none). */
export function lowerBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > t in an ascending list. */
export function upperBound(sorted: ArrayLike<number>, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of t in an ascending list, or -1 (binary search: the stops of a chart can be 10⁵ dates). */
export function indexOfSorted(sorted: ArrayLike<number>, t: number): number {
  const i = lowerBound(sorted, t);
  return sorted[i] === t ? i : -1;
}

/**
 * What charts and summaries look up in a series, computed once per series (and series once per
 * release): positions as numbers for binary search, the line, conflicts, the points whose marks
 * say more than the line, a prefix count of inexact figures and where each source is cited.
 */
export interface SeriesIndex {
  /** `t` of every point, ascending (points are sorted). */
  times: Float64Array;
  line: TrendPoint[];
  lineTimes: Float64Array;
  conflicts: TrendPoint[][];
  /** Indices of points whose mark says more than the line: inexact, year-only, or in a conflict. */
  notable: number[];
  /** inexactBefore[i]: how many of the first i points are not exact (O(1) per range). */
  inexactBefore: Int32Array;
  /** Per block of PEAK_BLOCK points, the index of its highest figure (the first of equal ones). */
  blockPeaks: Int32Array;
  /** Indices of the points citing each source, ascending, in order of first citation. */
  bySource: Map<string, number[]>;
  qualifiers: Set<Qualifier>;
  hasYear: boolean;
  hasGap: boolean;
}

const indexCache = new WeakMap<TrendSeries, SeriesIndex>();

export function seriesIndex(s: TrendSeries): SeriesIndex {
  const cached = indexCache.get(s);
  if (cached) return cached;
  const { points } = s;
  const n = points.length;
  const times = new Float64Array(n);
  const inexactBefore = new Int32Array(n + 1);
  const bySource = new Map<string, number[]>();
  const qualifiers = new Set<Qualifier>();
  let hasYear = false;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    times[i] = p.t;
    inexactBefore[i + 1] = inexactBefore[i]! + (p.qualifier === "exact" ? 0 : 1);
    qualifiers.add(p.qualifier);
    if (p.precision === "year") hasYear = true;
    for (const id of p.sources) {
      const list = bySource.get(id);
      if (!list) bySource.set(id, [i]);
      else if (list[list.length - 1] !== i) list.push(i);
    }
  }
  const line = linePoints(points);
  // Figures of one date share a position, and points are sorted: only runs of one position can disagree.
  const conflicts: TrendPoint[][] = [];
  for (let i = 0, j = 1; i < n; i = j, j = i + 1) {
    while (j < n && times[j] === times[i]) j++;
    if (j - i > 1) for (const g of conflictGroups(points.slice(i, j))) conflicts.push(g);
  }
  let hasGap = false;
  for (let i = 1; i < line.length && !hasGap; i++) hasGap = (line[i]!.t - line[i - 1]!.t) / MS_PER_DAY > GAP_DAYS;
  const inConflict = new Set(conflicts.flat());
  const notable: number[] = [];
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    if (p.qualifier !== "exact" || p.precision === "year" || inConflict.has(p)) notable.push(i);
  }
  const blockPeaks = new Int32Array(Math.ceil(n / PEAK_BLOCK));
  for (let b = 0; b < blockPeaks.length; b++) {
    let best = b * PEAK_BLOCK;
    for (let i = best + 1; i < Math.min(n, (b + 1) * PEAK_BLOCK); i++)
      if (points[i]!.value > points[best]!.value) best = i;
    blockPeaks[b] = best;
  }
  const index: SeriesIndex = {
    times,
    blockPeaks,
    line,
    lineTimes: Float64Array.from(line, (p) => p.t),
    conflicts,
    notable,
    inexactBefore,
    bySource,
    qualifiers,
    hasYear,
    hasGap,
  };
  indexCache.set(s, index);
  return index;
}

const PEAK_BLOCK = 256;

/**
 * Index of the highest figure among points [lo, hi) of a series (the first of equal ones; -1 when
 * empty): whole blocks by their precomputed peak, so a summary's "down from a peak of" costs
 * O(n / 256 + 512) per range change instead of a walk over every point.
 */
export function peakIndex(s: TrendSeries, lo: number, hi: number): number {
  const { blockPeaks } = seriesIndex(s);
  const { points } = s;
  let best = -1;
  const take = (i: number) => {
    if (best < 0 || points[i]!.value > points[best]!.value) best = i;
  };
  let i = lo;
  for (; i < hi && i % PEAK_BLOCK !== 0; i++) take(i);
  for (; i + PEAK_BLOCK <= hi; i += PEAK_BLOCK) take(blockPeaks[i / PEAK_BLOCK]!);
  for (; i < hi; i++) take(i);
  return best;
}

/** The points of a series inside a range as index bounds [lo, hi) (binary search, no copy). */
export function rangeIndices(s: TrendSeries, range: DateRange): [number, number] {
  const { times } = seriesIndex(s);
  if (!range) return [0, times.length];
  const [a, b] = rangeBounds(range);
  return [lowerBound(times, a), lowerBound(times, b)];
}

/** Distinct positions of all points, ascending: the stops of keyboard navigation. */
export function stops(series: readonly TrendSeries[]): number[] {
  let n = 0;
  for (const s of series) n += s.points.length;
  const all = new Float64Array(n);
  let k = 0;
  for (const s of series) {
    all.set(seriesIndex(s).times, k);
    k += s.points.length;
  }
  // A typed array sorts numerically, without a comparator call per pair.
  all.sort();
  const out: number[] = [];
  for (const t of all) if (out.length === 0 || out[out.length - 1] !== t) out.push(t);
  return out;
}

/** The stop nearest to t (the earlier one on a tie), by binary search. */
export function nearestStop(all: readonly number[], t: number): number | undefined {
  if (all.length === 0) return undefined;
  const i = lowerBound(all, t);
  if (i === 0) return all[0];
  if (i === all.length) return all[i - 1];
  const before = all[i - 1]!;
  const after = all[i]!;
  return t - before <= after - t ? before : after;
}

/** Every point at position t, series by series in data order (binary search per series). */
export function pointsAt(series: readonly TrendSeries[], t: number): TrendPoint[] {
  const out: TrendPoint[] = [];
  for (const s of series) {
    const { times } = seriesIndex(s);
    for (let i = lowerBound(times, t); i < times.length && times[i] === t; i++) out.push(s.points[i]!);
  }
  return out;
}

/** All points of the latest, most precise date among the given ones (a "2023" figure does not
 * stand for 31 December 2023 when a figure for that day exists). */
export function latestOf(points: readonly TrendPoint[]): TrendPoint[] {
  if (points.length === 0) return [];
  const last = points.reduce((m, p) => Math.max(m, p.t), -Infinity);
  const atLast = points.filter((p) => p.t === last);
  const rank = PRECISION_RANK;
  const best = atLast.reduce((m, p) => Math.min(m, rank[p.precision]), Infinity);
  return atLast.filter((p) => rank[p.precision] === best);
}

export function maxValue(series: readonly TrendSeries[]): number {
  let max = 0;
  for (const s of series) for (const p of s.points) max = Math.max(max, p.hi ?? p.value);
  return max;
}

/** The time domain of a chart: from the first point (or a context event) to the release date. */
export function timeDomain(series: readonly TrendSeries[], extra: readonly number[], asOf: string): [Date, Date] {
  const pad = 20 * MS_PER_DAY;
  // Loops, not Math.min(...ts): spreading 100,000 values overflows the call stack.
  let lo = +periodStart(asOf);
  let hi = lo;
  const take = (t: number) => {
    if (t < lo) lo = t;
    if (t > hi) hi = t;
  };
  for (const s of series) {
    for (const p of s.points) {
      take(p.t0);
      take(p.t);
    }
  }
  for (const t of extra) take(t);
  return [new Date(lo - pad), new Date(hi + pad)];
}
