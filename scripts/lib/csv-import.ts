/**
 * CSV files → release records, validated in the order a person can act on: the CSV itself, each
 * cell, the schema (the same zod schema the app uses), then references between files. Every problem
 * names the CSV file, the spreadsheet row (the header is row 1) and the column.
 */
import type * as z from "zod/mini";
import { RELEASE_FILES, type ReleaseFileName } from "../../src/data/schema.ts";
import { columnsOf, groupsFromHeader, type GroupCounts, type GroupNode } from "./csv-layout.ts";
import { textHint } from "./csv-cells.ts";
import { unflatten, type RowReader } from "./csv-unflatten.ts";
import { readTable } from "./csv.ts";
import { TABLES } from "./csv-tables.ts";

export interface ImportProblem {
  csv: string;
  row?: number;
  column?: string;
  message: string;
}

export function describeProblem(p: ImportProblem): string {
  const at = [p.row ? `row ${p.row}` : "", p.column ? `column ${p.column}` : ""].filter(Boolean).join(", ");
  return `${p.csv}${at ? ` ${at}` : ""}: ${p.message}`;
}

interface RowLocation {
  csv: string;
  row: number;
  cells: ReadonlyMap<string, string>;
  where: Map<string, string>;
  children: RowLocation[];
}

export interface ParsedTables {
  files: Record<ReleaseFileName, unknown>;
  locations: Partial<Record<ReleaseFileName, RowLocation[]>>;
  problems: ImportProblem[];
}

interface ReadRow {
  record: Record<string, unknown>;
  loc: RowLocation;
}

function readRows(csv: string, text: string, node: GroupNode, problems: ImportProblem[], lead?: string): ReadRow[] {
  const table = readTable(text);
  for (const e of table.errors) problems.push({ csv, message: e.message });
  const header = new Set(table.header);
  const counts: GroupCounts = new Map();
  groupsFromHeader(node, "", header, counts);
  const known = new Set([...columnsOf(node, "", counts), ...(lead ? [lead] : [])]);
  const seen = new Set<string>();
  for (const name of table.header) {
    if (seen.has(name)) problems.push({ csv, column: name, message: "this column appears twice in the header" });
    seen.add(name);
    if (!known.has(name)) {
      problems.push({
        csv,
        column: name,
        message: `"${name}" is not a known column (check the spelling; see docs/maintaining-data.md for column names)`,
      });
    }
  }
  return table.rows.map(({ row, cells }) => {
    const stray = cells.get("") ?? "";
    if (stray) {
      problems.push({ csv, row, message: `"${stray}" is in a column without a name; move it into a named column` });
    }
    const reader: RowReader = { cells, counts, problems: [], where: new Map<string, string>() };
    const record = unflatten(node, "", "", reader) as Record<string, unknown>;
    for (const p of reader.problems) problems.push({ csv, row, ...p });
    return { record, loc: { csv, row, cells, where: reader.where, children: [] } };
  });
}

/** Reads every CSV of a release into records (not yet validated against the schema). */
export function csvToRecords(texts: ReadonlyMap<string, string>): ParsedTables {
  const problems: ImportProblem[] = [];
  const files = {} as Record<ReleaseFileName, unknown>;
  const locations: ParsedTables["locations"] = {};
  for (const t of TABLES) {
    const text = texts.get(t.csv);
    if (text === undefined) {
      problems.push({ csv: t.csv, message: "the file is missing (export the release again to get every file)" });
      continue;
    }
    const rows = readRows(t.csv, text, t.node, problems);
    const child = t.child;
    if (child) {
      const childText = texts.get(child.csv);
      if (childText === undefined) problems.push({ csv: child.csv, message: "the file is missing" });
      const byParent = new Map(rows.map((r) => [String(r.record.id), r]));
      rows.forEach((r) => (r.record[child.field] = []));
      for (const c of childText === undefined
        ? []
        : readRows(child.csv, childText, child.node, problems, child.parentColumn)) {
        const parentId = (c.loc.cells.get(child.parentColumn) ?? "").trim();
        const parent = byParent.get(parentId);
        if (!parent) {
          const message = parentId
            ? `there is no ${t.key} "${parentId}" in ${t.csv}`
            : "this cell is empty; fill it in";
          problems.push({ csv: child.csv, row: c.loc.row, column: child.parentColumn, message });
          continue;
        }
        (parent.record[child.field] as unknown[]).push(c.record);
        parent.loc.children.push(c.loc);
      }
    }
    files[t.file] = { [t.key]: rows.map((r) => r.record) };
    locations[t.file] = rows.map((r) => r.loc);
  }
  return { files, locations, problems };
}

/** "detentions[13].count[0].value" → ["detentions", 13, "count", 0, "value"] */
export function splitJsonPath(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : m[1]!));
}

const joinPath = (parts: readonly PropertyKey[]) =>
  parts.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`)).join("");

/** The CSV cell a JSON path of a release file came from. */
export function locate(
  parsed: ParsedTables,
  file: ReleaseFileName,
  path: readonly PropertyKey[],
): { csv: string; row?: number; column?: string; cell?: string } {
  const table = TABLES.find((t) => t.file === file)!;
  let loc = typeof path[1] === "number" ? parsed.locations[file]?.[path[1]] : undefined;
  if (!loc) return { csv: table.csv };
  let rest = path.slice(2);
  if (table.child && rest[0] === table.child.field && typeof rest[1] === "number" && loc.children[rest[1]]) {
    loc = loc.children[rest[1]]!;
    rest = rest.slice(2);
  }
  for (let k = rest.length; k >= 1; k--) {
    const column = loc.where.get(joinPath(rest.slice(0, k)));
    if (column) return { csv: loc.csv, row: loc.row, column, cell: loc.cells.get(column) ?? "" };
  }
  return { csv: loc.csv, row: loc.row };
}

function plainMessage(issue: z.core.$ZodIssue, cell: string | undefined): string {
  const shown = cell?.trim() ? `"${cell}"` : "";
  if (issue.code === "invalid_type" && !shown) return "this cell is empty; fill it in";
  if (issue.code === "invalid_value") {
    const allowed = issue.values.map(String).join(", ");
    return shown ? `${shown} is not allowed here; write one of: ${allowed}` : `fill in one of: ${allowed}`;
  }
  if (issue.code === "invalid_format") return `${shown || "the cell"}: ${issue.message}${textHint(cell ?? "")}`;
  if (issue.code === "too_small" && issue.origin === "array") return `${issue.message} (separate several with ;)`;
  if (issue.code === "custom") return issue.message;
  return shown ? `${shown}: ${issue.message}` : issue.message;
}

/** Validates the records against the release schema; every issue of every file, located. */
export function schemaProblems(parsed: ParsedTables): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const t of TABLES) {
    if (!parsed.files[t.file]) continue;
    const result = RELEASE_FILES[t.file].safeParse(parsed.files[t.file]);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      const at = locate(parsed, t.file, issue.path);
      problems.push({ csv: at.csv, row: at.row, column: at.column, message: plainMessage(issue, at.cell) });
    }
  }
  return problems.sort((a, b) => a.csv.localeCompare(b.csv) || (a.row ?? 0) - (b.row ?? 0));
}
