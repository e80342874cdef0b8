/**
 * The dense map's repaint helpers (src/map/symbolSprites.ts): which symbols share a sprite, which are
 * left out of a repaint, which connectors are stroked, and how much of a symbol's box its sprite keeps.
 */
import { describe, expect, it } from "vitest";
import { paintOf } from "../../src/map/SymbolCanvas";
import { drawSymbol, type Shape } from "../../src/map/symbolShapes";
import { SpriteCache, clipDashed, inkTrim, meets, snap, spriteKey, uniqueSegments } from "../../src/map/symbolSprites";
import type { Ring } from "../../src/map/symbols";

const plain = { selected: false, match: false };

/** A symbol's shapes and paints as the canvas layer prepares them (without the category badge). */
function picture(rings: Ring[], opts: { region?: boolean; state?: typeof plain } = {}) {
  const d = drawSymbol({ rings, category: "detention", region: opts.region, letter: "", half: rings[0]?.r ?? 8 });
  const shapes = d.shapes.filter((x) => !x.className.startsWith("badge"));
  const paints = shapes.map((x) => (x.kind === "text" ? {} : paintOf(x.className, opts.state ?? plain)));
  return { size: d.size, shapes, paints };
}
const keyOf = (p: ReturnType<typeof picture>, colour = "detention") => spriteKey(p.size, p.shapes, p.paints, colour);
const strokesOf = (p: ReturnType<typeof picture>) =>
  p.paints.map((x) => (x ? ("stroke" in x && x.stroke ? (x.width ?? 1) : 0) : null));

describe("sprite keys", () => {
  it("gives symbols that look the same one sprite, and any visible difference its own", () => {
    const exact12 = picture([{ r: 12, qualifier: "exact" }]);
    expect(keyOf(picture([{ r: 12, qualifier: "exact" }]))).toBe(keyOf(exact12));
    const different = [
      keyOf(exact12),
      keyOf(picture([{ r: 12, qualifier: "about" }])), // dashed ring
      keyOf(picture([{ r: 12, qualifier: "at_least" }])), // dotted halo
      keyOf(picture([{ r: 13, qualifier: "exact" }])), // size
      keyOf(picture([{ r: 12, qualifier: "exact" }], { region: true })), // region frame
      keyOf(picture([{ r: 12, qualifier: "exact" }], { state: { selected: true, match: false } })), // focus ring
      keyOf(exact12, "raid"), // colour
      keyOf(picture([])), // count unknown
    ];
    expect(new Set(different).size).toBe(different.length);
  });
});

describe("culling and snapping", () => {
  const view = { x0: 0, x1: 100, y0: 0, y1: 50 };
  it("keeps a symbol whose box reaches into the view and leaves out one wholly outside", () => {
    expect(meets(50, 25, 5, view)).toBe(true);
    expect(meets(-4, 25, 5, view)).toBe(true); // only its edge is in
    expect(meets(-6, 25, 5, view)).toBe(false);
    expect(meets(50, 56, 5, view)).toBe(false);
    expect(meets(106, -6, 5, view)).toBe(false);
  });

  it("puts sprites on whole device pixels, at most half a pixel from where they were", () => {
    expect(snap(10.3, 1)).toBe(10);
    expect(snap(10.5, 1)).toBe(11);
    expect(snap(10.3, 2)).toBe(10.5);
    expect(snap(-3.2, 2)).toBe(-3);
  });
});

describe("ink trim", () => {
  it("leaves off the room kept for the focus ring and badge, in whole device pixels", () => {
    for (const scale of [1, 2]) {
      const p = picture([{ r: 12, qualifier: "exact" }]);
      const trim = inkTrim(p.size, p.shapes, strokesOf(p), scale);
      expect(trim).toBeGreaterThan(0);
      expect((trim * scale) % 1).toBe(0);
      // The ring (radius 12, stroke 2) and a pixel of antialiasing stay inside the trimmed box.
      expect(p.size / 2 - trim).toBeGreaterThanOrEqual(12 + 1 + 1);
    }
  });

  it("keeps more of the box when the focus ring is drawn, and the dotted halo of 'at least'", () => {
    const plainTrim = (p: ReturnType<typeof picture>) => inkTrim(p.size, p.shapes, strokesOf(p), 1);
    const exact = picture([{ r: 12, qualifier: "exact" }]);
    const selected = picture([{ r: 12, qualifier: "exact" }], { state: { selected: true, match: false } });
    const atLeast = picture([{ r: 12, qualifier: "at_least" }]);
    expect(plainTrim(selected)).toBeLessThan(plainTrim(exact));
    expect(plainTrim(atLeast)).toBeLessThan(plainTrim(exact));
  });

  it("never trims into a shape", () => {
    const shapes: Shape[] = [{ kind: "rect", x: 0, y: 0, size: 20, className: "unknown hit" }];
    expect(inkTrim(20, shapes, [2], 1)).toBe(0);
  });
});

describe("connectors", () => {
  it("strokes coinciding connectors once", () => {
    const lines = uniqueSegments([
      [0, 0, 10, 10],
      [0, 0, 10, 10],
      [0, 0, 10, 11],
      [10, 10, 0, 0],
    ]);
    expect(lines).toEqual([
      [0, 0, 10, 10],
      [0, 0, 10, 11],
      [10, 10, 0, 0],
    ]);
  });
});

describe("clipping connectors", () => {
  const box = { x0: 0, x1: 100, y0: 0, y1: 100 };
  it("keeps a line inside the canvas whole, and drops one that misses it", () => {
    expect(clipDashed([10, 10, 90, 50], box, 6)).toEqual([10, 10, 90, 50]);
    expect(clipDashed([-50, -10, 200, -5], box, 6)).toBeNull();
    expect(clipDashed([150, 0, 150, 100], box, 6)).toBeNull();
  });

  it("cuts a long line to the canvas, moving its start by whole dash periods so the dashes stay put", () => {
    const clipped = clipDashed([-1000, 50, 1000, 50], box, 6)!;
    expect(clipped[2]).toBe(100);
    // The start is at most one period before the edge, and a whole number of periods from the old start.
    expect(clipped[0]).toBeLessThanOrEqual(0);
    expect(clipped[0]).toBeGreaterThan(-6);
    expect((clipped[0] + 1000) % 6).toBe(0);
    expect(clipped[1]).toBe(50);
  });
});

describe("sprite cache", () => {
  it("paints a sprite once, and not at all beyond its pixel budget", () => {
    let made = 0;
    const cache = new SpriteCache<{ side: number }>(1000);
    const make = (side: number) => () => (made++, { side });
    const first = cache.get("a", 20, make(20));
    expect(cache.get("a", 20, make(20))).toBe(first);
    expect(made).toBe(1);
    expect(cache.pixelsHeld).toBe(400);
    // 400 + 900 would exceed 1000 pixels: the caller paints this one directly.
    expect(cache.get("b", 30, make(30))).toBeNull();
    expect(made).toBe(1);
    expect(cache.get("c", 24, make(24))).toEqual({ side: 24 });
    const dropped: number[] = [];
    cache.clear((s) => dropped.push(s.side));
    expect(dropped).toEqual([20, 24]);
    expect(cache.size).toBe(0);
    expect(cache.get("a", 20, make(20))).not.toBe(first);
  });
});
