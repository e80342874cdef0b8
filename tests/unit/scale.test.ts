/** The charts' own scales give exactly what d3-scale gave: same pixels, same ticks, same nice domains. */
import { scaleLinear, scaleSqrt, scaleUtc } from "d3-scale";
import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval, type TimeInterval } from "d3-time";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale, sqrtScale, utcScale } from "../../src/charts/common/scale";

type Pair = [number, number];

const DOMAINS: Pair[] = [
  [0, 1],
  [0, 10],
  [0, 1576.05], // a trends panel: 1,501 × 1.05
  [0, 207], // the pardons running total
  [0, 3],
  [-3.7, 12.2],
  [0, 0.003],
  [1e6, 3.2e9],
  [10, 0], // descending
  [-20, -1],
  [5, 5], // zero width
  [0, 0],
];
const RANGES: Pair[] = [
  [0, 800],
  [300, 0], // reversed, as every y axis
  [42.5, 1416],
  [5, 5], // zero width
];
const COUNTS = [undefined, 1, 2, 3, 4, 5, 6, 9, 10, 12, 20];

/** A value, or the error it throws (d3-array throws on subnormal spans; so must we, the same way). */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    return `throws ${(e as Error).name}`;
  }
}

/** Inputs through and beyond a domain. */
const around = ([a, b]: Pair) => [-1, -0.5, 0, 0.1, 0.25, 1 / 3, 0.5, 0.9, 1, 1.5, 2].map((t) => a + (b - a) * t);

describe("linearScale against d3 scaleLinear", () => {
  for (const domain of DOMAINS) {
    for (const range of RANGES) {
      it(`maps, inverts, ticks and nices [${domain}] → [${range}]`, () => {
        const ours = linearScale(domain, range);
        const d3 = scaleLinear().domain(domain).range(range);
        for (const v of around(domain)) expect(ours(v)).toEqual(d3(v));
        for (const px of around(range)) expect(ours.invert(px)).toEqual(d3.invert(px));
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.range()).toEqual(d3.range());
        for (const count of COUNTS) {
          expect(ours.ticks(count)).toEqual(d3.ticks(count));
          const niced = ours.nice(count);
          const d3Niced = d3.copy().nice(count);
          expect(niced.domain()).toEqual(d3Niced.domain());
          expect(niced.range()).toEqual(d3Niced.range());
          expect(niced.ticks(count)).toEqual(d3Niced.ticks(count));
          for (const v of around(domain)) expect(niced(v)).toEqual(d3Niced(v));
        }
      });
    }
  }

  it("agrees on arbitrary domains, ranges and counts", () => {
    const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, finite, finite, fc.integer({ min: 1, max: 30 }), (d0, d1, r0, r1, count) => {
        const ours = linearScale([d0, d1], [r0, r1]);
        const d3 = scaleLinear().domain([d0, d1]).range([r0, r1]);
        expect(outcome(() => ours.ticks(count))).toEqual(outcome(() => d3.ticks(count)));
        expect(outcome(() => ours.nice(count).domain())).toEqual(outcome(() => d3.copy().nice(count).domain()));
        for (const v of around([d0, d1])) expect(ours(v)).toEqual(d3(v));
        for (const px of around([r0, r1])) expect(ours.invert(px)).toEqual(d3.invert(px));
      }),
      { numRuns: 500 },
    );
  });

  it("maps a zero-width domain to the middle of the range, and NaN to NaN", () => {
    const s = linearScale([5, 5], [0, 100]);
    expect(s(5)).toBe(50);
    expect(s(1000)).toBe(50);
    expect(s.ticks()).toEqual([5]);
    expect(s.nice().domain()).toEqual([5, 5]);
    expect(linearScale([0, 10], [0, 100])(NaN)).toBeNaN();
  });

  it("maps onto a reversed range, as a y axis does", () => {
    const y = linearScale([0, 200], [300, 20]);
    expect(y(0)).toBe(300);
    expect(y(200)).toBe(20);
    expect(y(100)).toBe(160);
    expect(y.invert(160)).toBe(100);
  });

  it("is immutable: nice returns a new scale and leaves the original alone", () => {
    const s = linearScale([0, 1501], [300, 0]);
    const n = s.nice(4);
    expect(n.domain()).toEqual([0, 2000]);
    expect(s.domain()).toEqual([0, 1501]);
    s.domain()[1] = 7;
    expect(s.domain()).toEqual([0, 1501]);
  });

  it("clamps when asked, as d3's clamp(true)", () => {
    const ours = linearScale([0, 10], [100, 0], { clamp: true });
    const d3 = scaleLinear().domain([0, 10]).range([100, 0]).clamp(true);
    for (const v of [-5, 0, 3, 10, 25]) expect(ours(v)).toEqual(d3(v));
    for (const px of [-50, 0, 30, 100, 150]) expect(ours.invert(px)).toEqual(d3.invert(px));
  });
});

