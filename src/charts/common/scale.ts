/**
 * The few scales the charts use, without d3-scale (which pulls d3-interpolate, d3-color, d3-format and
 * d3-time-format into every chart chunk: about 13.5 kB gzip). Two-point domains and ranges only.
 *
 * The arithmetic and the tick choice are d3-scale 4's, so every pixel stays where it was: a value maps
 * through (x − d0) / (d1 − d0) and then r0·(1 − t) + r1·t; linear ticks are d3-array `ticks`, linear
 * nice is d3-scale's loop over `tickIncrement`, time ticks and nice are d3-time's `utcTicks` and
 * `utcTickInterval`. Scales are immutable: `nice` returns a new scale.
 */
import { tickIncrement, ticks as arrayTicks } from "d3-array";
import { utcTickInterval, utcTicks, type TimeInterval } from "d3-time";

type Pair = [number, number];

export interface LinearScale {
  (value: number): number;
  /** The domain value for a range value. */
  invert(value: number): number;
  /** About `count` round values in the domain (d3-array ticks). */
  ticks(count?: number): number[];
  /** A copy whose domain is extended to round values (as d3-scale's linear nice). */
  nice(count?: number): LinearScale;
  domain(): Pair;
  range(): Pair;
}

export interface UtcScale {
  (value: Date | number): number;
  invert(value: number): Date;
  /** About `count` calendar-aligned dates in the domain, or every boundary of `interval` (d3-time). */
  ticks(countOrInterval?: number | TimeInterval): Date[];
  /** A copy whose domain is extended to boundaries of the interval (chosen as `ticks(count)` would). */
  nice(countOrInterval?: number | TimeInterval): UtcScale;
  domain(): [Date, Date];
  range(): Pair;
}

export interface SqrtScale {
  (value: number): number;
  invert(value: number): number;
  domain(): Pair;
  range(): Pair;
  /** Whether values outside the domain are held to its ends. */
  clamped: boolean;
}

export interface ScaleOptions {
  /** Hold values (and inverted values) outside the domain to its ends. */
  clamp?: boolean;
}

const identity = (x: number) => x;

/** x ↦ t in [0, 1] over [a, b]; a zero-width domain maps everything to the middle (as d3-scale). */
function normalize(a: number, b: number): (x: number) => number {
  const w = b - a;
  if (w) return (x) => (x - a) / w;
  const mid = isNaN(w) ? NaN : 0.5;
  return () => mid;
}

const interpolate = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** d3-scale's bimap: a descending domain is flipped together with its range. */
function bimap([d0, d1]: Pair, [r0, r1]: Pair): (x: number) => number {
  const n = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
  const i = d1 < d0 ? interpolate(r1, r0) : interpolate(r0, r1);
  return (x) => i(n(x));
}

function clamper(a: number, b: number): (x: number) => number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  return (x) => Math.max(lo, Math.min(hi, x));
}

/**
 * A continuous scale through `transform` (identity for linear, √ for sqrt). Non-numbers map to NaN
 * (d3-scale returns its `unknown`, undefined by default).
 */
function continuous(domain: Pair, range: Pair, clamp: boolean, transform = identity, untransform = identity) {
  const hold = clamp ? clamper(domain[0], domain[1]) : identity;
  const tDomain: Pair = [transform(domain[0]), transform(domain[1])];
  const output = bimap(tDomain, range);
  const input = bimap(range, tDomain);
  return {
    map: (x: number) => (isNaN(x) ? NaN : output(transform(hold(x)))),
    invert: (y: number) => hold(untransform(input(y))),
  };
}

/** d3-scale's linear nice: widen to multiples of the tick step until the step stops changing. */
function niceDomain(domain: Pair, count: number): Pair {
  const d: Pair = [domain[0], domain[1]];
  let i0 = 0;
  let i1 = 1;
  let start = d[0];
  let stop = d[1];
  if (stop < start) {
    [start, stop] = [stop, start];
    [i0, i1] = [i1, i0];
  }
  let prestep: number | undefined;
  for (let iter = 0; iter < 10; iter++) {
    const step = tickIncrement(start, stop, count);
    if (step === prestep) {
      d[i0] = start;
      d[i1] = stop;
      return d;
    } else if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    prestep = step;
  }
  return d;
}

const pair = (p: readonly [number | Date, number | Date]): Pair => [+p[0], +p[1]];

/** Linear map from `domain` to `range` (d3 scaleLinear().domain(domain).range(range)). */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: ScaleOptions = {},
): LinearScale {
  const d = pair(domain);
  const r = pair(range);
  const { map, invert } = continuous(d, r, !!options.clamp);
  return Object.assign((x: number) => map(+x), {
    invert,
    ticks: (count = 10) => arrayTicks(d[0], d[1], count),
    nice: (count = 10) => linearScale(niceDomain(d, count), r, options),
    domain: (): Pair => [d[0], d[1]],
    range: (): Pair => [r[0], r[1]],
  });
}

/** Area-true radius: √ of the value, mapped linearly (d3 scaleSqrt; with `clamp`, `.clamp(true)`). */
export function sqrtScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  options: ScaleOptions = {},
): SqrtScale {
  const d = pair(domain);
  const r = pair(range);
  const sqrt = (x: number) => (x < 0 ? -Math.sqrt(-x) : Math.sqrt(x));
  const square = (x: number) => (x < 0 ? -x * x : x * x);
  const { map, invert } = continuous(d, r, !!options.clamp, sqrt, square);
  return Object.assign((x: number) => map(+x), {
    invert,
    domain: (): Pair => [d[0], d[1]],
    range: (): Pair => [r[0], r[1]],
    clamped: !!options.clamp,
  });
}

const isInterval = (v: unknown): v is TimeInterval => typeof (v as TimeInterval | undefined)?.range === "function";

/** Time in UTC to pixels (d3 scaleUtc().domain(domain).range(range)); numbers are epoch milliseconds. */
export function utcScale(domain: readonly [Date | number, Date | number], range: readonly [number, number]): UtcScale {
  // d3-scale rounds numbers given as a time domain to whole milliseconds.
  const d: Pair = [domain[0], domain[1]].map((v) => (v instanceof Date ? +v : Math.round(v))) as Pair;
  const r = pair(range);
  const { map, invert } = continuous(d, r, false);
  const dates = (): [Date, Date] => [new Date(d[0]), new Date(d[1])];
  const ticks = (countOrInterval: number | TimeInterval = 10): Date[] => {
    const [start, stop] = dates();
    if (!isInterval(countOrInterval)) return utcTicks(start, stop, countOrInterval);
    // As d3-time's utcTicks given an interval: boundaries from start to stop inclusive, in domain order.
    const reverse = stop < start;
    const [a, b] = reverse ? [stop, start] : [start, stop];
    const all = countOrInterval.range(a, new Date(+b + 1));
    return reverse ? all.reverse() : all;
  };
  const nice = (countOrInterval: number | TimeInterval = 10): UtcScale => {
    const [start, stop] = dates();
    const interval = isInterval(countOrInterval) ? countOrInterval : utcTickInterval(start, stop, countOrInterval);
    if (!interval) return scale;
    const reverse = stop < start;
    const lo = interval.floor(reverse ? stop : start);
    const hi = interval.ceil(reverse ? start : stop);
    return utcScale(reverse ? [hi, lo] : [lo, hi], r);
  };
  const scale: UtcScale = Object.assign((x: Date | number) => map(+x), {
    invert: (y: number) => new Date(Math.round(invert(y))),
    ticks,
    nice,
    domain: dates,
    range: (): Pair => [r[0], r[1]],
  });
  return scale;
}
