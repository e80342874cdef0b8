/**
 * Loading a release: manifest → files → size and SHA-256 → JSON → schema → references → ready.
 *
 * The same functions run in the browser (fetch + WebCrypto) and in `npm run data:check` (fs), so
 * what the check accepts is exactly what the app accepts. A release loads whole or not at all:
 * every function either returns a complete value or throws a DataError. The schema step asks acceptsAsIs
 * (src/data/acceptAsIs.ts) first and runs zod's full parse only where that cannot say "valid as it is": the
 * result and every error message are zod's either way.
 *
 * A built site also serves each release as one download, releases/<id>/bundle.json (written by
 * build/releaseBundlePlugin.ts; decision 009): every listed file's exact text, each hashed and checked
 * against the manifest exactly as if it had been downloaded on its own. Where there is no bundle (the dev
 * server, an older deploy, someone's static copy of the per-file data) the files are read one by one.
 */
import type * as z from "zod/mini";
import { DataError, paramExcerpt, schemaError } from "./errors";
import {
  Manifest,
  ManifestTopLevel,
  RELEASE_FILES,
  RELEASE_FILE_NAMES,
  type ReleaseData,
  ReleaseEntry,
  type ReleaseFileName,
} from "./schema";
import { acceptsAsIs } from "./acceptAsIs";
import { checkReferences } from "./references";
import { nextTask } from "./nextTask";

/** Reads a file under the data root; throws a DataError("network") when it cannot. */
export type ReadBytes = ((path: string) => Promise<Uint8Array>) & {
  /** Set by readers of a built site (httpReader): a release may be there as one bundle, which is asked for first. */
  readonly bundles?: boolean;
  /**
   * Set by readers in a page (httpReader): resolves in a task of its own. A release is checked file by file with a
   * turn for the page between two files, so its verification is a few short tasks and not one long one that would
   * hold up the reader's input and the page's paint (scripts in Node check without pausing).
   */
  readonly pause?: () => Promise<void>;
};

/** The name of a release's bundle beside its files, and the format it declares (see build/releaseBundlePlugin.ts). */
export const BUNDLE_FILE = "bundle.json";
export const BUNDLE_FORMAT = "brt-release-bundle/1";

/** What a bundle holds: the release's id and each listed file's exact text, keyed by file name ("series.json"). */
interface ReleaseBundle {
  format: typeof BUNDLE_FORMAT;
  release: string;
  files: Record<string, string>;
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, "0"));

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
  let hex = "";
  for (const b of digest) hex += HEX[b];
  return hex;
}

export function parseJson(file: string, bytes: Uint8Array): unknown {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DataError("parse", file, "", "the file is not valid UTF-8 text");
  }
  return parseJsonText(file, text);
}

/**
 * What parseJson makes of the UTF-8 encoding of `text`, without decoding it again, or undefined when the shortcut
 * might differ: a lone surrogate (encoded as U+FFFD, so the bytes decode to another text) or a leading byte order
 * mark (which the decoder drops). A bundle's copy of a file is its text: this spares decoding it back from the bytes.
 */
function parseJsonOfText(file: string, text: string): { json: unknown } | undefined {
  const wellFormed = (text as string & { isWellFormed?: () => boolean }).isWellFormed?.();
  if (wellFormed !== true || text.startsWith("\uFEFF")) return undefined;
  return { json: parseJsonText(file, text) };
}

function parseJsonText(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new DataError("parse", file, "", `not valid JSON (${reason})`);
  }
}

/**
 * The manifest, strictly: one invalid entry fails it whole. For `npm run data:check`, the data scripts and the
 * build, which must stop on any bad entry; readers' browsers use parseReaderManifest.
 */
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
    const problem = entryProblem(r, i, ids);
    if (problem) throw problem;
    ids.add(r.id);
  });
  return { ...result.data, releases: published };
}

/** What is wrong with a published, schema-valid entry beyond its shape (a repeated id, a missing file), if anything. */
function entryProblem(r: ReleaseEntry, i: number, ids: ReadonlySet<string>): DataError | null {
  const file = "manifest.json";
  if (ids.has(r.id)) return new DataError("schema", file, `releases[${i}].id`, `release id "${r.id}" is listed twice`);
  const missing = RELEASE_FILE_NAMES.find((name) => !r.files.some((f) => f.path === `releases/${r.id}/${name}`));
  if (missing) return new DataError("schema", file, `releases[${i}].files`, `release ${r.id} does not list ${missing}`);
  return null;
}

/** A manifest entry readers cannot use: only that release is unavailable, with this error. */
export interface InvalidRelease {
  id: string;
  error: DataError;
}

/** The manifest as the app reads it: the usable published releases, newest first, and the entries it had to set aside. */
export interface ReaderManifest extends Manifest {
  /** Entries with a readable id that failed validation, in manifest order. */
  invalid?: InvalidRelease[];
  /** The invalid entries listed above the newest usable release: the newest release the app cannot show. */
  skipped?: InvalidRelease[];
}

