/**
 * What makes the dense map's canvas cheap to repaint after every pan and zoom (SymbolCanvas):
 * - each distinct symbol picture (its shapes, strokes, dashes and colour) is painted once into a small
 *   bitmap, a sprite, and then copied with one drawImage wherever it appears, instead of stroking its
 *   dashed rings again for every symbol at every repaint;
 * - connector lines that coincide on screen are stroked once (a town named by 200 group events has
 *   200 identical connectors).
 * Sprites are copied at whole device pixels, so a copy has the pixels that painting the shapes at that
 * spot would give (the spot moves by at most half a pixel).
 */
import type { Shape } from "./symbolShapes";

/**
 * Identifies a sprite: everything its pixels depend on. Two symbols with the same key look the same,
 * so they share one sprite; anything that changes the picture (a shape, its size, its stroke, dash or
 * fill, the colour, the selection or search highlight) changes the key.
 */
export function spriteKey(size: number, shapes: readonly Shape[], paints: readonly unknown[], colour: string): string {
  const parts = shapes.map((s, i) => {
    const geometry =
      s.kind === "circle"
        ? `c${s.cx},${s.cy},${s.r}`
        : s.kind === "rect"
          ? `r${s.x},${s.y},${s.size}`
          : `t${s.x},${s.y},${s.text}`;
    return `${geometry}${JSON.stringify(paints[i] ?? null)}`;
  });
  return `${size}|${colour}|${parts.join(";")}`;
}

/** Where to copy a sprite so that its pixels meet the device pixel grid: `x` rounded to 1/scale. */
export function snap(x: number, scale: number): number {
  return Math.round(x * scale) / scale;
}

/**
 * A box in layer pixels (x0..x1, y0..y1) meets the view. A symbol outside it is not painted (and takes
 * no clicks); one that only reaches in with its halo is.
 */
export function meets(x: number, y: number, reach: number, view: { x0: number; x1: number; y0: number; y1: number }) {
  return x + reach >= view.x0 && x - reach <= view.x1 && y + reach >= view.y0 && y - reach <= view.y1;
}

/**
 * How much of a symbol's square box can be left off on every side: the box has room for the focus ring
 * and badge, which a plain symbol does not draw. `strokes[i]` is the stroke width of shape i (0 for a
 * fill only), null when it is not drawn. A pixel of margin is kept for antialiasing, and the trim is
 * a whole number of device pixels, so the trimmed sprite sits on the same pixel grid as the full box.
 */
export function inkTrim(size: number, shapes: readonly Shape[], strokes: readonly (number | null)[], scale: number) {
  const c = size / 2;
  let ink = 0;
  shapes.forEach((s, i) => {
    const w = strokes[i];
    if (w === null || w === undefined) return;
    const reach =
      s.kind === "circle"
        ? Math.max(Math.abs(s.cx - c), Math.abs(s.cy - c)) + s.r
        : s.kind === "rect"
          ? Math.max(Math.abs(s.x - c), Math.abs(s.x + s.size - c), Math.abs(s.y - c), Math.abs(s.y + s.size - c))
          : 0;
    ink = Math.max(ink, reach + w / 2 + 1);
  });
  return Math.max(0, Math.floor((c - ink) * scale) / scale);
}

/** Line segments with coinciding duplicates left out, in first-seen order (stroking one path of them
 * paints the same pixels, as a path's stroke covers each point once however often it is traced). */
export function uniqueSegments(segments: Iterable<readonly [number, number, number, number]>) {
  const seen = new Set<string>();
  const out: (readonly [number, number, number, number])[] = [];
  for (const s of segments) {
    const key = `${s[0]},${s[1]},${s[2]},${s[3]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(s);
  }
  return out;
}

/**
 * The part of a dashed line (x0, y0) → (x1, y1) that crosses `box`, or null when none does. The start
 * moves forward only by whole dash periods, so the dashes that remain fall where they fell on the whole
 * line (a canvas starts the dash pattern at each line's start). A connector across the country, zoomed
 * in, is thousands of pixels long: its dashes off the canvas cost time and show nothing.
 */
export function clipDashed(
  line: readonly [number, number, number, number],
  box: { x0: number; x1: number; y0: number; y1: number },
  period: number,
): [number, number, number, number] | null {
  const [x0, y0, x1, y1] = line;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  // Liang–Barsky: narrow [t0, t1] by each side of the box.
  const sides: [number, number][] = [
    [-dx, x0 - box.x0],
    [dx, box.x1 - x0],
    [-dy, y0 - box.y0],
    [dy, box.y1 - y0],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return null;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
  }
  if (t0 > t1) return null;
  const length = Math.hypot(dx, dy);
  if (length === 0) return [x0, y0, x1, y1];
  const start = (Math.floor((t0 * length) / period) * period) / length;
  return [x0 + dx * start, y0 + dy * start, x0 + dx * t1, y0 + dy * t1];
}

/**
 * Sprites by key, made on first use, within a budget of device pixels: a sprite that would not fit is
 * not made, and `get` returns null so the caller paints the shapes directly (slower, same picture).
 * `clear` drops them all (a new palette or pixel ratio).
 */
export class SpriteCache<S> {
  private sprites = new Map<string, S | null>();
  private pixels = 0;
  constructor(private readonly maxPixels: number) {}

  get size(): number {
    return this.sprites.size;
  }

  get pixelsHeld(): number {
    return this.pixels;
  }

  /** The sprite for `key`; `make` paints it the first time, when its `side`² device pixels fit the budget. */
  get(key: string, side: number, make: () => S | null): S | null {
    const hit = this.sprites.get(key);
    if (hit !== undefined) return hit;
    let sprite: S | null = null;
    if (this.pixels + side * side <= this.maxPixels) {
      sprite = make();
      if (sprite !== null) this.pixels += side * side;
    }
    this.sprites.set(key, sprite);
    return sprite;
  }

  /** Drops every sprite, handing each to `dispose` (e.g. to free a bitmap's memory now). */
  clear(dispose?: (sprite: S) => void): void {
    if (dispose) for (const s of this.sprites.values()) if (s !== null) dispose(s);
    this.sprites.clear();
    this.pixels = 0;
  }
}
