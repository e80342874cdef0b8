/**
 * Everything an import checks before it writes anything: the CSV files, each cell, the schema, the
 * references between files and the safety policy. Returns the release files to write, or problems.
 */
import path from "node:path";
import { DataError } from "../../src/data/errors.ts";
import { smallTownCounts, type Policy } from "../../src/data/privacy.ts";
import { referenceProblems } from "../../src/data/references.ts";
import { safetyProblems } from "../../src/data/safety.ts";
import type { ReleaseData, ReleaseEntry, ReleaseFileName } from "../../src/data/schema.ts";
import {
  csvToRecords,
  locate,
  schemaProblems,
  splitJsonPath,
  type ImportProblem,
  type ParsedTables,
} from "./csv-import.ts";
import { RELEASE_CSV, releaseFromCsv } from "./release-csv.ts";

export interface ValidatedImport {
  files: Record<ReleaseFileName, unknown>;
  /** Title, period, as-of date and changelog from release.csv, when the folder has one. */
  entryText?: Pick<ReleaseEntry, "title" | "period" | "asOf" | "changelog">;
}

const key = (p: ImportProblem) => `${p.csv}|${p.row ?? ""}|${p.column ?? ""}`;

/** A reference or safety problem of the release files, placed at the CSV cell it came from. */
function fromDataError(parsed: ParsedTables, e: DataError): ImportProblem {
  const file = path.basename(e.file) as ReleaseFileName;
  const at = locate(parsed, file, splitJsonPath(e.path));
  const message = e.detail.replace(/\(not in (\w+)\.json\)/, "(not in $1.csv)");
  return { csv: at.csv, row: at.row, column: at.column, message };
}

function asRelease(entry: ReleaseEntry, files: Record<ReleaseFileName, unknown>): ReleaseData {
  // A file that is missing or unreadable counts as empty here; its own problem is reported already.
  const get = <T>(file: ReleaseFileName, k: string) => (files[file] as Record<string, T[]> | undefined)?.[k] ?? [];
  return {
    entry,
    sources: get("sources.json", "sources"),
    places: get("places.json", "places"),
    people: get("people.json", "people"),
    pardons: get("pardons.json", "pardons"),
    detentions: get("detentions.json", "detentions"),
    series: get("series.json", "series"),
    deaths: get("deaths.json", "deaths"),
    incommunicado: get("incommunicado.json", "incommunicado"),
    events: get("events.json", "events"),
  };
}

export function validateCsvImport(
  texts: ReadonlyMap<string, string>,
  /** The draft's manifest entry (release.csv may change its title, period, as-of date and changelog). */
  entry: ReleaseEntry,
  policy: Policy,
): { ok: true; result: ValidatedImport } | { ok: false; problems: ImportProblem[] } {
  const parsed = csvToRecords(texts);
  const problems = [...parsed.problems];
  /** Adds problems of a later check, leaving out cells an earlier check already complained about. */
  const addNew = (found: ImportProblem[]) => {
    const seen = new Set(problems.map(key));
    problems.push(...found.filter((p) => !seen.has(key(p))));
  };
  addNew(schemaProblems(parsed));

  let entryText: ValidatedImport["entryText"];
  const releaseText = texts.get(RELEASE_CSV);
  if (releaseText !== undefined) {
    const meta = releaseFromCsv(releaseText);
    problems.push(...meta.problems);
    entryText = meta.entry;
  }

  // Ids that point nowhere are found in whatever could be read, so they come in the same run as the
  // cell and schema problems: a person fixes every file once instead of one id per import.
  const release = asRelease({ ...entry, ...entryText }, parsed.files);
  addNew(referenceProblems(release).map((e) => fromDataError(parsed, e)));
  if (problems.length > 0) return { ok: false, problems };

  // The safety rules and the small-count policy read whole, schema-valid records: checked once the rest is right.
  problems.push(...safetyProblems(release).map((e) => fromDataError(parsed, e)));
  for (const f of smallTownCounts(release.detentions, release.places, policy)) {
    const at = locate(parsed, "detentions.json", ["detentions", f.index]);
    problems.push({ csv: at.csv, row: at.row, column: "display", message: f.message });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, result: { files: parsed.files, entryText } };
}
