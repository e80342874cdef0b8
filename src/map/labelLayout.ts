/**
 * Where town labels go at the current zoom: to the right of the town if there is room, else left,
 * below or above, whichever covers the fewest symbols, dots and other labels. Pure: the map hands in
 * a projection from latitude/longitude to pixels.
 */
import type { LatLon } from "./detentionModel";
import { BoxGrid } from "./spatialGrid";

export type Placement = "right" | "left" | "below" | "center";

export interface TextLabel {
  key: string;
  at: LatLon;
  text: string;
  placement: Placement;
  /** Pixel gap from the point, clear of what is drawn on it. */
  gap: number;
  /** Gap on the left side (town labels only): symbols stepped aside sit there. */
  gapLeft?: number;
  /** Gap above and below (town labels only). */
  gapY?: number;
  className: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** An obstacle drawn on the map: a symbol or a town dot, as a pixel box around a point. */
export interface Obstacle {
  at: LatLon;
  dx: number;
  half: number;
}

type Project = (p: LatLon) => { x: number; y: number };

const LINE = 14;
/** Grid cell for collision checks, in pixels: about a symbol's size, a few per label. */
const CELL = 48;
const charWidth = (className: string) => (className.includes("town") ? 7.2 : 6.3);

export function labelBox(l: TextLabel, p: { x: number; y: number }): Box {
  const lines = l.text.split("\n");
  const w = Math.max(...lines.map((s) => s.length)) * charWidth(l.className);
  const h = lines.length * LINE;
  switch (l.placement) {
    case "right":
      return { x0: p.x + l.gap, x1: p.x + l.gap + w, y0: p.y - h / 2, y1: p.y + h / 2 };
    case "left":
      return { x0: p.x - l.gap - w, x1: p.x - l.gap, y0: p.y - h / 2, y1: p.y + h / 2 };
    case "below":
      return { x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y + l.gap, y1: p.y + l.gap + h };
    case "center":
      return { x0: p.x - w / 2, x1: p.x + w / 2, y0: p.y - h / 2, y1: p.y + h / 2 };
  }
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
  return w > 0 && h > 0 ? w * h : 0;
}

function outside(a: Box, view: Box | undefined): number {
  if (!view) return 0;
  return (a.x1 - a.x0) * (a.y1 - a.y0) - overlap(a, view);
}

/** Town labels get the first side without collisions or clipping (else the least bad); others stay put.
 * Each candidate is checked only against the boxes that share a grid cell with it. */
export function placeLabels(
  labels: readonly TextLabel[],
  obstacles: readonly Obstacle[],
  project: Project,
  view?: Box,
): TextLabel[] {
  const taken = new BoxGrid(CELL);
  for (const o of obstacles) {
    const p = project(o.at);
    taken.add({ x0: p.x + o.dx - o.half, x1: p.x + o.dx + o.half, y0: p.y - o.half, y1: p.y + o.half });
  }
  const fixed = labels.filter((l) => !l.className.includes("town"));
  for (const l of fixed) taken.add(labelBox(l, project(l.at)));
  const placed: TextLabel[] = [...fixed];
  for (const l of labels.filter((x) => x.className.includes("town"))) {
    const p = project(l.at);
    const candidates: TextLabel[] = [
      l,
      { ...l, placement: "left", gap: l.gapLeft ?? l.gap },
      { ...l, placement: "below", gap: l.gapY ?? l.gap },
    ];
    let best = candidates[0]!;
    let bestCost = Infinity;
    for (const c of candidates) {
      const box = labelBox(c, p);
      const cost = overlapSum(box, taken) + 2 * outside(box, view);
      if (cost < bestCost - 0.5) [best, bestCost] = [c, cost];
      if (cost === 0) break;
    }
    taken.add(labelBox(best, p));
    placed.push(best);
  }
  return placed;
}

/** Total area of `box` covered by the boxes taken, added in the order they were taken. */
function overlapSum(box: Box, taken: BoxGrid): number {
  let sum = 0;
  for (const i of taken.overlapping(box)) sum += overlap(box, taken.all[i]!);
  return sum;
}