/**
 * The manifest as readers' browsers take it: the top level strictly, each release entry on its own. One bad entry
 * makes only that release unavailable (kept as an error under its id, if the id is readable), so the dashboard and
 * embeds pinned to good releases still load. Drafts stay invisible, as in parseManifest.
 */
export function parseReaderManifest(bytes: Uint8Array): ReaderManifest {
  const file = "manifest.json";
  const json = parseJson(file, bytes);
  const top = ManifestTopLevel.safeParse(json);
  if (!top.success) throw schemaError(file, json, top.error);
  const releases: ReleaseEntry[] = [];
  const invalid: InvalidRelease[] = [];
  const skipped: InvalidRelease[] = [];
  let firstError: DataError | null = null;
  const ids = new Set<string>();
  top.data.releases.forEach((raw, i) => {
    const result = ReleaseEntry.safeParse(raw);
    let problem: DataError | null = null;
    if (result.success) {
      if (result.data.files.length === 0) return; // a draft
      problem = entryProblem(result.data, i, ids);
      if (!problem) {
        ids.add(result.data.id);
        releases.push(result.data);
        return;
      }
    } else {
      problem = schemaError(file, json, prefixIssues(result.error, ["releases", i]));
    }
    firstError ??= problem;
    const id = readableId(raw);
    // An entry whose id cannot be read cannot be asked for: it is left out (data:check names it).
    if (!id || ids.has(id) || invalid.some((e) => e.id === id)) return;
    const error = new DataError(
      problem.kind,
      file,
      problem.path,
      `release ${id} cannot be shown: its entry in the list of releases is invalid (${problem.detail}); the other releases are not affected`,
    );
    invalid.push({ id, error });
    if (releases.length === 0) skipped.push({ id, error });
  });
  if (releases.length === 0) {
    throw firstError ?? new DataError("schema", file, "releases", "no published release (only drafts)");
  }
  return { schemaVersion: top.data.schemaVersion, releases, invalid, skipped };
}

/** The entry's id when it is a well-formed release id, else null. */
function readableId(raw: unknown): string | null {
  const id = raw !== null && typeof raw === "object" ? (raw as { id?: unknown }).id : undefined;
  return ReleaseEntry.shape.id.safeParse(id).success ? (id as string) : null;
}

/** Zod issues of one entry, with paths from the manifest's root ("releases[3].files[0].sha256"). */
function prefixIssues(error: z.core.$ZodError, prefix: PropertyKey[]): z.core.$ZodError {
  return { ...error, issues: error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })) };
}

/** Picks the requested release, or the newest usable one (the manifest lists newest first). */
export function pickRelease(manifest: ReaderManifest, id: string | null | undefined): ReleaseEntry {
  if (!id) return manifest.releases[0]!;
  const entry = manifest.releases.find((r) => r.id === id);
  if (entry) return entry;
  const invalid = manifest.invalid?.find((r) => r.id === id);
  if (invalid) throw invalid.error;
  const known = manifest.releases.map((r) => r.id).join(", ");
  // The id comes from the URL: it is named only when it is short and looks like an id (see paramExcerpt).
  const asked = paramExcerpt(id);
  throw new DataError(
    "unknown_release",
    "manifest.json",
    "",
    `${asked ? `there is no release ${asked}` : "the requested release does not exist"} (available: ${known})`,
  );
}

/**
 * Checks size and hash, parses and validates one file of a release. `text`, when given, is the text the bytes are the
 * UTF-8 encoding of (a bundle's copy of the file): it is parsed as it is instead of decoding the bytes again.
 */
export async function verifyFile<N extends ReleaseFileName>(
  entry: ReleaseEntry,
  name: N,
  bytes: Uint8Array,
  text?: string,
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
  const shortcut = text === undefined ? undefined : parseJsonOfText(path, text);
  const json = shortcut ? shortcut.json : parseJson(path, bytes);
  const schema = RELEASE_FILES[name];
  // The quick walk only says yes where zod's parse would succeed with a copy equal to the value; else zod decides.
  if (acceptsAsIs(schema, json)) return json as import("zod").infer<(typeof RELEASE_FILES)[N]>;
  const result = schema.safeParse(json);
  if (!result.success) throw schemaError(path, json, result.error);
  return result.data as import("zod").infer<(typeof RELEASE_FILES)[N]>;
}

/**
 * A file of a release as read: its bytes, or from a bundle the text they are the UTF-8 encoding of (encoded back
 * when the file's turn comes: see readFileBytes).
 */
type ReadFile = { bytes: Uint8Array; text?: undefined } | { bytes?: undefined; text: string };

