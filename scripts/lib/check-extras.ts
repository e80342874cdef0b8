/**
 * The checks of a data folder, shared by data:check, data:publish and data:manifest so that nothing
 * is fingerprinted that data:check would refuse: every release loaded exactly as the app loads it,
 * files the manifest does not know, unfinished drafts, the safety policy, the published JSON Schema,
 * each published release's datapackage.json (generated from the manifest: it must be what the generator
 * writes), a built site's bundle.json if the folder has one (it must hold the release's files as they are),
 * and a one-line summary of what each release changed since the one before it.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { crossCheck } from "./crosscheck.ts";
import { diffReleases, summarizeDiff } from "../../src/data/diff.ts";
import { smallTownCounts, type Policy } from "../../src/data/privacy.ts";
import {
  BUNDLE_FILE,
  loadManifest,
  loadReleaseFiles,
  parseBundle,
  readFileBytes,
  type ReadBytes,
} from "../../src/data/loader.ts";
import { RELEASE_FILE_NAMES, type Manifest, type ReleaseData, type ReleaseEntry } from "../../src/data/schema.ts";
import { DATAPACKAGE_FILE, dataPackageProblem } from "./datapackage.ts";
import { summaryLine } from "./diff-text.ts";
import { DATA_DIR } from "./files.ts";
import { jsonSchemaFiles } from "./json-schema.ts";
import { hasDraftMarker, isDraft, localReader, manifestWithDrafts, readManifest, readPolicy } from "./local-data.ts";
import { LANG_NAMES, missingSummary, missingTranslations, TRANSLATION_LANGS } from "./translations.ts";

export interface Finding {
  level: "error" | "warning";
  text: string;
}

/** Reads the data folder, serving manifest.json with drafts' files hashed so drafts are checked whole. */
export function draftAwareReader(dir: string): { read: ReadBytes; drafts: Set<string> } {
  try {
    const manifest = readManifest(dir);
    const drafts = new Set(manifest.releases.filter(isDraft).map((r) => r.id));
    const folderComplete = (id: string) => existsSync(path.join(dir, "releases", id));
    if ([...drafts].every(folderComplete)) return { read: localReader(dir, manifestWithDrafts(dir, manifest)), drafts };
    return { read: localReader(dir), drafts };
  } catch {
    // A manifest the scripts cannot read: let the loader report it with its own precise error.
    return { read: localReader(dir), drafts: new Set() };
  }
}

/** The error for an unfinished draft: data:check fails until the release is published. */
export function draftError(entry: ReleaseEntry): string {
  const marker = hasDraftMarker(entry) ? ` and its changelog still says "${entry.changelog[0]}"` : "";
  return `release ${entry.id} is a draft: not published yet${marker}. When it is complete, run npm run data:publish -- ${entry.id}`;
}

/**
 * Safety-policy findings of a loaded release. The policy binds what readers see: the newest
 * release (the dashboard's default), drafts and releases being published are errors.
 * Older published releases never change, so their findings are warnings: the newest corrects them.
 */
export function releaseFindings(release: ReleaseData, binds: boolean, policy: Policy | Error): Finding[] {
  const { entry } = release;
  const findings: Finding[] = [];
  if (policy instanceof Error) return [{ level: "error", text: policy.message }];
  const older = " [an older release, which never changes; the newest release corrects it]";
  for (const f of smallTownCounts(release.detentions, release.places, policy)) {
    const where = `releases/${entry.id}/detentions.json: detentions[${f.index}] (${f.id})`;
    findings.push({ level: binds ? "error" : "warning", text: `${where}: ${f.message}${binds ? "" : older}` });
  }
  for (const s of sourcesAfterAsOf(release)) {
    findings.push({
      level: binds ? "error" : "warning",
      text: `releases/${entry.id}/sources.json: source ${s.id} is dated ${s.date}, after the release's as-of date ${entry.asOf}: a release may only cite what was published by its as-of date${binds ? "" : older}`,
    });
  }
  return findings;
}

export interface CheckReport {
  errors: string[];
  warnings: string[];
  /** "ok: release …" lines and the summaries of what each release changed. */
  lines: string[];
  /** One error per draft: not published yet (data:check fails on these; data:publish is how they end). */
  unfinished: string[];
}

export interface CheckOptions {
  /** The manifest to check in place of the one on disk: data:publish and data:manifest pass the manifest
   * they are about to write, with the new release's files hashed. */
  manifest?: Manifest;
  /** Releases about to be published: the safety policy binds them wherever they stand. */
  publishing?: readonly string[];
}

/**
 * What is wrong with a release's bundle.json, if the folder has one (the data folder of a built site, which
 * build/releaseBundlePlugin.ts wrote; public/data has none): it must hold each file of the release byte for byte.
 */
async function bundleProblem(dir: string, entry: ReleaseEntry, read: ReadBytes): Promise<string | null> {
  const file = path.join(dir, "releases", entry.id, BUNDLE_FILE);
  if (!existsSync(file)) return null;
  const where = `releases/${entry.id}/${BUNDLE_FILE}`;
  const fix = "delete it or build the site again";
  try {
    const files = parseBundle(entry, new Uint8Array(readFileSync(file)));
    if (!files) return `${where}: not a release bundle (the build's one-download copy of the release); ${fix}`;
    for (const name of RELEASE_FILE_NAMES) {
      if (!Buffer.from(readFileBytes(files.get(name)!)).equals(await read(`releases/${entry.id}/${name}`))) {
        return `${where}: its copy of ${name} differs from the file; ${fix}`;
      }
    }
  } catch (e) {
    return `${e instanceof Error ? e.message : String(e)}; ${fix}`;
  }
  return null;
}

