/**
 * Proportional symbols: where each event is drawn and how big. Circle AREA is proportional to the
 * number of people (radius ∝ √count, d3 scaleSqrt). Every distinct figure of an event gets its own
 * ring, so "at least 80" and "around 100" are both visible; an event without a count is a fixed
 * "count unknown" square. One event = one symbol, however many towns it covers.
 */
import { sqrtScale } from "../charts/common/scale";
import type { Oblast, Place, Qualifier } from "../data/schema";
import { REGION_ANCHORS } from "./basemap";
import { isOnMap, type EventView, type LatLon } from "./detentionModel";
import type { Obstacle } from "./labelLayout";
import { PointGrid } from "./spatialGrid";

/** Radius of the largest figure, in CSS pixels. */
export const MAX_R = 30;
/** Smallest ring drawn, so a tiny figure stays visible and clickable. */
export const MIN_R = 5;
/** Half the side of the "count unknown" square. */
export const UNKNOWN_HALF = 8;
/** Smallest visible gap between two rings of one symbol. */
const RING_GAP = 3.5;
/** Keep group and region symbols this far (degrees, longitude scaled by latitude) from towns. */
const CLEARANCE = 0.3;
/** Beyond this distance a nearby point no longer changes where a floating symbol goes. */
const NEAR = CLEARANCE * 1.5;
/**
 * "Count unknown" squares at one town step aside into at most this many slots; further squares are
 * stacked on the last slot, so hundreds of reports at one town do not march off the map.
 */
export const MAX_UNKNOWN_STEPS = 3;
/**
 * Above this many symbols the map draws them on a canvas instead of one keyboard-focusable marker
 * each (the DOM and React cost grows with every marker); the list is then the accessible route.
 */
export const DOM_SYMBOL_LIMIT = 300;

export interface Ring {
  r: number;
  qualifier: Qualifier;
}

export interface MapSymbol {
  id: string;
  view: EventView;
  kind: "place" | "group" | "region";
  anchor: LatLon;
  /** Towns a group symbol stands for (connector lines are drawn to them). */
  towns: (Place & LatLon)[];
  /** Outer ring first; empty when the count is unknown. */
  rings: Ring[];
  /** Outer radius of the symbol in pixels. */
  r: number;
  /** Pixel offset from the anchor: "count unknown" squares step aside of circles on the same town. */
  dx: number;
}

/** Symbols shrink with the map so a phone-sized map is not covered by them. */
export function maxRadiusFor(mapWidth: number): number {
  return Math.max(13, Math.min(MAX_R, Math.round(mapWidth / 22)));
}
export function unknownHalfFor(maxR: number): number {
  return Math.max(5, Math.min(UNKNOWN_HALF, Math.round(maxR * 0.27)));
}

/** The radius scale over every event drawn on the map in the release (stable while filtering). */
export function radiusScale(all: readonly EventView[], maxR = MAX_R) {
  // A loop, not Math.max(...spread): a spread of 100,000 arguments overflows the call stack.
  let max = 1;
  for (const v of all) if (isOnMap(v) && (v.max ?? 0) > max) max = v.max!;
  return sqrtScale([0, max], [0, maxR], { clamp: true });
}

export function ringsOf(v: EventView, radius: (n: number) => number): Ring[] {
  const rings: Ring[] = [];
  for (const c of v.claims) {
    const values = c.qualifier === "range" && c.hi !== undefined ? [c.value, c.hi] : [c.value];
    for (const value of values) {
      const r = Math.max(MIN_R, radius(value));
      if (!rings.some((x) => Math.abs(x.r - r) < 0.5 && x.qualifier === c.qualifier)) {
        rings.push({ r, qualifier: c.qualifier });
      }
    }
  }
  rings.sort((a, b) => b.r - a.r);
  // Figures of (almost) the same size but different qualifiers ("at least 50", "about 50") would
  // draw on top of each other: step inner rings in so every qualifier stays visible.
  for (let i = 1; i < rings.length; i++) {
    const outer = rings[i - 1]!.r;
    if (outer - rings[i]!.r < RING_GAP) rings[i] = { ...rings[i]!, r: Math.max(2, outer - RING_GAP) };
  }
  return rings;
}

