/**
 * `npm run data:export-csv -- <release-id> <folder> [--overwrite]`: writes every record type of a
 * release as a CSV file into <folder> for editing in a spreadsheet, plus release.csv (title, period,
 * changelog). Column names are explained in docs/maintaining-data.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RELEASE_FILE_NAMES, type ReleaseFileName } from "../src/data/schema.ts";
import { parseArgs } from "./lib/args.ts";
import { CSV_FILES, releaseToCsv } from "./lib/csv-tables.ts";
import { dataDir, loadLocalRelease, userPath } from "./lib/local-data.ts";
import { RELEASE_CSV, releaseToCsv as entryToCsv } from "./lib/release-csv.ts";

const { positional, flags } = parseArgs(process.argv.slice(2), [], ["overwrite"]);
const [id, folder] = positional;
if (!id || !folder) {
  console.error("usage: npm run data:export-csv -- <release-id> <folder>");
  process.exit(1);
}
const dir = dataDir();
const out = userPath(folder);

try {
  // Validate first: a release that does not load is not worth a spreadsheet.
  const release = await loadLocalRelease(dir, id);
  const files = Object.fromEntries(
    RELEASE_FILE_NAMES.map((name) => [name, JSON.parse(readFileSync(path.join(dir, "releases", id, name), "utf8"))]),
  ) as Record<ReleaseFileName, unknown>;
  const texts = releaseToCsv(files);
  texts.set(RELEASE_CSV, entryToCsv(release.entry));
  const existing = [...texts.keys()].filter((f) => existsSync(path.join(out, f)));
  if (existing.length > 0 && !flags.has("overwrite")) {
    throw new Error(
      `${out} already holds ${existing.join(", ")}; choose an empty folder so edits are never overwritten (or add --overwrite)`,
    );
  }
  mkdirSync(out, { recursive: true });
  for (const [file, text] of texts) writeFileSync(path.join(out, file), text);
  console.log(`Exported release ${id} to ${out}: ${[...CSV_FILES, RELEASE_CSV].join(", ")}`);
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
