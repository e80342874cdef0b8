/** Thinning what dense trend series draw, and the binary searches that keep hover and keyboard exact. */
import { describe, expect, it } from "vitest";
import { thinIndices, thinLine, thinMarks } from "../../src/charts/trends/downsample";
import { linePieces, seriesDraw } from "../../src/charts/trends/drawModel";
import { linearScale, utcScale } from "../../src/charts/common/scale";
import { nearestStop, peakIndex, pointsAt, stops, toPoints } from "../../src/charts/trends/trendModel";
import { denseTrendsRelease, seeded } from "../testing/trendsFixture";

const DAY = 86_400_000;

/** A random walk of n daily points from t = 0. */
function walk(n: number, seed = 1): { t: number; value: number }[] {
  const random = seeded(seed);
  let value = 1000;
  return Array.from({ length: n }, (_, i) => {
    value += Math.round((random() - 0.5) * 10);
    return { t: i * DAY, value };
  });
}

describe("thinLine (min/max per column)", () => {
  it("returns the input unchanged when it is already small", () => {
    const points = walk(200);
    expect(thinLine(points, [0, 199 * DAY], 100)).toBe(points);
  });

  it("keeps the first and last points and bounds the output by the number of columns", () => {
    const points = walk(100_000);
    const buckets = 300;
    const out = thinLine(points, [0, 99_999 * DAY], buckets);
    expect(out[0]).toBe(points[0]);
    expect(out[out.length - 1]).toBe(points[points.length - 1]);
    expect(out.length).toBeLessThanOrEqual(4 * buckets + 2);
    expect(out.length).toBeGreaterThan(buckets);
    // In time order, each point once.
    for (let i = 1; i < out.length; i++) expect(out[i]!.t).toBeGreaterThan(out[i - 1]!.t);
  });

  it("keeps extreme peaks and dips, and every column's lowest and highest value", () => {
    const points = walk(50_000, 3);
    points[12_345] = { t: points[12_345]!.t, value: 99_999 };
    points[40_001] = { t: points[40_001]!.t, value: -99_999 };
    const domain: [number, number] = [0, 49_999 * DAY];
    const buckets = 250;
    const out = thinLine(points, domain, buckets);
    expect(out).toContain(points[12_345]);
    expect(out).toContain(points[40_001]);
    const col = (t: number) => Math.min(buckets - 1, Math.floor((t / domain[1]) * buckets));
    const extent = (ps: readonly { t: number; value: number }[]) => {
      const m = new Map<number, [number, number]>();
      for (const p of ps) {
        const [lo, hi] = m.get(col(p.t)) ?? [Infinity, -Infinity];
        m.set(col(p.t), [Math.min(lo, p.value), Math.max(hi, p.value)]);
      }
      return m;
    };
    expect(extent(out)).toEqual(extent(points));
  });

  it("thins only the visible range, keeping one neighbour outside each end", () => {
    const points = walk(100_000);
    const idx = thinIndices(points, [50_000 * DAY, 60_000 * DAY], 100);
    expect(idx[0]).toBe(49_999);
    expect(idx[idx.length - 1]).toBe(60_001);
    expect(idx.length).toBeLessThanOrEqual(4 * 100 + 2);
  });
});

describe("thinMarks", () => {
  it("keeps at most one mark of each kind per column, the first of each", () => {
    const marks = Array.from({ length: 1000 }, (_, i) => ({ x: i / 10, kind: i % 3 ? "about" : "at_least" }));
    const out = thinMarks(
      marks,
      (m) => m.x,
      (m) => m.kind,
      [0, 100],
      8,
    );
    expect(out.length).toBeLessThanOrEqual(2 * Math.ceil(100 / 8));
    expect(out[0]).toBe(marks[0]);
    expect(new Set(out.map((m) => `${Math.floor(m.x / 8)}:${m.kind}`)).size).toBe(out.length);
  });
});

describe("dense series in a chart", () => {
  const points = toPoints("prisoners_in_custody", denseTrendsRelease().series[0]!.observations);
  const series = { id: "prisoners_in_custody" as const, points };
  const x = utcScale([new Date(points[0]!.t), new Date(points[points.length - 1]!.t)], [50, 850]);
  const y = linearScale([0, 3000], [300, 0]);

  it("draws a bounded line and bounded marks, only of inexact figures", () => {
    const d = seriesDraw(series, x, y);
    expect(d.dense).toBe(true);
    expect(d.inView).toBe(100_000);
    expect(d.line.length).toBeLessThanOrEqual(2 * 800 + 2);
    expect(d.marks.length).toBeLessThanOrEqual(4 * Math.ceil(800 / 8) + 4);
    expect(d.marks.every((p) => p.qualifier !== "exact")).toBe(true);
    // Each inexact qualifier present in the data has a mark.
    expect(new Set(d.marks.map((p) => p.qualifier))).toEqual(new Set(["at_least", "about", "more_than"]));
  });

  it("dims the line outside a range in few paths", () => {
    const d = seriesDraw(series, x, y);
    const range = { start: "2000-01-01", end: "2009-12-31" };
    const pieces = linePieces(d, range);
    expect(pieces.map((p) => p.dim)).toEqual([true, false, true]);
  });

  it("finds the nearest observation and every point of a date by binary search", () => {
    const all = stops([series]);
    expect(all).toHaveLength(100_000);
    const random = seeded(11);
    for (let k = 0; k < 200; k++) {
      const t = all[0]! + random() * (all[all.length - 1]! - all[0]!);
      let best = all[0]!;
      for (const s of all) if (Math.abs(s - t) < Math.abs(best - t)) best = s;
      expect(nearestStop(all, t)).toBe(best);
    }
    const at = pointsAt([series], all[54_321]!);
    expect(at).toEqual([points[54_321]]);
  });

  it("finds the first highest figure of any slice, as a walk over it would", () => {
    const random = seeded(5);
    for (let k = 0; k < 100; k++) {
      const lo = Math.floor(random() * 100_000);
      const hi = Math.min(100_000, lo + Math.floor(random() * (k % 2 ? 300 : 60_000)));
      let best = -1;
      for (let i = lo; i < hi; i++) if (best < 0 || points[i]!.value > points[best]!.value) best = i;
      expect(peakIndex(series, lo, hi)).toBe(best);
    }
  });
});