function distance(a: LatLon, b: LatLon): number {
  const k = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.hypot(a.lat - b.lat, (a.lon - b.lon) * k);
}

/**
 * Where a symbol that does not sit on a town (a group's centroid, a region) goes: the start point if
 * it keeps clear of the towns and their labels, else the nearby point with the most room.
 * Deterministic, in degrees with longitude scaled by latitude (tuned for the desktop zoom).
 */
export function clearAnchor(start: LatLon, avoid: readonly LatLon[]): LatLon {
  const grid = new PointGrid(NEAR);
  for (const p of avoid) grid.add(p);
  return clearAnchorIn(start, grid);
}

/** clearAnchor against bucketed points: only those within reach of a candidate are measured. */
function clearAnchorIn(start: LatLon, avoid: PointGrid): LatLon {
  const k = Math.cos((start.lat * Math.PI) / 180);
  let best = start;
  let bestScore = -Infinity;
  for (const radius of [0, 0.2, 0.35, 0.5, 0.65]) {
    for (let a = 0; a < (radius === 0 ? 1 : 8); a++) {
      const angle = (a * Math.PI) / 4;
      const at = { lat: start.lat + radius * Math.sin(angle), lon: start.lon + (radius * Math.cos(angle)) / k };
      // Exact below NEAR, and anything at or beyond it scores the same as NEAR.
      const gap = avoid.nearest(at, NEAR, distance);
      if (radius === 0 && gap >= CLEARANCE) return at;
      const score = Math.min(gap, NEAR) - radius * 0.35;
      if (score > bestScore) [best, bestScore] = [at, score];
    }
  }
  return best;
}

/** A town and the space its label takes to its right. */
function townAndLabel(p: LatLon): LatLon[] {
  const k = Math.cos((p.lat * Math.PI) / 180);
  return [p, { lat: p.lat, lon: p.lon + 0.3 / k }, { lat: p.lat, lon: p.lon + 0.6 / k }];
}

function centroid(points: readonly LatLon[]): LatLon {
  return {
    lat: points.reduce((s, p) => s + p.lat, 0) / points.length,
    lon: points.reduce((s, p) => s + p.lon, 0) / points.length,
  };
}

/**
 * Symbols for the events that can be placed, in the given order. `towns` are all event places of
 * the release (stable while filtering) that group and region symbols keep clear of, with their labels.
 */
export function layoutSymbols(
  views: readonly EventView[],
  radius: (n: number) => number,
  towns: readonly LatLon[],
  unknownHalf = UNKNOWN_HALF,
): MapSymbol[] {
  const avoid = new PointGrid(NEAR);
  for (const t of towns) for (const p of townAndLabel(t)) avoid.add(p);
  const out: MapSymbol[] = [];
  // Regions first, then groups: each keeps clear of the towns and of those placed before it.
  const placed = new Map<string, LatLon>();
  const floating = views.filter((v) => isOnMap(v) && (v.event.scope === "region" || v.located.length > 1));
  // Events with the same start (one oblast, one pair of towns) get the same answer as long as no new
  // point was placed since: once the spots around a start are taken, the rest reuse it.
  const memo = new Map<string, { at: LatLon; size: number }>();
  for (const v of [...floating].sort(
    (a, b) => (a.event.scope === "region" ? 0 : 1) - (b.event.scope === "region" ? 0 : 1),
  )) {
    const start = v.event.scope === "region" ? REGION_ANCHORS[v.event.region as Oblast] : centroid(v.located);
    const key = `${start.lat},${start.lon}`;
    const known = memo.get(key);
    const size = avoid.size;
    const at = known && known.size === size ? known.at : clearAnchorIn(start, avoid);
    // The answer holds for as long as the points are those it was computed from.
    avoid.add(at);
    memo.set(key, { at, size });
    placed.set(v.id, at);
  }
  for (const v of views) {
    if (!isOnMap(v)) continue;
    const rings = ringsOf(v, radius);
    const r = rings[0]?.r ?? unknownHalf;
    const base = { id: v.id, view: v, rings, r, dx: 0 };
    if (v.event.scope === "region") {
      out.push({ ...base, kind: "region", anchor: placed.get(v.id)!, towns: [] });
    } else if (v.located.length === 1) {
      const p = v.located[0]!;
      out.push({ ...base, kind: "place", anchor: { lat: p.lat, lon: p.lon }, towns: [p] });
    } else {
      out.push({ ...base, kind: "group", anchor: placed.get(v.id)!, towns: v.located });
    }
  }
  return stepAsideUnknown(out);
}

