/**
 * `npm run data:import-csv -- <release-id> <folder>`: reads the CSV files of <folder> (as written
 * by data:export-csv and edited in a spreadsheet) into a draft release. Everything is validated
 * first — CSV, cells, schema, references, safety policy — and nothing is written when any row fails;
 * each problem names the file, row and column. The files are then written all or none.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { diffReleases, summarizeDiff } from "../src/data/diff.ts";
import { parseArgs } from "./lib/args.ts";
import { describeProblem, type ImportProblem } from "./lib/csv-import.ts";
import { decodeUtf8 } from "./lib/csv.ts";
import { CSV_FILES } from "./lib/csv-tables.ts";
import { validateCsvImport } from "./lib/csv-validate.ts";
import { writeImport } from "./lib/import-write.ts";
import {
  dataDir,
  isDraft,
  loadLocalRelease,
  previousReleaseId,
  readManifest,
  readPolicy,
  userPath,
} from "./lib/local-data.ts";
import { RELEASE_CSV } from "./lib/release-csv.ts";
import { summaryLine } from "./lib/diff-text.ts";

const MAX_SHOWN = 100;

try {
  const { positional } = parseArgs(process.argv.slice(2), []);
  const [id, folder] = positional;
  if (!id || !folder) throw new Error("usage: npm run data:import-csv -- <release-id> <folder>");
  const dir = dataDir();
  const from = userPath(folder);
  const manifest = readManifest(dir);
  const entry = manifest.releases.find((r) => r.id === id);
  if (!entry) throw new Error(`there is no release "${id}"; start one with npm run data:new-release -- ${id}`);
  if (!isDraft(entry)) {
    throw new Error(
      `release ${id} is published and its files never change; start a new release (npm run data:new-release -- <new-id>) and import into that`,
    );
  }
  if (!existsSync(from)) throw new Error(`there is no folder ${from}`);

  const texts = new Map<string, string>();
  const unreadable: ImportProblem[] = [];
  for (const file of [...CSV_FILES, RELEASE_CSV]) {
    if (!existsSync(path.join(from, file))) continue;
    const text = decodeUtf8(new Uint8Array(readFileSync(path.join(from, file))));
    if (text === null) {
      unreadable.push({
        csv: file,
        message:
          'the file is not saved as UTF-8 text: in your spreadsheet use "Save as" CSV with the character set UTF-8',
      });
    } else texts.set(file, text);
  }
  const validated = validateCsvImport(texts, entry, readPolicy(dir));
  const checked = unreadable.length
    ? {
        ok: false as const,
        problems: [
          ...unreadable,
          ...(validated.ok ? [] : validated.problems).filter((p) => !unreadable.some((u) => u.csv === p.csv)),
        ],
      }
    : validated;
  if (!checked.ok) {
    for (const p of checked.problems.slice(0, MAX_SHOWN)) console.error(`error: ${describeProblem(p)}`);
    if (checked.problems.length > MAX_SHOWN) console.error(`… and ${checked.problems.length - MAX_SHOWN} more`);
    console.error(`Nothing was written: fix the ${checked.problems.length} problem(s) above and import again.`);
    process.exit(1);
  }

  const { files, entryText } = checked.result;
  if (entryText) Object.assign(entry, entryText);
  // Every release file and the manifest, or none of them.
  writeImport(dir, id, files, entryText ? manifest : undefined);
  console.log(`Imported ${from} into draft release ${id}.`);
  const previous = previousReleaseId(manifest, id);
  if (previous) {
    const diff = diffReleases(await loadLocalRelease(dir, previous), await loadLocalRelease(dir, id));
    console.log(summaryLine(diff, summarizeDiff(diff)));
  }
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
