/**
 * Thinning what is DRAWN for dense series (the data, tooltips, tables and summaries keep every
 * observation). Pure functions over points sorted by time; no React, no DOM.
 */
export interface Timed {
  t: number;
  value: number;
}

/** Horizontal pixels per bucket of the line: up to 4 points per bucket, so at most 2 per pixel. */
export const LINE_BUCKET_PX = 2;

/** A series is drawn thinned when it has more observations in view than one per this many pixels. */
export const DENSE_PX = 4;

/** Binary search over points sorted by time: the first index whose `t` is ≥ t (or > t when `after`). */
function searchT(points: readonly { t: number }[], t: number, after = false): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const m = points[mid]!.t;
    if (m < t || (after && m === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indices of the points to draw between t0 and t1 with `buckets` columns: min/max per column (M4:
 * the first, lowest, highest and last point of each column, in time order). Unlike LTTB, which keeps
 * one point per bucket and can drop a spike next to a larger one, every observation's value then lies
 * within the vertical extent the line covers in its column, so no peak or dip disappears. The nearest
 * point outside each end is kept so the line runs to the edges of the plot (and is clipped there).
 * Returns every index in view when they are no more than 4 per bucket already.
 */
export function thinIndices(points: readonly Timed[], [t0, t1]: [number, number], buckets: number): number[] {
  const first = searchT(points, t0);
  const end = searchT(points, t1, true);
  const lo = Math.max(0, first - 1);
  const hi = Math.min(points.length, end + 1);
  const out: number[] = [];
  if (hi - lo <= 4 * buckets) {
    for (let i = lo; i < hi; i++) out.push(i);
    return out;
  }
  if (lo < first) out.push(lo);
  const span = t1 - t0 || 1;
  let bucket = -1;
  let bFirst = 0;
  let bMin = 0;
  let bMax = 0;
  let bLast = 0;
  const flush = () => {
    if (bucket < 0) return;
    // The four in time order, each once.
    const picks = [bFirst, bMin, bMax, bLast].sort((a, b) => a - b);
    for (const i of picks) if (out[out.length - 1] !== i) out.push(i);
  };
  for (let i = first; i < end; i++) {
    const p = points[i]!;
    const b = Math.min(buckets - 1, Math.max(0, Math.floor(((p.t - t0) / span) * buckets)));
    if (b !== bucket) {
      flush();
      bucket = b;
      bFirst = bMin = bMax = bLast = i;
      continue;
    }
    bLast = i;
    if (p.value < points[bMin]!.value) bMin = i;
    if (p.value > points[bMax]!.value) bMax = i;
  }
  flush();
  if (hi > end) out.push(end);
  return out;
}

/** The points to draw (see thinIndices); the input itself when it is already small. */
export function thinLine<T extends Timed>(points: readonly T[], domain: [number, number], buckets: number): T[] {
  if (points.length <= 4 * buckets) return points as T[];
  return thinIndices(points, domain, buckets).map((i) => points[i]!);
}

/**
 * At most one of each kind of mark per column of `bucketPx` pixels: marks closer than a mark's width
 * would be drawn on top of each other anyway, and a 10⁵-point series would otherwise put 10⁴ shapes
 * in the page. `kind` tells marks apart that must not hide each other (a qualifier shape, a year-only
 * period); the first point of each kind in a column is kept, in the order given.
 */
export function thinMarks<T>(
  points: readonly T[],
  px: (p: T) => number,
  kind: (p: T) => string,
  [x0, x1]: [number, number],
  bucketPx: number,
): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const p of points) {
    const x = px(p);
    if (x < x0 - bucketPx || x > x1 + bucketPx) continue;
    const key = `${Math.floor((x - x0) / bucketPx)}:${kind(p)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}
