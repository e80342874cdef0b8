/**
 * Each published release as a Frictionless Data Package v2: releases/<id>/datapackage.json, generated from the
 * release's manifest entry (title, dates, changelog, every file's size and SHA-256), its sources.json (the
 * package's sources) and the schema (a Table Schema per record type, from the published JSON Schema). The
 * manifest stays the one source: data:manifest and data:publish write the package, and data:check fails when
 * the file on disk is not what this module would write. The browser never reads it.
 *
 * Each record file is one table: the rows are the array under its one key ({"pardons": [...]}), which the
 * v2 Table Dialect names with `property`. Nested values (claims, texts in three languages) are fields of
 * type object or array; their full shape is in the JSON Schema published beside the data (public/data/schema/).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { IsoDate, RELEASE_FILES, type Manifest, type ReleaseEntry, type Source } from "../../src/data/schema.ts";
import { readBytes, sha256Hex, toJsonText } from "./files.ts";
import { isDraft, writeFileAtomic } from "./local-data.ts";

export const DATAPACKAGE_FILE = "datapackage.json";
export const DATAPACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

/** What each record file holds, as the README's table of files says it. */
const DESCRIPTIONS: Record<keyof typeof RELEASE_FILES, string> = {
  "sources.json": "Sources: title, publisher, date and URL (absent where a source has no public address).",
  "places.json":
    "Gazetteer: names in English, Belarusian and Russian, alternate spellings, kind, oblast (ISO 3166-2), latitude and longitude.",
  "people.json":
    "Named people, with the sources that already published the name; status, criminal case, days in custody.",
  "pardons.json":
    "Pardon stages and US-brokered releases: count, running totals as reported and as computed, the published breakdown, the stage number as each source counts it.",
  "detentions.json":
    "Detention events: date range, places, region or nationwide scope, count, category, context, the finest level at which each may be shown.",
  "series.json":
    "Time series: political prisoners in custody, of them women, newly recognised, recognised since 2020, convicted in politically motivated criminal cases, repression cases per month, treason convictions.",
  "deaths.json": "Deaths in custody: date of death and date reported, age, place, ordinal in Viasna's count.",
  "incommunicado.json":
    "People held without contact: since when, when contact resumed or they were released, day counts as sources state them.",
  "events.json": "Context: elections, major releases.",
};

export interface TableField {
  name: string;
  type: "string" | "number" | "integer" | "boolean" | "object" | "array" | "any";
  description?: string;
  constraints?: { required?: true; enum?: unknown[]; minimum?: number };
}

interface JsonSchemaNode {
  type?: string;
  pattern?: string;
  enum?: unknown[];
  minimum?: number;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
}

const DATE_PATTERN = (z.toJSONSchema(IsoDate, { io: "input" }) as JsonSchemaNode).pattern;

/** One Table Schema field from a record property of the JSON Schema. Patterns are left to the JSON Schema:
 * Table Schema reads them as XML Schema expressions, which have no look-ahead and no \u escapes. */
function field(name: string, node: JsonSchemaNode, required: boolean): TableField {
  const out: TableField = { name, type: "any" };
  if (node.type === "string" && node.pattern === DATE_PATTERN) {
    // Dates in the records may be partial (2020-12, 2025), which no Table Schema date type reads: a string,
    // and the field says so.
    out.type = "string";
    out.description = "A date as YYYY-MM-DD, or only YYYY-MM or YYYY where the source gives no more.";
  } else if (node.type && ["string", "number", "integer", "boolean", "object", "array"].includes(node.type)) {
    out.type = node.type as TableField["type"];
  }
  const constraints: NonNullable<TableField["constraints"]> = {};
  if (required) constraints.required = true;
  if (node.enum) constraints.enum = node.enum;
  if (node.minimum !== undefined && (out.type === "number" || out.type === "integer")) {
    constraints.minimum = node.minimum;
  }
  if (Object.keys(constraints).length > 0) out.constraints = constraints;
  return out;
}

/** The Table Schema of one record file: a field per property of its records, in the schema's order. */
export function tableSchema(file: keyof typeof RELEASE_FILES): { fields: TableField[]; primaryKey?: string[] } {
  const root = z.toJSONSchema(RELEASE_FILES[file], { io: "input" }) as JsonSchemaNode;
  const key = file.replace(".json", "");
  const record = root.properties?.[key]?.items;
  if (!record?.properties) throw new Error(`${file}: the schema has no record list under "${key}"`);
  const required = new Set(record.required ?? []);
  const fields = Object.entries(record.properties).map(([name, node]) => field(name, node, required.has(name)));
  return required.has("id") ? { fields, primaryKey: ["id"] } : { fields };
}

/** A source's address as a URI: non-ASCII characters percent-encoded (https://pt.wiki7.org/wiki/Сморгонь). */
function sourcePath(url: string | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url)) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}

/**
 * The Data Package descriptor of a published release. `version` is the release id, not a SemVer: the id is
 * what links, embeds and citations name, and a SemVer made from it would order a correction (2026-12-06-r2)
 * before the release it corrects. `created` is the publication day (the manifest keeps days, not times).
 */
