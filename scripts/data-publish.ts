/**
 * `npm run data:publish -- <release-id> [--date YYYY-MM-DD]`: publishes a draft. It runs every check
 * of data:check on the data folder as it would be once published (scripts/lib/check-extras.ts: the
 * release as the app loads it, the safety policy, stray files), removes the "DRAFT:" changelog line,
 * sets the publication date (today unless --date) and writes every file's size and SHA-256 into the
 * manifest, then writes the release's datapackage.json from that manifest entry (scripts/lib/datapackage.ts).
 * From then on the release is immutable: this script refuses to touch a published release
 * whose files have changed, and nothing overrides that — a correction is a new release with a changelog line.
 */
import { diffReleases, summarizeDiff } from "../src/data/diff.ts";
import { englishOf, IsoDay, type Manifest } from "../src/data/schema.ts";
import { parseArgs } from "./lib/args.ts";
import { checkData } from "./lib/check-extras.ts";
import { writeDataPackages } from "./lib/datapackage.ts";
import { summaryLine } from "./lib/diff-text.ts";
import {
  dataDir,
  hashReleaseFiles,
  isDraft,
  loadLocalRelease,
  previousReleaseId,
  readManifest,
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
  const changelog = entry.changelog.filter((line) => !englishOf(line).startsWith("DRAFT:"));
  if (changelog.length === 0) {
    problems.push(
      `release ${id}: the changelog only says "${englishOf(entry.changelog[0]!)}". Write what changed (rows with field changelog in release.csv, then import again).`,
    );
  }
  const candidate = { ...entry, changelog: changelog.length ? changelog : entry.changelog, published, files: now };
  const next: Manifest = { ...manifest, releases: manifest.releases.map((r) => (r.id === id ? candidate : r)) };
  // The checks of data:check, on the folder as it will be: another draft being unfinished does not stop this one.
  const report = await checkData(dir, { manifest: next, publishing: [id] });
  for (const w of report.warnings.filter((w) => w.startsWith(`releases/${id}/`))) console.warn(`warning: ${w}`);
  problems.push(...report.errors);
  if (problems.length > 0) fail(problems);

  writeManifest(dir, next);
  writeDataPackages(dir, next, [id]);
  console.log(
    `Published release ${id} (${published}): ${now.length} files hashed into manifest.json, described in releases/${id}/datapackage.json.`,
  );
  const previous = previousReleaseId(next, id);
  if (previous) {
    const diff = diffReleases(await loadLocalRelease(dir, previous), await loadLocalRelease(dir, id));
    console.log(summaryLine(diff, summarizeDiff(diff)));
  }
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
