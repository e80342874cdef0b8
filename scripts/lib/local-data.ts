/**
 * The data folder on disk as the maintainer scripts see it: which folder (DATA_DIR, default
 * public/data), the manifest with its drafts, and loading a release — drafts included — through the
 * very loader the app uses.
 *
 * A draft is a release whose manifest entry lists no files yet (`files: []`): it was started by
 * data:new-release and is not published. Its changelog starts with the DRAFT_MARKER line until
 * someone says what changed. data:publish writes the hashes, which makes it immutable.
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "../../src/data/errors.ts";
import { loadManifest, loadReleaseFiles, type ReadBytes } from "../../src/data/loader.ts";
import { Policy } from "../../src/data/privacy.ts";
import {
  englishOf,
  Manifest,
  RELEASE_FILE_NAMES,
  type ManifestFile,
  type ReleaseData,
  type ReleaseEntry,
} from "../../src/data/schema.ts";
import { DATA_DIR, readBytes, sha256Hex, toJsonText } from "./files.ts";

export const DRAFT_MARKER = "DRAFT: describe what changed";

/** The data folder: $DATA_DIR when set (relative to the current folder), else public/data. */
export function dataDir(): string {
  return process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : DATA_DIR;
}

/** A path given on the command line, relative to where the person ran npm (npm itself runs in the repo root). */
export function userPath(p: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), p);
}

export const isDraft = (entry: Pick<ReleaseEntry, "files">) => entry.files.length === 0;
export const hasDraftMarker = (entry: Pick<ReleaseEntry, "changelog">) =>
  entry.changelog.some((line) => englishOf(line).startsWith("DRAFT:"));

/** The manifest as written on disk (drafts still without files). Throws a plain Error on a bad manifest. */
export function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  if (!existsSync(file)) throw new Error(`${file}: no manifest here (is DATA_DIR right?)`);
  const result = Manifest.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`manifest.json: ${result.error.issues[0]!.message}`);
  return result.data;
}

/** Writes the manifest through a temporary file, so an interrupted write never leaves half a manifest. */
export function writeManifest(dir: string, manifest: Manifest): void {
  writeFileAtomic(path.join(dir, "manifest.json"), toJsonText(manifest));
}

export function writeFileAtomic(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } finally {
    // Gone after a successful rename; after a failed write it must not stay behind.
    rmSync(tmp, { force: true });
  }
}

/** Size and SHA-256 of every file of a release folder, as the manifest lists them. */
export function hashReleaseFiles(dir: string, id: string): ManifestFile[] {
  return RELEASE_FILE_NAMES.map((name) => {
    const rel = `releases/${id}/${name}`;
    const abs = path.join(dir, rel);
    if (!existsSync(abs)) throw new DataError("network", rel, "", "file not found");
    const bytes = readBytes(abs);
    return { path: rel, bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
  });
}

/** The manifest with every draft's files hashed as they are now, so the loader can check a draft too. */
export function manifestWithDrafts(dir: string, manifest = readManifest(dir)): Manifest {
  return {
    ...manifest,
    releases: manifest.releases.map((r) => (isDraft(r) ? { ...r, files: hashReleaseFiles(dir, r.id) } : r)),
  };
}

/** Reads files under the data folder; "manifest.json" can be replaced by a given manifest. */
export function localReader(dir: string, manifest?: Manifest): ReadBytes {
  return async (rel) => {
    if (rel === "manifest.json" && manifest) return new TextEncoder().encode(toJsonText(manifest));
    const abs = path.join(dir, rel);
    if (!existsSync(abs)) throw new DataError("network", rel, "", "file not found");
    return readBytes(abs);
  };
}

/** Loads one release (a draft too) exactly as the app would, checks included. */
export async function loadLocalRelease(dir: string, id: string): Promise<ReleaseData> {
  const read = localReader(dir, manifestWithDrafts(dir));
  const manifest = await loadManifest(read);
  const entry = manifest.releases.find((r) => r.id === id);
  if (!entry) {
    throw new Error(`there is no release "${id}" (available: ${manifest.releases.map((r) => r.id).join(", ")})`);
  }
  return loadReleaseFiles(entry, read);
}

export function readPolicy(dir: string): Policy {
  const file = path.join(dir, "policy.json");
  if (!existsSync(file)) throw new Error(`policy.json: missing from ${dir}`);
  const result = Policy.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!result.success) throw new Error(`policy.json: ${result.error.issues[0]!.message}`);
  return result.data;
}

/** The release listed after `id` in the manifest (the one before it in time), if any. */
export function previousReleaseId(manifest: Manifest, id: string): string | undefined {
  const i = manifest.releases.findIndex((r) => r.id === id);
  return i >= 0 ? manifest.releases[i + 1]?.id : undefined;
}