/** The bytes of a file as read; a bundle's text is encoded back to UTF-8, how the file was published and hashed. */
export const readFileBytes = (file: ReadFile): Uint8Array => file.bytes ?? new TextEncoder().encode(file.text);

/**
 * The files of a release in a bundle's bytes, by name, or null when the bytes are not a bundle at all (a host that
 * answers a missing file with a page of its own): the caller then reads the files one by one. Nothing here is
 * trusted yet: each file's bytes still go through verifyFile (size, SHA-256, JSON, schema) like a downloaded file.
 * A bundle that is one but does not hold every file the loader needs is an error naming the missing file.
 */
export function parseBundle(entry: ReleaseEntry, bytes: Uint8Array): Map<ReleaseFileName, ReadFile> | null {
  const path = `releases/${entry.id}/${BUNDLE_FILE}`;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  if (json === null || typeof json !== "object" || (json as { format?: unknown }).format !== BUNDLE_FORMAT) return null;
  const bundle = json as Partial<ReleaseBundle>;
  const damaged = "the bundle was changed after publication or damaged in transit; refusing to use it";
  if (bundle.release !== entry.id) {
    throw new DataError("integrity", path, "release", `the bundle is of release ${String(bundle.release)}: ${damaged}`);
  }
  const files = bundle.files !== null && typeof bundle.files === "object" ? bundle.files : {};
  const out = new Map<ReleaseFileName, ReadFile>();
  for (const name of RELEASE_FILE_NAMES) {
    const text = Object.hasOwn(files, name) ? files[name] : undefined;
    if (typeof text !== "string") {
      throw new DataError(
        "integrity",
        path,
        "files",
        `${name} is missing from the bundle though the manifest lists it: ${damaged}`,
      );
    }
    out.set(name, { text });
  }
  return out;
}

/** The bytes of every file of a release: from its bundle (one request) where the reader's site has one, else one by one. */
async function readReleaseBytes(entry: ReleaseEntry, read: ReadBytes): Promise<(name: ReleaseFileName) => ReadFile> {
  if (read.bundles) {
    let bytes: Uint8Array | null = null;
    try {
      bytes = await read(`releases/${entry.id}/${BUNDLE_FILE}`);
    } catch {
      // No bundle (not built, an older deploy, offline with only the files cached): the files themselves.
    }
    const files = bytes && parseBundle(entry, bytes);
    if (files) return (name) => files.get(name)!;
  }
  const bytes = await Promise.all(RELEASE_FILE_NAMES.map((name) => read(`releases/${entry.id}/${name}`)));
  return (name) => ({ bytes: bytes[RELEASE_FILE_NAMES.indexOf(name)]! });
}

/** Loads and verifies every file of one release, a file at a time (the page gets a turn between two if the reader pauses). */
export async function loadReleaseFiles(entry: ReleaseEntry, read: ReadBytes): Promise<ReleaseData> {
  const get = await readReleaseBytes(entry, read);
  const verify = async <N extends ReleaseFileName>(name: N) => {
    await read.pause?.();
    const file = get(name);
    return verifyFile(entry, name, readFileBytes(file), file.text);
  };
  const sources = await verify("sources.json");
  const places = await verify("places.json");
  const people = await verify("people.json");
  const pardons = await verify("pardons.json");
  const detentions = await verify("detentions.json");
  const series = await verify("series.json");
  const deaths = await verify("deaths.json");
  const incommunicado = await verify("incommunicado.json");
  const events = await verify("events.json");
  await read.pause?.();
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

/** Reads files over HTTP relative to the data root URL; a release comes as its bundle where the site has one. */
export function httpReader(dataRoot: string, fetchImpl: typeof fetch = fetch): ReadBytes {
  const read = async (path: string) => {
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
  return Object.assign(read, { bundles: true, pause: nextTask });
}

export interface Loaded {
  manifest: ReaderManifest;
  release: ReleaseData;
}

/** The manifest, strictly (scripts and build; see parseManifest). */
export async function loadManifest(read: ReadBytes): Promise<Manifest> {
  return parseManifest(await read("manifest.json"));
}

/** The manifest as readers' browsers take it (see parseReaderManifest). */
export async function loadReaderManifest(read: ReadBytes): Promise<ReaderManifest> {
  return parseReaderManifest(await read("manifest.json"));
}

/**
 * The whole pipeline: the manifest, then the requested (or newest) release. Strict by default; the app passes
 * loadReaderManifest, so that one bad manifest entry fails only its own release.
 */
export async function loadRelease(
  read: ReadBytes,
  releaseId?: string | null,
  manifestOf: (read: ReadBytes) => Promise<ReaderManifest> = loadManifest,
): Promise<Loaded> {
  const manifest = await manifestOf(read);
  const entry = pickRelease(manifest, releaseId);
  const release = await loadReleaseFiles(entry, read);
  return { manifest, release };
}
