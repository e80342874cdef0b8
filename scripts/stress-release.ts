/**
 * `npx tsx scripts/stress-release.ts [out-dir] [--points N] [--events N]`: writes a synthetic release
 * about 100× the size of the real one, for `npm run bench` (default: bench/stress-data/, git-ignored).
 *
 * It starts from the newest real release and replaces two record types with generated ones:
 * - the political-prisoner series becomes a daily series of 100,000 observations ending on the
 *   release's as-of day (a random walk, with a share of inexact qualifiers, as in the real data);
 * - the detention events become 10,000 (the real ones plus generated events at real places, some
 *   covering two towns with one figure, some region-wide or nationwide, some without a count).
 * Everything else (sources, places, pardons …) is copied, so the release passes the same schema and
 * reference checks as a real one. The manifest lists sizes and SHA-256 like a published release, and the
 * release has its bundle.json, as the build writes one for each real release (build/releaseBundlePlugin.ts).
 * Output is deterministic (seeded), so timings compare across runs and machines.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { BUNDLE_FILE, releaseBundle } from "../build/releaseBundlePlugin.ts";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadRelease, type ReadBytes } from "../src/data/loader.ts";
import {
  Manifest,
  OBLASTS,
  RELEASE_FILE_NAMES,
  type DetentionEvent,
  type Observation,
  type Qualifier,
  type ReleaseData,
  type ReleaseEntry,
} from "../src/data/schema.ts";
import { DATA_DIR, ROOT, sha256Hex, toJsonText } from "./lib/files.ts";

export interface StressOptions {
  outDir: string;
  points: number;
  events: number;
  /** Where the real release is read from. */
  dataDir?: string;
}

export interface StressResult {
  outDir: string;
  releaseId: string;
  bytes: number;
  points: number;
  events: number;
}

const DAY_MS = 86_400_000;
const CATEGORIES = ["detention", "detention", "detention", "raid", "preventive_conversation"] as const;

/** mulberry32: a tiny seeded PRNG, so the stress release is the same on every machine (tests use it too). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function qualifierOf(r: number): Qualifier {
  if (r < 0.8) return "exact";
  if (r < 0.9) return "at_least";
  if (r < 0.96) return "about";
  return "more_than";
}

/** A daily series of `points` observations ending on the release's as-of day: a random walk, a fifth inexact. */
export function prisonerSeries(release: ReleaseData, points: number, random: () => number): Observation[] {
  const sources = release.sources.map((s) => s.id);
  const end = Date.parse(`${release.entry.asOf}T00:00:00Z`);
  const observations: Observation[] = [];
  let value = 1200;
  for (let i = 0; i < points; i++) {
    value = Math.max(0, Math.round(value + (random() - 0.5) * 12));
    observations.push({
      date: isoDay(end - (points - 1 - i) * DAY_MS),
      value,
      qualifier: qualifierOf(random()),
      sources: [sources[Math.floor(random() * sources.length)]!],
    });
  }
  return observations;
}