/**
 * Checks a data folder as data:check reports it. Drafts (manifest entries without files) are checked
 * whole with their files hashed as they are now, and each is an error until published.
 */
export async function checkData(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const report: CheckReport = { errors: [], warnings: [], lines: [], unfinished: [] };
  const error = (msg: string) => report.errors.push(msg);
  let read: ReadBytes;
  let drafts = new Set<string>();
  if (options.manifest) {
    drafts = new Set(options.manifest.releases.filter(isDraft).map((r) => r.id));
    read = localReader(dir, manifestWithDrafts(dir, options.manifest));
  } else {
    ({ read, drafts } = draftAwareReader(dir));
  }
  let policy: Policy | Error;
  try {
    policy = readPolicy(dir);
  } catch (e) {
    policy = e instanceof Error ? e : new Error(String(e));
  }
  const loaded: ReleaseData[] = [];
  try {
    const manifest = await loadManifest(read);
    // What readers see by default: the newest release (the manifest lists it first). While a newer draft is
    // being prepared it is the one that must pass, and fails data:check anyway until it is published.
    const newest = manifest.releases[0]?.id;
    for (const entry of manifest.releases) {
      if (drafts.has(entry.id)) report.unfinished.push(draftError(entry));
      try {
        const release = await loadReleaseFiles(entry, read);
        const extra = readdirSync(path.join(dir, "releases", entry.id)).filter(
          (f) => !(RELEASE_FILE_NAMES as string[]).includes(f) && f !== DATAPACKAGE_FILE && f !== BUNDLE_FILE,
        );
        const bundle = await bundleProblem(dir, entry, read);
        if (bundle) error(bundle);
        for (const f of extra)
          error(`releases/${entry.id}/${f}: file is not part of the release schema and not in the manifest`);
        // Drafts and releases being published get theirs when data:publish (or data:manifest) writes the hashes.
        if (!drafts.has(entry.id) && !options.publishing?.includes(entry.id)) {
          const problem = dataPackageProblem(dir, entry, release.sources);
          if (problem) error(problem);
        }
        const binds = drafts.has(entry.id) || entry.id === newest || !!options.publishing?.includes(entry.id);
        for (const f of releaseFindings(release, binds, policy)) {
          (f.level === "error" ? report.errors : report.warnings).push(f.text);
        }
        loaded.push(release);
        for (const w of crossCheck(release)) report.warnings.push(`${w.file}: ${w.path}: ${w.message}`);
        // What readers of each language see in English: listed for the release readers open, counted for others.
        if (binds) report.warnings.push(...missingWarnings(release));
        else report.lines.push(...missingSummary(release));
        const counts = RELEASE_FILE_NAMES.map((n) => n.replace(".json", "")).map(
          (k) => `${(release[k as keyof typeof release] as unknown[]).length} ${k}`,
        );
        report.lines.push(`ok: release ${entry.id}: ${counts.join(", ")}`);
      } catch (e) {
        error(e instanceof Error ? e.message : String(e));
      }
    }
    report.lines.push(...diffSummaries(loaded));
    const releaseDirs = existsSync(path.join(dir, "releases")) ? readdirSync(path.join(dir, "releases")) : [];
    for (const d of releaseDirs) {
      if (!manifest.releases.some((r) => r.id === d)) error(`releases/${d}: folder is not listed in manifest.json`);
    }
  } catch (e) {
    error(e instanceof Error ? e.message : String(e));
  }
  // The published JSON Schema lives with the project's own data only (a DATA_DIR copy has its own).
  if (path.resolve(dir) === DATA_DIR) {
    for (const [file, text] of Object.entries(jsonSchemaFiles())) {
      const abs = path.join(DATA_DIR, "schema", file);
      if (!existsSync(abs) || readFileSync(abs, "utf8") !== text) {
        error(
          `schema/${file}: the published JSON Schema is out of date with src/data/schema.ts; run npm run data:schema`,
        );
      }
    }
  }
  return report;
}

/** Sources a release cites (or lists) whose publication date is after the release's as-of date. */
export function sourcesAfterAsOf(release: Pick<ReleaseData, "entry" | "sources">): { id: string; date: string }[] {
  return release.sources.flatMap((s) =>
    s.date && s.date.slice(0, 10) > release.entry.asOf ? [{ id: s.id, date: s.date }] : [],
  );
}

/** "changes from A to B: …" for each release (newest first) against the one listed after it. */
export function diffSummaries(releases: readonly ReleaseData[]): string[] {
  return releases.slice(0, -1).map((newer, i) => {
    const diff = diffReleases(releases[i + 1]!, newer);
    return summaryLine(diff, summarizeDiff(diff));
  });
}

/** One warning per language a release lacks texts in, naming the first few (the newest release should have none). */
export function missingWarnings(release: ReleaseData): string[] {
  const missing = missingTranslations(release);
  return TRANSLATION_LANGS.flatMap((lang) => {
    const texts = missing.filter((m) => m.lang === lang);
    if (texts.length === 0) return [];
    const shown = texts.slice(0, 10).map((m) => `${m.where} ("${m.en.length > 60 ? `${m.en.slice(0, 57)}…` : m.en}")`);
    const more = texts.length > shown.length ? `; and ${texts.length - shown.length} more` : "";
    return [
      `releases/${release.entry.id}: ${texts.length} text(s) have no ${LANG_NAMES[lang]} version, so ${LANG_NAMES[lang]} readers see them in English: ${shown.join("; ")}${more}. Add them to data/research/translations/ and rebuild (docs/maintaining-data.md)`,
    ];
  });
}
