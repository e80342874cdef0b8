/** The map's bucketing and stacking helpers: the same answers as a scan over everything, bounded stacks. */
import { describe, expect, it } from "vitest";
import { estimateHeight, rowOffsets, rowWindow } from "../../src/map/listWindow";
import { paintOf } from "../../src/map/SymbolCanvas";
import { BoxGrid, PointGrid } from "../../src/map/spatialGrid";
import { clearAnchor, MAX_UNKNOWN_STEPS, unknownOffsets } from "../../src/map/symbols";
import type { Box } from "../../src/map/labelLayout";

/** Seeded, so a failure reproduces. */
function rng(seed: number) {
  let a = seed;
  return () => (a = (a * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const distance = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const k = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(a.lat - b.lat, (a.lon - b.lon) * k);
};

describe("PointGrid", () => {
  it("finds the nearest point exactly when it is within reach, as a scan does", () => {
    const random = rng(7);
    const points = Array.from({ length: 500 }, () => ({ lat: 51 + random() * 5, lon: 23 + random() * 10 }));
    const grid = new PointGrid(0.45);
    for (const p of points) grid.add(p);
    for (let n = 0; n < 300; n++) {
      const at = { lat: 51 + random() * 5, lon: 23 + random() * 10 };
      const scan = Math.min(...points.map((p) => distance(at, p)));
      const found = grid.nearest(at, 0.45, distance);
      if (scan < 0.45) expect(found).toBe(scan);
      else expect(found).toBeGreaterThanOrEqual(0.45);
    }
  });

  it("stores a repeated point once", () => {
    const grid = new PointGrid(0.45);
    expect(grid.add({ lat: 53.9, lon: 27.56 })).toBe(true);
    expect(grid.add({ lat: 53.9, lon: 27.56 })).toBe(false);
    expect(grid.size).toBe(1);
    expect(grid.nearest({ lat: 53.9, lon: 27.56 }, 0.45, distance)).toBe(0);
    expect(grid.nearest({ lat: 50, lon: 20 }, 0.45, distance)).toBe(Infinity);
  });
});

describe("BoxGrid", () => {
  it("lists, in insertion order, every box that overlaps a query (and may list a few more)", () => {
    const random = rng(11);
    const box = (): Box => {
      const x = random() * 900;
      const y = random() * 700;
      return { x0: x, y0: y, x1: x + 2 + random() * 160, y1: y + 2 + random() * 40 };
    };
    const boxes = Array.from({ length: 400 }, box);
    const grid = new BoxGrid(48);
    for (const b of boxes) grid.add(b);
    const overlaps = (a: Box, b: Box) =>
      Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);
    for (let n = 0; n < 200; n++) {
      const q = box();
      const found = grid.overlapping(q);
      expect(found).toEqual([...found].sort((a, b) => a - b));
      const expected = boxes.flatMap((b, i) => (overlaps(q, b) ? [i] : []));
      expect(found.filter((i) => overlaps(q, boxes[i]!))).toEqual(expected);
      expect(found.length).toBeLessThan(boxes.length);
    }
  });

  it("still finds boxes too large or too far out to bucket", () => {
    const grid = new BoxGrid(48);
    grid.add({ x0: -1e6, y0: -1e6, x1: 1e6, y1: 1e6 });
    grid.add({ x0: 10, y0: 10, x1: 20, y1: 20 });
    expect(grid.overlapping({ x0: 12, y0: 12, x1: 14, y1: 14 })).toEqual([0, 1]);
  });
});

describe("clearAnchor", () => {
  it("keeps the start when it is clear, else moves to the roomiest nearby point", () => {
    const start = { lat: 53.5, lon: 27 };
    expect(clearAnchor(start, [{ lat: 55, lon: 30 }])).toEqual(start);
    const moved = clearAnchor(start, [start]);
    expect(moved).not.toEqual(start);
    expect(distance(moved, start)).toBeGreaterThan(0.3);
  });
});

describe("unknownOffsets", () => {
  it("steps squares left of the largest circle, then stacks them on the last slot", () => {
    expect(unknownOffsets(2, 20, 8)).toEqual([-32, -52]);
    expect(unknownOffsets(1, 0, 8)).toEqual([0]);
    const many = unknownOffsets(500, 30, 8);
    expect(new Set(many).size).toBe(MAX_UNKNOWN_STEPS);
    expect(Math.min(...many)).toBe(-42 - (MAX_UNKNOWN_STEPS - 1) * 20);
  });
});

describe("list window", () => {
  const ids = Array.from({ length: 10_000 }, (_, i) => `e${i}`);

  it("uses measured heights where known and the estimate elsewhere", () => {
    const heights = new Map([
      ["e0", 100],
      ["e2", 20],
    ]);
    const offsets = rowOffsets(ids.slice(0, 4), heights, 50);
    expect([...offsets]).toEqual([0, 100, 150, 170, 220]);
    expect(estimateHeight(heights, 56)).toBe(60);
    expect(estimateHeight(new Map(), 56)).toBe(56);
  });

  it("draws only the rows that meet the viewport and its overscan", () => {
    const offsets = rowOffsets(ids, new Map(), 50);
    expect(rowWindow(offsets, 0, 600, 100)).toEqual({ start: 0, end: 15 });
    expect(rowWindow(offsets, 250_000, 600, 100)).toEqual({ start: 4998, end: 5015 });
    expect(rowWindow(offsets, 499_400, 600, 100)).toEqual({ start: 9986, end: 10_000 });
    expect(rowWindow(offsets, 1e9, 600, 100)).toEqual({ start: 9999, end: 10_000 });
    expect(rowWindow(rowOffsets([], new Map(), 50), 0, 600, 100)).toEqual({ start: 0, end: 0 });
  });
});

describe("canvas symbols", () => {
  it("strokes each qualifier's ring distinctly, as the legend shows them", () => {
    const plain = { selected: false, match: false };
    const styles = (["exact", "at_least", "about", "fewer_than", "range"] as const).map((q) =>
      JSON.stringify(paintOf(`ring mark-${q}`, plain)),
    );
    expect(new Set(styles).size).toBe(styles.length);
    expect(paintOf("halo", plain)?.dash).toEqual([0.5, 3]);
    expect(paintOf("region-frame", plain)?.dash).toEqual([4, 3]);
    expect(paintOf("unknown hit", plain)?.fill).toBe("surface");
    expect(paintOf("sym-focus", plain)).toBeNull();
    expect(paintOf("sym-focus", { selected: true, match: false })?.stroke).toBe("focus");
  });
});