/** The release's detention events plus generated ones at its located places, up to `total`. */
export function detentionEvents(release: ReleaseData, total: number, random: () => number): DetentionEvent[] {
  const sources = release.sources.map((s) => s.id);
  const located = release.places.filter((p) => p.lat !== undefined && p.lon !== undefined).map((p) => p.id);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const start = Date.parse("2020-08-09T00:00:00Z");
  const end = Date.parse(`${release.entry.asOf}T00:00:00Z`);
  const events: DetentionEvent[] = [...release.detentions];
  for (let i = 0; events.length < total; i++) {
    const day = start + Math.floor(random() * ((end - start) / DAY_MS)) * DAY_MS;
    const r = random();
    const scope = r < 0.85 ? "places" : r < 0.95 ? "region" : "national";
    const places = scope !== "places" ? [] : random() < 0.1 ? [pick(located), pick(located)] : [pick(located)];
    const source = pick(sources);
    const value = Math.round(1 + random() ** 3 * 300);
    const count =
      random() < 0.05
        ? []
        : random() < 0.1
          ? [
              { value, qualifier: "at_least" as const, sources: [source] },
              { value: value + 20, qualifier: "about" as const, sources: [pick(sources)] },
            ]
          : [{ value, qualifier: qualifierOf(random()), sources: [source] }];
    events.push({
      id: `stress-${i}`,
      start: isoDay(day),
      ...(random() < 0.3 ? { end: isoDay(day + Math.ceil(random() * 14) * DAY_MS) } : {}),
      scope,
      places: [...new Set(places)],
      ...(scope === "region" ? { region: pick(OBLASTS) } : {}),
      count,
      category: pick(CATEGORIES),
      context: { en: `Synthetic event ${i} for the stress benchmark.` },
      sources: [...new Set(count.flatMap((c) => c.sources).concat(source))],
    });
  }
  return events;
}

const fsReader =
  (dir: string): ReadBytes =>
  async (rel) =>
    new Uint8Array(readFileSync(path.join(dir, rel)));

/** Generates the stress release into `outDir` (replacing what was there) and returns what it wrote. */
export async function writeStressRelease(options: StressOptions): Promise<StressResult> {
  const { outDir, points, events } = options;
  const { release } = await loadRelease(fsReader(options.dataDir ?? DATA_DIR));
  const random = rng(20241115);
  const id = `${release.entry.id}-stress`;
  const data: Record<string, unknown> = {
    "sources.json": { sources: release.sources },
    "places.json": { places: release.places },
    "people.json": { people: release.people },
    "pardons.json": { pardons: release.pardons },
    "detentions.json": { detentions: detentionEvents(release, events, random) },
    "series.json": {
      series: release.series.map((s) =>
        s.id === "prisoners_in_custody" ? { ...s, observations: prisonerSeries(release, points, random) } : s,
      ),
    },
    "deaths.json": { deaths: release.deaths },
    "incommunicado.json": { incommunicado: release.incommunicado },
    "events.json": { events: release.events },
  };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, "releases", id), { recursive: true });
  let total = 0;
  const files = RELEASE_FILE_NAMES.map((name) => {
    const rel = `releases/${id}/${name}`;
    const bytes = new TextEncoder().encode(toJsonText(data[name]));
    writeFileSync(path.join(outDir, rel), bytes);
    total += bytes.byteLength;
    return { path: rel, bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
  });
  const entry: ReleaseEntry = {
    ...release.entry,
    id,
    title: { en: `Stress test: ${points.toLocaleString("en")} daily points, ${events.toLocaleString("en")} events` },
    changelog: ["Synthetic release for npm run bench; not real data."],
    files,
  };
  const manifest: Manifest = { schemaVersion: 1, releases: [entry] };
  writeFileSync(path.join(outDir, "manifest.json"), toJsonText(manifest));
  // The built site's one-download copy of the release (decision 009), as the build writes it for real releases:
  // the stress dashboard then loads the way a reader's does, not file by file.
  writeFileSync(path.join(outDir, "releases", id, BUNDLE_FILE), releaseBundle(outDir, entry));
  return { outDir, releaseId: id, bytes: total, points, events };
}

function argValue(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const n = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} expects a positive whole number`);
  return n;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const outArg = args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--"));
  const outDir = path.resolve(outArg ?? path.join(ROOT, "bench/stress-data"));
  const result = await writeStressRelease({
    outDir,
    points: argValue(args, "--points", 100_000),
    events: argValue(args, "--events", 10_000),
  });
  const t0 = performance.now();
  await loadRelease(fsReader(outDir));
  const ms = performance.now() - t0;
  console.log(
    `stress release ${result.releaseId}: ${(result.bytes / 1e6).toFixed(1)} MB in ${outDir}; ` +
      `loaded and verified once in ${ms.toFixed(0)} ms`,
  );
}
