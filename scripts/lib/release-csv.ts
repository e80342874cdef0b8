/**
 * release.csv: the manifest entry of a release in spreadsheet form, two columns `field,value`:
 * title_en, title_be, title_ru, period_start, period_end, as_of, and one `changelog` row per line (in English),
 * each optionally followed by its `changelog_be` and `changelog_ru` rows.
 * The id, the publication date and the file hashes are not in it: the scripts own those.
 */
import * as z from "zod/mini";
import { ReleaseEntry } from "../../src/data/schema.ts";
import { formatCsv, readTable } from "./csv.ts";
import type { ImportProblem } from "./csv-import.ts";

export const RELEASE_CSV = "release.csv";

type EntryText = Pick<ReleaseEntry, "title" | "period" | "asOf" | "changelog">;

export function releaseToCsv(entry: ReleaseEntry): string {
  return formatCsv([
    ["field", "value"],
    ["title_en", entry.title.en],
    ["title_be", entry.title.be ?? ""],
    ["title_ru", entry.title.ru ?? ""],
    ["period_start", entry.period.start],
    ["period_end", entry.period.end],
    ["as_of", entry.asOf],
    ...entry.changelog.flatMap((line) =>
      typeof line === "string"
        ? [["changelog", line]]
        : [
            ["changelog", line.en],
            ...(["be", "ru"] as const).flatMap((l) => (line[l] ? [[`changelog_${l}`, line[l]]] : [])),
          ],
    ),
  ]);
}

const FIELDS = ["title_en", "title_be", "title_ru", "period_start", "period_end", "as_of", "changelog"];
const CHANGELOG_LANGS = ["changelog_be", "changelog_ru"];
const EntryTextSchema = z.pick(ReleaseEntry, { title: true, period: true, asOf: true, changelog: true });

/** Reads release.csv into the entry's title, period, as-of date and changelog, or problems. */
export function releaseFromCsv(text: string): { entry?: EntryText; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const table = readTable(text);
  for (const e of table.errors) problems.push({ csv: RELEASE_CSV, message: e.message });
  const values = new Map<string, string>();
  const changelog: ReleaseEntry["changelog"] = [];
  const rowOf = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    const field = (cells.get("field") ?? "").trim();
    const value = cells.get("value") ?? "";
    if (CHANGELOG_LANGS.includes(field)) {
      // A translation of the changelog line just above it.
      const last = changelog.length - 1;
      const line = changelog[last];
      const lang = field.slice("changelog_".length) as "be" | "ru";
      if (line === undefined) {
        problems.push({ csv: RELEASE_CSV, row, column: "field", message: `${field} must follow a changelog row` });
      } else if (value.trim()) {
        changelog[last] = { ...(typeof line === "string" ? { en: line } : line), [lang]: value.trim() };
      }
    } else if (!FIELDS.includes(field)) {
      problems.push({
        csv: RELEASE_CSV,
        row,
        column: "field",
        message: `"${field}" is not one of ${[...FIELDS, ...CHANGELOG_LANGS].join(", ")}`,
      });
    } else if (field === "changelog") {
      if (value.trim()) changelog.push(value.trim());
      rowOf.set(`changelog[${changelog.length - 1}]`, row);
    } else {
      values.set(field, value.trim());
      rowOf.set(field, row);
    }
  }
  const optional = (v: string | undefined) => (v ? v : undefined);
  const candidate = {
    title: {
      en: values.get("title_en") ?? "",
      be: optional(values.get("title_be")),
      ru: optional(values.get("title_ru")),
    },
    period: { start: values.get("period_start") ?? "", end: values.get("period_end") ?? "" },
    asOf: values.get("as_of") ?? "",
    changelog,
  };
  if (!candidate.title.be) delete candidate.title.be;
  if (!candidate.title.ru) delete candidate.title.ru;
  const result = EntryTextSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [head, sub] = issue.path.map(String);
      const field =
        head === "title"
          ? `title_${sub}`
          : head === "period"
            ? `period_${sub}`
            : head === "asOf"
              ? "as_of"
              : "changelog";
      const given = values.get(field);
      const message =
        field === "changelog"
          ? "write at least one changelog line (a row with field changelog)"
          : given
            ? `${field}: "${given}": ${issue.message}`
            : `${field} is empty; fill it in`;
      problems.push({ csv: RELEASE_CSV, row: rowOf.get(field), column: "value", message });
    }
  }
  return problems.length ? { problems } : { entry: result.data, problems };
}
