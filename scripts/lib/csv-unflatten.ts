/**
 * One spreadsheet row back into a record, following the layout of scripts/lib/csv-layout.ts. Cells
 * that cannot be read are collected as problems (with their column), never dropped; `where` remembers
 * which column each JSON path came from, so schema errors can name the cell a person has to fix.
 */
import { columnsOf, join, numbered, snake, type GroupCounts, type Node } from "./csv-layout.ts";
import { readCell } from "./csv-cells.ts";

export interface CellProblem {
  column: string;
  message: string;
}

export interface RowReader {
  cells: ReadonlyMap<string, string>;
  counts: GroupCounts;
  problems: CellProblem[];
  /** JSON path inside the record ("count[1].value") → the column it was read from. */
  where: Map<string, string>;
}

const child = (path: string, key: string | number) =>
  typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key;

function blank(node: Node, prefix: string, row: RowReader): boolean {
  return columnsOf(node, prefix, row.counts).every((c) => (row.cells.get(c) ?? "").trim() === "");
}

function isEmpty(v: unknown): boolean {
  return v === undefined || (Array.isArray(v) && v.length === 0);
}

export function unflatten(node: Node, prefix: string, path: string, row: RowReader): unknown {
  switch (node.kind) {
    case "scalar": {
      row.where.set(path, prefix);
      const result = readCell(row.cells.get(prefix) ?? "", node.type, node.trim, prefix);
      if (result.ok) return result.value;
      row.problems.push({ column: prefix, message: result.message });
      return undefined;
    }
    case "list": {
      row.where.set(path, prefix);
      return (row.cells.get(prefix) ?? "")
        .split(";")
        .map((s) => s.trim())
        .filter(Boolean);
    }
    case "group": {
      const obj: Record<string, unknown> = {};
      row.where.set(path, columnsOf(node, prefix, row.counts)[0] ?? prefix);
      for (const f of node.fields) {
        const columnPrefix = join(prefix, snake(f.key));
        const optionalGroup = f.node.kind === "group" || f.node.kind === "keyed" || f.node.kind === "localized";
        if (!f.required && optionalGroup && blank(f.node, columnPrefix, row)) {
          continue;
        }
        const value = unflatten(f.node, columnPrefix, child(path, f.key), row);
        if (value === undefined || (!f.required && isEmpty(value))) continue;
        obj[f.key] = value;
      }
      return obj;
    }
    case "repeated": {
      const items: unknown[] = [];
      row.where.set(path, columnsOf(node.item, numbered(prefix, 1), row.counts)[0] ?? prefix);
      const n = row.counts.get(prefix) ?? 1;
      for (let i = 1; i <= n; i++) {
        const p = numbered(prefix, i);
        if (!blank(node.item, p, row)) items.push(unflatten(node.item, p, child(path, items.length), row));
      }
      return items;
    }
    case "keyed": {
      const obj: Record<string, unknown> = {};
      row.where.set(path, columnsOf(node, prefix, row.counts)[0] ?? prefix);
      for (const k of node.keys) {
        const p = join(prefix, k);
        if (!blank(node.item, p, row)) obj[k] = unflatten(node.item, p, child(path, k), row);
      }
      return obj;
    }
    case "localized": {
      // English alone is the plain note older releases hold; with a translation it is {en, be?, ru?}.
      const texts = unflatten(node.item, prefix, path, row) as Record<string, unknown>;
      const languages = Object.keys(texts);
      return languages.length === 1 && languages[0] === "en" ? texts.en : texts;
    }
  }
}
