/**
 * Builds the offline basemap of the detention map: the outline of Belarus (ISO 3166 numeric 112)
 * and its neighbours clipped to a box around it, from Natural Earth 1:50m (world-atlas, public
 * domain). Writes src/map/belarus.geo.json, which is committed; tests/unit/basemap.test.ts fails
 * when the committed file is not what this script produces.
 *
 *   npx tsx scripts/build-basemap.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";

export const BELARUS = "112";
/** Poland, Lithuania, Latvia, Russia, Ukraine: context around the outline. */
export const NEIGHBOURS = ["616", "440", "428", "643", "804"];
/** [west, south, east, north]: wide enough for the map's widest aspect ratio around Belarus. */
export const CLIP_BOX: [number, number, number, number] = [21, 50.2, 35, 57.4];
/** Three decimals ≈ 100 m: finer than Natural Earth 1:50m itself. */
const DECIMALS = 3;

export interface BasemapProps {
  iso: string;
  name: string;
  role: "belarus" | "neighbour";
}
export type Basemap = FeatureCollection<MultiPolygon, BasemapProps>;

type Ring = Position[];

/** Sutherland–Hodgman clipping of one ring against an axis-aligned box. */
export function clipRing(ring: Ring, [w, s, e, n]: [number, number, number, number]): Ring {
  const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= w, (a, b) => atX(a, b, w)],
    [(p) => p[0]! <= e, (a, b) => atX(a, b, e)],
    [(p) => p[1]! >= s, (a, b) => atY(a, b, s)],
    [(p) => p[1]! <= n, (a, b) => atY(a, b, n)],
  ];
  let out = ring.slice(0, -1); // open ring
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i]!;
      const prev = input[(i + input.length - 1) % input.length]!;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? [...out, out[0]!] : [];
}

function atX(a: Position, b: Position, x: number): Position {
  const t = (x - a[0]!) / (b[0]! - a[0]!);
  return [x, a[1]! + t * (b[1]! - a[1]!)];
}
function atY(a: Position, b: Position, y: number): Position {
  const t = (y - a[1]!) / (b[1]! - a[1]!);
  return [a[0]! + t * (b[0]! - a[0]!), y];
}

function round(ring: Ring): Ring {
  const k = 10 ** DECIMALS;
  const out: Ring = [];
  for (const p of ring) {
    const q = [Math.round(p[0]! * k) / k, Math.round(p[1]! * k) / k];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 4 ? out : [];
}

function polygons(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** The basemap as a FeatureCollection of MultiPolygons, Belarus first. */
export function buildBasemap(topology: Topology): Basemap {
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const features: Feature<MultiPolygon, BasemapProps>[] = [];
  for (const iso of [BELARUS, ...NEIGHBOURS]) {
    const geometry = collection.geometries.find((g) => g.id === iso);
    if (!geometry) throw new Error(`world-atlas has no country ${iso}`);
    const f = feature(topology, geometry) as Feature<Polygon | MultiPolygon, { name: string }>;
    const role = iso === BELARUS ? "belarus" : "neighbour";
    const coordinates = polygons(f.geometry)
      .map((poly) =>
        poly.map((ring) => round(role === "belarus" ? ring : clipRing(ring, CLIP_BOX))).filter((r) => r.length),
      )
      .filter((poly) => poly.length > 0);
    if (coordinates.length === 0) continue;
    features.push({
      type: "Feature",
      properties: { iso, name: f.properties.name, role },
      geometry: { type: "MultiPolygon", coordinates },
    });
  }
  return { type: "FeatureCollection", features };
}

export function loadTopology(): Topology {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
}

export const OUTPUT = path.resolve(import.meta.dirname, "../src/map/belarus.geo.json");

async function main() {
  const basemap = buildBasemap(loadTopology());
  // Formatted with the repository's prettier settings so `npm run format:check` stays green.
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  const text = await prettier.format(JSON.stringify(basemap), { ...options, parser: "json" });
  writeFileSync(OUTPUT, text);
  const points = basemap.features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0);
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}: ${basemap.features.length} countries, ${points} points`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
