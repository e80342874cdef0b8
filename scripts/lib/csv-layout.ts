/**
 * How a record type becomes spreadsheet columns. The layout is derived from the JSON Schema of the
 * one zod schema (src/data/schema.ts), so a field added there gets its column without editing this.
 *
 * Column names (documented for maintainers in docs/maintaining-data.md):
 * - a field is one column, in snake_case: `start`, `category`, `name_sources`;
 * - a nested object adds its fields after an underscore: `context_en`, `context_be`, `context_ru`;
 * - a list of ids or words is one cell with the items separated by `;`: `places`, `sources`;
 * - a list of figures (or of other groups) gets numbered column groups: `count_value`, `count_qualifier`, …
 *   for the first, `count2_value`, `count2_qualifier`, … for the second; add `count3_…` columns for a third;
 * - figures per key (the pardon breakdown) get one group per key: `breakdown_women_value`, ….
 * - a note that may be plain English or in several languages gets the language columns `note_en`, `note_be`,
 *   `note_ru`; with only `note_en` filled it is read back as the plain English note.
 */
import * as z from "zod/mini";

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  propertyNames?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  anyOf?: JsonSchema[];
}

export type ScalarType = "string" | "number" | "integer" | "boolean";
export type GroupNode = { kind: "group"; fields: Field[] };
export type Node =
  /** `trim`: ids, dates and enum words lose stray spaces; free text is kept exactly as typed. */
  | { kind: "scalar"; type: ScalarType; trim: boolean }
  | { kind: "list" }
  | GroupNode
  | { kind: "repeated"; item: GroupNode }
  | { kind: "keyed"; keys: string[]; item: GroupNode }
  /** Plain English text or the same text in languages ({en, be?, ru?}): one column per language. */
  | { kind: "localized"; item: GroupNode };
export interface Field {
  key: string;
  required: boolean;
  node: Node;
}

function fromJsonSchema(s: JsonSchema, where: string): Node {
  if (s.anyOf) {
    const text = s.anyOf.find((a) => a.type === "string");
    const languages = s.anyOf.find((a) => a.type === "object" && a.properties?.en);
    if (s.anyOf.length === 2 && text && languages) {
      return { kind: "localized", item: fromJsonSchema(languages, where) as GroupNode };
    }
  }
  if (s.type === "object" && s.properties) {
    const required = new Set(s.required ?? []);
    return {
      kind: "group",
      fields: Object.entries(s.properties).map(([key, child]) => ({
        key,
        required: required.has(key),
        node: fromJsonSchema(child, `${where}.${key}`),
      })),
    };
  }
  if (s.type === "object" && s.propertyNames?.enum && typeof s.additionalProperties === "object") {
    const item = fromJsonSchema(s.additionalProperties, `${where}.*`);
    if (item.kind !== "group") throw new Error(`${where}: only keyed groups can become columns`);
    return { kind: "keyed", keys: s.propertyNames.enum.map(String), item };
  }
  if (s.type === "array" && s.items) {
    const item = fromJsonSchema(s.items, `${where}[]`);
    if (item.kind === "scalar" && item.type === "string") return { kind: "list" };
    if (item.kind === "group") return { kind: "repeated", item };
    throw new Error(`${where}: lists of ${item.kind} cannot become columns`);
  }
  if (s.type === "string" || s.type === "number" || s.type === "integer" || s.type === "boolean") {
    return { kind: "scalar", type: s.type, trim: Boolean(s.enum || s.pattern || s.format || s.const !== undefined) };
  }
  throw new Error(`${where}: a field of this shape cannot become a column (${JSON.stringify(s).slice(0, 80)})`);
}

/** The column layout of one record type (the item schema of a release file's array). */
export function recordNode(schema: z.core.$ZodType, where: string): GroupNode {
  const node = fromJsonSchema(z.toJSONSchema(schema, { io: "input" }) as JsonSchema, where);
  if (node.kind !== "group") throw new Error(`${where}: a record must be an object`);
  return node;
}

export const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const join = (prefix: string, name: string) => (prefix ? `${prefix}_${name}` : name);
/** The column prefix of the i-th (1-based) group of a list: count, count2, count3 … */
export const numbered = (prefix: string, i: number) => (i === 1 ? prefix : `${prefix}${i}`);