export function dataPackage(entry: ReleaseEntry, sources: readonly Source[]): Record<string, unknown> {
  if (entry.files.length === 0) throw new Error(`release ${entry.id} is a draft: it has no files to describe yet`);
  const { id, title, period, asOf, published, changelog } = entry;
  return {
    $schema: DATAPACKAGE_PROFILE,
    name: `belarus-repression-tracker-${id}`,
    title: `Belarus Repression Tracker: ${title.en}`,
    description:
      `Facts of political repression in Belarus from ${period.start} to ${period.end}, as known on ${asOf} ` +
      `(release ${id}). Every figure keeps its qualifier (exact, at least, about, more than, fewer than, a range) ` +
      `and the sources that state it; where sources disagree, each claim is listed with its own sources. ` +
      `What changed in this release: ${changelog.join(" ")}`,
    version: id,
    created: `${published}T00:00:00Z`,
    keywords: ["Belarus", "political prisoners", "political repression", "human rights"],
    licenses: [
      {
        name: "CC-BY-4.0",
        path: "https://creativecommons.org/licenses/by/4.0/",
        title: "Creative Commons Attribution 4.0 International",
      },
    ],
    sources: sources.map((s) => {
      const url = sourcePath(s.url);
      return url ? { title: s.title, path: url } : { title: s.title };
    }),
    resources: entry.files.map((f) => {
      const file = path.posix.basename(f.path) as keyof typeof RELEASE_FILES;
      const name = file.replace(".json", "");
      return {
        name,
        type: "table",
        path: file,
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        bytes: f.bytes,
        hash: `sha256:${f.sha256}`,
        description: DESCRIPTIONS[file],
        dialect: { property: name, itemType: "object" },
        schema: tableSchema(file),
      };
    }),
  };
}

/** The text of releases/<id>/datapackage.json as data:manifest and data:publish write it. */
export function dataPackageText(entry: ReleaseEntry, sources: readonly Source[]): string {
  return toJsonText(dataPackage(entry, sources));
}

/** The release's sources as its sources.json holds them (for the scripts, which write the package after hashing). */
export function readSources(dir: string, id: string): Source[] {
  const file = path.join(dir, "releases", id, "sources.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { sources: Source[] }).sources;
}

/**
 * Why releases/<id>/datapackage.json is not what the generator writes, in words (null when it is): a missing
 * file, a resource whose hash or size differs from the manifest, or the first top-level property that differs.
 */
export function dataPackageProblem(dir: string, entry: ReleaseEntry, sources: readonly Source[]): string | null {
  const rel = `releases/${entry.id}/${DATAPACKAGE_FILE}`;
  const fix = "run npm run data:manifest";
  const abs = path.join(dir, rel);
  if (!existsSync(abs)) return `${rel} is missing: every published release has one; ${fix}`;
  const text = readFileSync(abs, "utf8");
  const expected = dataPackage(entry, sources);
  if (text === toJsonText(expected)) return null;
  let actual: Record<string, unknown>;
  try {
    actual = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return `${rel} is not valid JSON; ${fix}`;
  }
  const stale = `${rel} is out of date with manifest.json`;
  const resources = Array.isArray(actual.resources) ? (actual.resources as Record<string, unknown>[]) : [];
  for (const want of expected.resources as Record<string, unknown>[]) {
    const have = resources.find((r) => r.name === want.name);
    if (!have) return `${stale}: it has no resource ${want.path as string}; ${fix}`;
    for (const key of ["hash", "bytes", "path"]) {
      if (have[key] !== want[key]) return `${stale}: resource ${want.path as string} ${key} differs; ${fix}`;
    }
  }
  const key = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].find(
    (k) => JSON.stringify(actual[k]) !== JSON.stringify(expected[k]),
  );
  return key ? `${stale}: "${key}" differs; ${fix}` : `${stale}: its formatting differs; ${fix}`;
}

/** Whether every file the manifest lists for a release is on disk with its listed size and SHA-256. */
function intact(dir: string, entry: ReleaseEntry): boolean {
  return entry.files.every((f) => {
    const abs = path.join(dir, f.path);
    if (!existsSync(abs)) return false;
    const bytes = readBytes(abs);
    return bytes.byteLength === f.bytes && sha256Hex(bytes) === f.sha256;
  });
}

/**
 * Writes releases/<id>/datapackage.json for each published release (or those named) whose file is missing or
 * out of date; returns the ids written. A release whose files no longer match the manifest is left alone:
 * data:check reports that, and a package must not describe changed files.
 */
export function writeDataPackages(dir: string, manifest: Manifest, ids?: readonly string[]): string[] {
  const written: string[] = [];
  for (const entry of manifest.releases) {
    if (isDraft(entry) || (ids && !ids.includes(entry.id)) || !intact(dir, entry)) continue;
    const sources = readSources(dir, entry.id);
    if (dataPackageProblem(dir, entry, sources) === null) continue;
    writeFileAtomic(path.join(dir, "releases", entry.id, DATAPACKAGE_FILE), dataPackageText(entry, sources));
    written.push(entry.id);
  }
  return written;
}
