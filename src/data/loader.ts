/**
 * Loading a release: manifest → files → size and SHA-256 → JSON → schema → references → ready.
 *
 * The same functions run in the browser (fetch + WebCrypto) and in `npm run data:check` (fs), so
 * what the check accepts is exactly what the app accepts. A release loads whole or not at all:
 * every function either returns a complete value or throws a DataError.
 */
import { DataError, schemaError } from "./errors";
import {
  Manifest,
  RELEASE_FILES,
  RELEASE_FILE_NAMES,
  type ReleaseData,
  type ReleaseEntry,
  type ReleaseFileName,
} from "./schema";
import { checkReferences } from "./references";

/** Reads a file under the data root; throws a DataError("network") when it cannot. */
export type ReadBytes = (path: string) => Promise<Uint8Array>;

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function parseJson(file: string, bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DataError("parse", file, "", "the file is not valid UTF-8 text");
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new DataError("parse", file, "", `not valid JSON (${reason})`);
  }
}

export function parseManifest(bytes: Uint8Array): Manifest {
  const file = "manifest.json";
  const json = parseJson(file, bytes);
  const result = Manifest.safeParse(json);
  if (!result.success) throw schemaError(file, json, result.error);
  // A draft (started by data:new-release, files not hashed until data:publish) is invisible to
  // readers: the app shows published releases only; data:check reports drafts as errors.
  const published = result.data.releases.filter((r) => r.files.length > 0);
  if (published.length === 0) throw new DataError("schema", file, "releases", "no published release (only drafts)");
  const ids = new Set<string>();
  result.data.releases.forEach((r, i) => {
    if (r.files.length === 0) return;
    if (ids.has(r.id)) throw new DataError("schema", file, `releases[${i}].id`, `release id "${r.id}" is listed twice`);
    ids.add(r.id);
    RELEASE_FILE_NAMES.forEach((name) => {
      if (!r.files.some((f) => f.path === `releases/${r.id}/${name}`)) {
        throw new DataError("schema", file, `releases[${i}].files`, `release ${r.id} does not list ${name}`);
      }
    });
  });
  return { ...result.data, releases: published };
}

/** Picks the requested release, or the newest one (the manifest lists newest first). */
export function pickRelease(manifest: Manifest, id: string | null | undefined): ReleaseEntry {
  if (!id) return manifest.releases[0]!;
  const entry = manifest.releases.find((r) => r.id === id);
  if (!entry) {
    const known = manifest.releases.map((r) => r.id).join(", ");
    throw new DataError("unknown_release", "manifest.json", "", `there is no release "${id}" (available: ${known})`);
  }
  return entry;
}

/** Checks size and hash, parses and validates one file of a release. */
export async function verifyFile<N extends ReleaseFileName>(
  entry: ReleaseEntry,
  name: N,
  bytes: Uint8Array,
): Promise<import("zod").infer<(typeof RELEASE_FILES)[N]>> {
  const path = `releases/${entry.id}/${name}`;
  const listed = entry.files.find((f) => f.path === path);
  if (!listed) throw new DataError("integrity", path, "", "the file is not listed in the manifest");
  if (bytes.byteLength !== listed.bytes) {
    throw new DataError(
      "integrity",
      path,
      "",
      `the file has ${bytes.byteLength} bytes but the manifest says ${listed.bytes}: it was changed after publication or damaged in transit; refusing to use it`,
    );
  }
  const hash = await sha256Hex(bytes);
  if (hash !== listed.sha256) {
    throw new DataError(
      "integrity",
      path,
      "",
      `SHA-256 ${hash.slice(0, 12)}… does not match the manifest (${listed.sha256.slice(0, 12)}…): the file was changed after publication or damaged in transit; refusing to use it`,
    );
  }
  const json = parseJson(path, bytes);
  const schema = RELEASE_FILES[name];
  const result = schema.safeParse(json);
  if (!result.success) throw schemaError(path, json, result.error);
  return result.data as import("zod").infer<(typeof RELEASE_FILES)[N]>;
}

/** Loads and verifies every file of one release. */
export async function loadReleaseFiles(entry: ReleaseEntry, read: ReadBytes): Promise<ReleaseData> {
  const bytes = await Promise.all(RELEASE_FILE_NAMES.map((name) => read(`releases/${entry.id}/${name}`)));
  const get = (name: ReleaseFileName) => bytes[RELEASE_FILE_NAMES.indexOf(name)]!;
  const [sources, places, people, pardons, detentions, series, deaths, incommunicado, events] = await Promise.all([
    verifyFile(entry, "sources.json", get("sources.json")),
    verifyFile(entry, "places.json", get("places.json")),
    verifyFile(entry, "people.json", get("people.json")),
    verifyFile(entry, "pardons.json", get("pardons.json")),
    verifyFile(entry, "detentions.json", get("detentions.json")),
    verifyFile(entry, "series.json", get("series.json")),
    verifyFile(entry, "deaths.json", get("deaths.json")),
    verifyFile(entry, "incommunicado.json", get("incommunicado.json")),
    verifyFile(entry, "events.json", get("events.json")),
  ]);
  const release: ReleaseData = {
    entry,
    sources: sources.sources,
    places: places.places,
    people: people.people,
    pardons: pardons.pardons,
    detentions: detentions.detentions,
    series: series.series,
    deaths: deaths.deaths,
    incommunicado: incommunicado.incommunicado,
    events: events.events,
  };
  checkReferences(release);
  return release;
}

/** Reads files over HTTP relative to the data root URL. */
export function httpReader(dataRoot: string, fetchImpl: typeof fetch = fetch): ReadBytes {
  return async (path) => {
    let response: Response;
    try {
      response = await fetchImpl(`${dataRoot.replace(/\/$/, "")}/${path}`);
    } catch {
      throw new DataError(
        "network",
        path,
        "",
        "could not be downloaded (are you offline? the app caches releases after the first visit)",
      );
    }
    if (!response.ok)
      throw new DataError("network", path, "", `the server answered ${response.status} ${response.statusText}`.trim());
    return new Uint8Array(await response.arrayBuffer());
  };
}

export interface Loaded {
  manifest: Manifest;
  release: ReleaseData;
}

export async function loadManifest(read: ReadBytes): Promise<Manifest> {
  return parseManifest(await read("manifest.json"));
}

/** The whole pipeline: the manifest, then the requested (or newest) release. */
export async function loadRelease(read: ReadBytes, releaseId?: string | null): Promise<Loaded> {
  const manifest = await loadManifest(read);
  const entry = pickRelease(manifest, releaseId);
  const release = await loadReleaseFiles(entry, read);
  return { manifest, release };
}