/** How many numbered groups each list gets, by column prefix. */
export type GroupCounts = Map<string, number>;

/** Every column of a node, in order. */
export function columnsOf(node: Node, prefix: string, counts: GroupCounts): string[] {
  switch (node.kind) {
    case "scalar":
    case "list":
      return [prefix];
    case "group":
      return node.fields.flatMap((f) => columnsOf(f.node, join(prefix, snake(f.key)), counts));
    case "repeated": {
      const n = counts.get(prefix) ?? 1;
      return Array.from({ length: n }, (_, i) => columnsOf(node.item, numbered(prefix, i + 1), counts)).flat();
    }
    case "keyed":
      return node.keys.flatMap((k) => columnsOf(node.item, join(prefix, k), counts));
    case "localized":
      return columnsOf(node.item, prefix, counts);
  }
}

/** Records in `counts` the most groups any value needs (at least one, so people see the columns). */
export function measureGroups(node: Node, prefix: string, value: unknown, counts: GroupCounts): void {
  if (node.kind === "group") {
    const obj = (value ?? {}) as Record<string, unknown>;
    for (const f of node.fields) measureGroups(f.node, join(prefix, snake(f.key)), obj[f.key], counts);
  } else if (node.kind === "repeated") {
    const items = Array.isArray(value) ? value : [];
    counts.set(prefix, Math.max(counts.get(prefix) ?? 1, items.length));
    const n = counts.get(prefix)!;
    for (let i = 0; i < n; i++) measureGroups(node.item, numbered(prefix, i + 1), items[i], counts);
  } else if (node.kind === "keyed") {
    const obj = (value ?? {}) as Record<string, unknown>;
    for (const k of node.keys) measureGroups(node.item, join(prefix, k), obj[k], counts);
  }
}

/** The numbered groups present in a CSV header (count, count2 … as far as any column of the group exists). */
export function groupsFromHeader(node: Node, prefix: string, header: ReadonlySet<string>, counts: GroupCounts): void {
  if (node.kind === "group") {
    for (const f of node.fields) groupsFromHeader(f.node, join(prefix, snake(f.key)), header, counts);
  } else if (node.kind === "keyed") {
    for (const k of node.keys) groupsFromHeader(node.item, join(prefix, k), header, counts);
  } else if (node.kind === "repeated") {
    let n = 1;
    const present = (i: number) => {
      const probe: GroupCounts = new Map();
      return columnsOf(node.item, numbered(prefix, i), probe).some((c) => header.has(c));
    };
    for (let i = 2; i <= 99; i++) if (present(i)) n = i;
    counts.set(prefix, n);
    for (let i = 1; i <= n; i++) groupsFromHeader(node.item, numbered(prefix, i), header, counts);
  }
}

/** Writes a value into cells by column name. A list item containing ";" cannot be written. */
export function flatten(node: Node, prefix: string, value: unknown, out: Map<string, string>): void {
  switch (node.kind) {
    case "scalar":
      out.set(prefix, value === undefined ? "" : String(value));
      return;
    case "list": {
      const items = (value ?? []) as string[];
      const bad = items.find((s) => s.includes(";"));
      if (bad !== undefined) throw new Error(`column ${prefix}: "${bad}" contains ";", the list separator`);
      out.set(prefix, items.join("; "));
      return;
    }
    case "group": {
      const obj = (value ?? {}) as Record<string, unknown>;
      for (const f of node.fields) flatten(f.node, join(prefix, snake(f.key)), obj[f.key], out);
      return;
    }
    case "repeated": {
      const items = (value ?? []) as unknown[];
      items.forEach((item, i) => flatten(node.item, numbered(prefix, i + 1), item, out));
      return;
    }
    case "keyed": {
      const obj = (value ?? {}) as Record<string, unknown>;
      for (const k of node.keys) if (obj[k] !== undefined) flatten(node.item, join(prefix, k), obj[k], out);
      return;
    }
    case "localized":
      flatten(node.item, prefix, typeof value === "string" ? { en: value } : value, out);
  }
}
