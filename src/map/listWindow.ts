/**
 * Which rows of a long list to put in the DOM: those in or near the scroll viewport. Rows differ in
 * height (long places, several figures, cards on a phone), so each row's height is the measured one
 * once it has been drawn and an estimate until then. Pure, so it is tested without layout.
 */

/** Top of each row and, last, the total height: `offsets[i]` to `offsets[i + 1]` is row i. */
export function rowOffsets(
  ids: readonly string[],
  heights: ReadonlyMap<string, number>,
  estimate: number,
): Float64Array {
  const out = new Float64Array(ids.length + 1);
  for (let i = 0; i < ids.length; i++) out[i + 1] = out[i]! + (heights.get(ids[i]!) ?? estimate);
  return out;
}

/** The mean of the measured heights, or `fallback` before any row was measured. */
export function estimateHeight(heights: ReadonlyMap<string, number>, fallback: number): number {
  if (heights.size === 0) return fallback;
  let sum = 0;
  for (const h of heights.values()) sum += h;
  return sum / heights.size;
}

/** First index whose row ends below `y` (rows.length when none does): a binary search. */
function firstEndingBelow(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1]! > y) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Rows [start, end) that meet the band from `top - overscan` to `top + height + overscan`, where
 * `top` is the scroll offset into the rows and `height` the viewport's.
 */
export function rowWindow(
  offsets: Float64Array,
  top: number,
  height: number,
  overscan: number,
): { start: number; end: number } {
  const n = offsets.length - 1;
  if (n <= 0) return { start: 0, end: 0 };
  const start = Math.min(n - 1, firstEndingBelow(offsets, Math.max(0, top - overscan)));
  let end = firstEndingBelow(offsets, top + height + overscan) + 1;
  end = Math.max(start + 1, Math.min(n, end));
  return { start, end };
}
