/**
 * The spreadsheet form of a release: one CSV per record type (sources.csv, places.csv, people.csv,
 * pardons.csv, detentions.csv, series.csv, observations.csv, deaths.csv, incommunicado.csv,
 * events.csv). Series observations get their own file, one row per observation with a `series`
 * column, because a series has dozens of them.
 */
import { RELEASE_FILE_NAMES, RELEASE_FILES, type ReleaseFileName } from "../../src/data/schema.ts";
import { columnsOf, flatten, measureGroups, recordNode, type GroupCounts, type GroupNode } from "./csv-layout.ts";
import { formatCsv } from "./csv.ts";

export interface ChildTable {
  /** The record field whose items become rows of their own file. */
  field: string;
  csv: string;
  /** The column naming the parent record's id. */
  parentColumn: string;
  node: GroupNode;
}

export interface TableSpec {
  file: ReleaseFileName;
  /** The array key inside the JSON file ("detentions"). */
  key: string;
  csv: string;
  node: GroupNode;
  child?: ChildTable;
}

const CHILD_TABLES: Partial<Record<ReleaseFileName, { field: string; csv: string; parentColumn: string }>> = {
  "series.json": { field: "observations", csv: "observations.csv", parentColumn: "series" },
};

function spec(file: ReleaseFileName): TableSpec {
  const key = file.replace(".json", "");
  const fileNode = recordNode(RELEASE_FILES[file], file);
  const list = fileNode.fields.find((f) => f.key === key)?.node;
  if (!list || list.kind !== "repeated") throw new Error(`${file}: expected a list of records under "${key}"`);
  const childConfig = CHILD_TABLES[file];
  if (!childConfig) return { file, key, csv: `${key}.csv`, node: list.item };
  const childField = list.item.fields.find((f) => f.key === childConfig.field);
  if (!childField || childField.node.kind !== "repeated") throw new Error(`${file}: no list "${childConfig.field}"`);
  return {
    file,
    key,
    csv: `${key}.csv`,
    node: { kind: "group", fields: list.item.fields.filter((f) => f !== childField) },
    child: { ...childConfig, node: childField.node.item },
  };
}

export const TABLES: readonly TableSpec[] = RELEASE_FILE_NAMES.map(spec);

/** Every CSV file name of a release, in export order. */
export const CSV_FILES: readonly string[] = TABLES.flatMap((t) => (t.child ? [t.csv, t.child.csv] : [t.csv]));

function toRows(node: GroupNode, records: readonly unknown[], lead?: { column: string; values: string[] }): string[][] {
  const counts: GroupCounts = new Map();
  for (const r of records) measureGroups(node, "", r, counts);
  const columns = columnsOf(node, "", counts);
  const rows = records.map((r, i) => {
    const cells = new Map<string, string>();
    flatten(node, "", r, cells);
    const row = columns.map((c) => cells.get(c) ?? "");
    return lead ? [lead.values[i]!, ...row] : row;
  });
  return [lead ? [lead.column, ...columns] : columns, ...rows];
}

/** A release's JSON files (parsed) as CSV texts by file name. */
export function releaseToCsv(files: Record<ReleaseFileName, unknown>): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of TABLES) {
    const records = ((files[t.file] as Record<string, unknown>)[t.key] ?? []) as Record<string, unknown>[];
    out.set(t.csv, formatCsv(toRows(t.node, records)));
    if (t.child) {
      const child = t.child;
      const items = records.flatMap((r) => ((r[child.field] ?? []) as unknown[]).map((item) => ({ id: r.id, item })));
      const lead = { column: child.parentColumn, values: items.map((x) => String(x.id)) };
      out.set(
        child.csv,
        formatCsv(
          toRows(
            child.node,
            items.map((x) => x.item),
            lead,
          ),
        ),
      );
    }
  }
  return out;
}
