/**
 * `npm run data:manifest [-- <release-id> …]`: write the byte size and SHA-256 of every file of the
 * named draft releases (default: every draft, i.e. every release whose files are not yet listed) into
 * the manifest of the data folder (DATA_DIR, default public/data). data:publish does this too and also
 * removes the "DRAFT:" changelog line and sets the publication date; this script leaves both as they are.
 * Both also write each release's datapackage.json (scripts/lib/datapackage.ts), generated from the manifest;
 * run without release ids, this script also rewrites any published release's package that is missing or
 * out of date (data:check names them), which changes no file the manifest lists.
 *
 * Nothing is hashed that data:check would refuse: it runs the same checks first, on the folder as it
 * will be (scripts/lib/check-extras.ts). A release already listed with hashes is published and never
 * changes: this script refuses to write its hashes again, and nothing overrides that. A correction is
 * a new release (see docs/maintaining-data.md).
 */
import { checkData } from "./lib/check-extras.ts";
import { englishOf } from "../src/data/schema.ts";
import { writeDataPackages } from "./lib/datapackage.ts";
import { dataDir, hashReleaseFiles, hasDraftMarker, isDraft, readManifest, writeManifest } from "./lib/local-data.ts";

function fail(messages: string[]): never {
  for (const m of messages) console.error(`error: ${m}`);
  console.error("Nothing was written.");
  process.exit(1);
}

try {
  const dir = dataDir();
  const manifest = readManifest(dir);
  const requested = process.argv.slice(2);
  const problems: string[] = [];
  for (const id of requested) {
    const entry = manifest.releases.find((r) => r.id === id);
    if (!entry) problems.push(`there is no release "${id}"`);
    else if (!isDraft(entry)) {
      const now = hashReleaseFiles(dir, id);
      const changed = entry.files.filter((f) => now.find((n) => n.path === f.path)?.sha256 !== f.sha256);
      problems.push(
        ...(changed.length === 0
          ? [`release ${id} is already published and its files are unchanged: its hashes stay as they are`]
          : changed.map(
              (f) =>
                `${f.path} belongs to published release ${id} and has changed. Published releases never change: put the file back as it was and make the correction in a new release (npm run data:new-release -- <new-id>).`,
            )),
      );
    }
  }
  if (problems.length > 0) fail(problems);

  const drafts = manifest.releases.filter((r) => isDraft(r) && (requested.length === 0 || requested.includes(r.id)));
  const packagesWritten = (ids: string[]) => {
    for (const id of ids) console.log(`${id}: datapackage.json written`);
  };
  if (drafts.length === 0) {
    const written = writeDataPackages(dir, manifest);
    if (written.length === 0) console.log("No draft release to hash: nothing to do.");
    packagesWritten(written);
    process.exit(0);
  }
  for (const d of drafts.filter(hasDraftMarker)) {
    problems.push(
      `release ${d.id}: its changelog still says "${d.changelog.map(englishOf).find((l) => l.startsWith("DRAFT:"))}". Say what changed, or publish it with npm run data:publish -- ${d.id}`,
    );
  }
  const ids = drafts.map((d) => d.id);
  const next = {
    ...manifest,
    releases: manifest.releases.map((r) => (ids.includes(r.id) ? { ...r, files: hashReleaseFiles(dir, r.id) } : r)),
  };
  const report = await checkData(dir, { manifest: next, publishing: ids });
  problems.push(...report.errors);
  if (problems.length > 0) fail(problems);

  writeManifest(dir, next);
  for (const id of ids) console.log(`${id}: ${next.releases.find((r) => r.id === id)!.files.length} files hashed`);
  packagesWritten(writeDataPackages(dir, next));
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