/**
 * Horizontal offsets of `count` "count unknown" squares at one town: left of the largest circle there
 * (or from the town itself when there is none), a square and a gap apart, at most `maxSteps` slots;
 * the rest stack on the last slot.
 */
export function unknownOffsets(count: number, circleR: number, half: number, maxSteps = MAX_UNKNOWN_STEPS): number[] {
  const out: number[] = [];
  let x = circleR > 0 ? -circleR - half - 4 : 0;
  for (let i = 0; i < count; i++) {
    out.push(x);
    if (i < maxSteps - 1) x -= 2 * half + 4;
  }
  return out;
}

/** Squares without a count at a town that also has circles move left of the largest circle. */
function stepAsideUnknown(symbols: MapSymbol[]): MapSymbol[] {
  const byTown = new Map<string, { circleR: number; squares: MapSymbol[] }>();
  for (const s of symbols) {
    if (s.kind !== "place") continue;
    const key = s.towns[0]!.id;
    let town = byTown.get(key);
    if (!town) byTown.set(key, (town = { circleR: 0, squares: [] }));
    if (s.rings.length > 0) town.circleR = Math.max(town.circleR, s.r);
    else town.squares.push(s);
  }
  for (const { circleR, squares } of byTown.values()) {
    const offsets = unknownOffsets(squares.length, circleR, squares[0]?.r ?? 0);
    squares.forEach((s, i) => (s.dx = offsets[i]!));
  }
  return symbols;
}

export interface TownLabel {
  place: Place & LatLon;
  /** Horizontal offsets from the town, clear of the symbols drawn on it, to the right and left. */
  dx: number;
  left: number;
  /** Vertical offset clear of those symbols, for a label above or below. */
  dy: number;
}

/** One label per town that a drawn symbol stands for, with the room its symbols take on each side. */
export function townLabels(symbols: readonly MapSymbol[]): TownLabel[] {
  const labels = new Map<string, TownLabel>();
  for (const s of symbols) {
    for (const p of s.towns) {
      const onTown = s.kind === "place";
      const right = onTown && s.dx === 0 ? s.r : 3;
      const left = onTown ? (s.dx === 0 ? s.r : -s.dx + s.r) : 3;
      const prev = labels.get(p.id) ?? { place: p, dx: 0, left: 0, dy: 0 };
      labels.set(p.id, {
        place: p,
        dx: Math.max(prev.dx, right + 4),
        left: Math.max(prev.left, left + 4),
        dy: Math.max(prev.dy, right + 2),
      });
    }
  }
  return [...labels.values()];
}

/** Symbols (with their halo and badge) and town dots, for labels to keep clear of. */
export function obstaclesOf(symbols: readonly MapSymbol[], towns: readonly TownLabel[]): Obstacle[] {
  return [
    ...symbols.map((s) => ({ at: s.anchor, dx: s.dx, half: s.r + 3 })),
    ...towns.map((t) => ({ at: t.place, dx: 0, half: 3 })),
  ];
}