describe("sqrtScale against d3 scaleSqrt", () => {
  for (const clamp of [false, true]) {
    for (const domain of [
      [0, 60],
      [0, 1],
      [0, 12_345],
      [4, 4],
      [-9, 16],
    ] as Pair[]) {
      it(`maps and inverts [${domain}]${clamp ? " clamped" : ""}`, () => {
        const ours = sqrtScale(domain, [0, 28], { clamp });
        const d3 = scaleSqrt().domain(domain).range([0, 28]).clamp(clamp);
        for (const v of [...around(domain), -100, 100_000]) expect(ours(v)).toEqual(d3(v));
        for (const px of [-10, 0, 7, 14, 28, 40]) expect(ours.invert(px)).toEqual(d3.invert(px));
        expect(ours.domain()).toEqual(d3.domain());
        expect(ours.range()).toEqual(d3.range());
        expect(ours.clamped).toBe(clamp);
      });
    }
  }

  it("grows the radius with the square root of the count (the map's symbols)", () => {
    const r = sqrtScale([0, 60], [0, 28], { clamp: true });
    expect(r(60)).toBeCloseTo(28);
    expect(r(15)).toBeCloseTo(14);
    expect(r(240)).toBe(28);
  });
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const DAY = 86_400_000;

/** Time domains from hours to decades, including the charts' own. */
const SPANS: [string, Date, Date][] = [
  ["six hours", new Date(Date.UTC(2024, 6, 3, 6)), new Date(Date.UTC(2024, 6, 3, 12))],
  ["one day", day("2024-07-03"), day("2024-07-04")],
  ["ten days", day("2024-07-03"), day("2024-07-13")],
  ["a month", day("2024-07-01"), day("2024-08-01")],
  ["the pardons window", day("2024-07-03"), new Date(+day("2024-11-15") + DAY)],
  ["a year", day("2023-01-01"), day("2024-01-01")],
  ["fourteen months", day("2023-09-01"), day("2024-11-15")],
  ["the incommunicado span", utcMonth.floor(day("2023-02-14")), day("2026-03-05")],
  ["the trends domain", day("2020-08-09"), day("2026-03-05")],
  ["the deaths strip", utcYear.floor(day("2021-05-21")), day("2024-11-15")],
  ["a decade", day("2014-03-05"), day("2024-11-15")],
  ["forty years", day("1986-01-01"), day("2026-03-05")],
  ["backwards", day("2024-11-15"), day("2020-08-09")],
  ["zero width", day("2024-11-15"), day("2024-11-15")],
];
const TIME_RANGES: Pair[] = [
  [54, 1416],
  [10, 350],
  [900, 40], // reversed
];
const INTERVALS: [string, TimeInterval][] = [
  ["utcYear.every(1)", utcYear.every(1)!],
  ["utcYear.every(2)", utcYear.every(2)!],
  ["utcMonth.every(6)", utcMonth.every(6)!],
  ["utcMonth.every(3)", utcMonth.every(3)!],
  ["utcMonth", utcMonth],
  ["utcWeek", utcWeek],
  ["utcDay.every(7)", utcDay.every(7)!],
];

describe("utcScale against d3 scaleUtc", () => {
  for (const [name, a, b] of SPANS) {
    for (const range of TIME_RANGES) {
      it(`maps, inverts, ticks and nices ${name} → [${range}]`, () => {
        const ours = utcScale([a, b], range);
        const d3 = scaleUtc().domain([a, b]).range(range);
        const times = around([+a, +b]);
        for (const t of times) {
          expect(ours(t)).toEqual(d3(t));
          expect(ours(new Date(t))).toEqual(d3(new Date(t)));
        }
        for (const px of [...around(range), 0.5, 123.456]) expect(+ours.invert(px)).toEqual(+d3.invert(px));
        expect(ours.invert(range[0])).toBeInstanceOf(Date);
        expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
        expect(ours.range()).toEqual(d3.range());
        for (const count of COUNTS) {
          expect(ours.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
          expect(ours.nice(count).domain().map(Number)).toEqual(d3.copy().nice(count).domain().map(Number));
        }
        for (const [, interval] of INTERVALS) {
          // Day and week boundaries over forty years are many thousands: not worth comparing.
          if (Math.abs(+b - +a) > 3 * 366 * DAY && interval.range(a, b).length > 200) continue;
          expect(ours.ticks(interval).map(Number)).toEqual(d3.ticks(interval).map(Number));
          expect(ours.nice(interval).domain().map(Number)).toEqual(
            d3
              .copy()
              // d3-scale's types ask for a countable interval; at run time it needs only floor and ceil.
              .nice(interval as CountableTimeInterval)
              .domain()
              .map(Number),
          );
        }
      });
    }
  }

  it("gives year ticks and half-year ticks as the people charts ask for them", () => {
    const x = utcScale([day("2023-02-01"), day("2024-11-15")], [10, 350]);
    expect(x.ticks(utcYear.every(1)!).map((d) => d.toISOString().slice(0, 10))).toEqual(["2024-01-01"]);
    expect(x.ticks(utcMonth.every(6)!).map((d) => d.toISOString().slice(0, 10))).toEqual([
      "2023-07-01",
      "2024-01-01",
      "2024-07-01",
    ]);
  });

  it("accepts epoch milliseconds as dates, rounding a domain given in numbers as d3 does", () => {
    const ours = utcScale([0.4, 10_000.6], [0, 100]);
    const d3 = scaleUtc().domain([0.4, 10_000.6]).range([0, 100]);
    expect(ours.domain().map(Number)).toEqual([0, 10_001]);
    expect(ours.domain().map(Number)).toEqual(d3.domain().map(Number));
    expect(ours(5000)).toEqual(d3(5000));
  });

  it("agrees on arbitrary spans and counts", () => {
    const ms = fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(
        ms,
        ms,
        fc.integer({ min: 1, max: 15 }),
        fc.double({ min: -100, max: 1500, noNaN: true }),
        (a, b, n, px) => {
          const ours = utcScale([new Date(a), new Date(b)], [20, 1000]);
          const d3 = scaleUtc()
            .domain([new Date(a), new Date(b)])
            .range([20, 1000]);
          expect(ours.ticks(n).map(Number)).toEqual(d3.ticks(n).map(Number));
          expect(ours.nice(n).domain().map(Number)).toEqual(d3.copy().nice(n).domain().map(Number));
          expect(+ours.invert(px)).toEqual(+d3.invert(px));
          expect(ours((a + b) / 2)).toEqual(d3((a + b) / 2));
        },
      ),
      { numRuns: 300 },
    );
  });
});
