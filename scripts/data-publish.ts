/**
 * `npm run data:publish -- <release-id> [--date YYYY-MM-DD]`: publishes a draft. It validates the
 * release exactly as the app loads it (plus the safety policy), removes the "DRAFT:" changelog line,
 * sets the publication date (today unless --date) and writes every file's size and SHA-256 into the
 * manifest. From then on the release is immutable: this script refuses to touch a published release
 * whose files have changed — a correction is a new release with a changelog line.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { crossCheck } from "../src/data/crosscheck.ts";
import { diffReleases, summarizeDiff } from "../src/data/diff.ts";
import { loadManifest, loadReleaseFiles } from "../src/data/loader.ts";
import { smallTownCounts } from "../src/data/privacy.ts";
import { IsoDay, RELEASE_FILE_NAMES, type Manifest } from "../src/data/schema.ts";
import { parseArgs } from "./lib/args.ts";
import { summaryLine } from "./lib/diff-text.ts";
import {
  dataDir,
  hashReleaseFiles,
  isDraft,
  loadLocalRelease,
  localReader,
  manifestWithDrafts,
  previousReleaseId,
  readManifest,
  readPolicy,
  writeManifest,
} from "./lib/local-data.ts";

function fail(messages: string[]): never {
  for (const m of messages) console.error(`error: ${m}`);
  console.error("Nothing was published.");
  process.exit(1);
}

try {
  const { positional, options } = parseArgs(process.argv.slice(2), ["date"]);
  const id = positional[0];
  if (!id) throw new Error("usage: npm run data:publish -- <release-id> [--date YYYY-MM-DD]");
  const published = options.date ?? new Date().toISOString().slice(0, 10);
  if (!IsoDay.safeParse(published).success) throw new Error(`--date ${published}: expected YYYY-MM-DD`);
  const dir = dataDir();
  const manifest = readManifest(dir);
  const entry = manifest.releases.find((r) => r.id === id);
  if (!entry) throw new Error(`there is no release "${id}"`);

  const now = hashReleaseFiles(dir, id);
  if (!isDraft(entry)) {
    const changed = entry.files.filter((f) => now.find((n) => n.path === f.path)?.sha256 !== f.sha256);
    if (changed.length === 0) {
      console.log(`Release ${id} is already published and its files are unchanged: nothing to do.`);
      process.exit(0);
    }
    fail(
      changed.map(
        (f) =>
          `${f.path} belongs to published release ${id} and has changed. Published releases never change: put the file back as it was (git checkout -- public/data/${f.path}) and make the correction in a new release (npm run data:new-release -- <new-id>) with a changelog line saying what was corrected.`,
      ),
    );
  }

  const problems: string[] = [];
  const changelog = entry.changelog.filter((line) => !line.startsWith("DRAFT:"));
  if (changelog.length === 0) {
    problems.push(
      `release ${id}: the changelog only says "${entry.changelog[0]}". Write what changed (rows with field changelog in release.csv, then import again).`,
    );
  }
  const extra = readdirSync(path.join(dir, "releases", id)).filter(
    (f) => !(RELEASE_FILE_NAMES as string[]).includes(f),
  );
  for (const f of extra) problems.push(`releases/${id}/${f}: this file is not part of a release; remove it`);

  const candidate = { ...entry, changelog: changelog.length ? changelog : entry.changelog, published, files: now };
  const next: Manifest = { ...manifest, releases: manifest.releases.map((r) => (r.id === id ? candidate : r)) };
  const read = localReader(dir, manifestWithDrafts(dir, next));
  try {
    await loadManifest(read);
    const release = await loadReleaseFiles(candidate, read);
    for (const f of smallTownCounts(release.detentions, release.places, readPolicy(dir))) {
      problems.push(`releases/${id}/detentions.json: detentions[${f.index}] (${f.id}): ${f.message}`);
    }
    for (const w of crossCheck(release)) console.warn(`warning: ${w.file}: ${w.path}: ${w.message}`);
  } catch (e) {
    problems.push(e instanceof Error ? e.message : String(e));
  }
  if (problems.length > 0) fail(problems);

  writeManifest(dir, next);
  console.log(`Published release ${id} (${published}): ${now.length} files hashed into manifest.json.`);
  const previous = previousReleaseId(next, id);
  if (previous) {
    const diff = diffReleases(await loadLocalRelease(dir, previous), await loadLocalRelease(dir, id));
    console.log(summaryLine(diff, summarizeDiff(diff)));
  }
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
