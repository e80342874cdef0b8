/**
 * Typed data errors. Every failure on the way from a URL to a loaded release ends here, with the
 * file, the JSON path and what was expected, so that a person can act on it.
 */
import type * as z from "zod/mini";

export type DataErrorKind =
  | "network" // the file could not be fetched
  | "unknown_release" // ?release= names a release the manifest does not list
  | "integrity" // size or SHA-256 differs from the manifest
  | "parse" // not valid JSON
  | "schema" // valid JSON, wrong shape or type
  | "reference"; // an id that points nowhere

export class DataError extends Error {
  readonly kind: DataErrorKind;
  /** Path relative to the data root, e.g. "releases/2024-11-15/pardons.json". */
  readonly file: string;
  /** JSON path inside the file, e.g. "pardons[4].count[0].value"; empty for whole-file errors. */
  readonly path: string;
  readonly detail: string;

  constructor(kind: DataErrorKind, file: string, path: string, detail: string) {
    super(`${file}${path ? `: ${path}` : ""}: ${detail}`);
    this.name = "DataError";
    this.kind = kind;
    this.file = file;
    this.path = path;
    this.detail = detail;
  }
}

/** ["pardons", 4, "count"] → "pardons[4].count" */
export function formatJsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}

function valueAt(root: unknown, path: ReadonlyArray<PropertyKey>): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const part of path) {
    if (node === null || typeof node !== "object" || !(part in (node as object)))
      return { found: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return { found: true, value: node };
}

function describeValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return "null";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "an object";
  return String(v);
}

/** The first schema issue of a file as a DataError ("expected a number ≥ 0, got \"31a\""). */
export function schemaError(file: string, input: unknown, error: z.core.$ZodError): DataError {
  const issue = error.issues[0]!;
  const path = formatJsonPath(issue.path);
  const at = valueAt(input, issue.path);
  let detail = issue.message;
  if (issue.code === "custom") {
    detail = issue.message;
  } else if (issue.code === "unrecognized_keys") {
    detail = `unexpected field ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
  } else if (!at.found) {
    detail = `${issue.message.replace(/, received undefined$/, "")} (the field is missing)`;
  } else {
    detail = `${issue.message.replace(/, received .*$/, "")}, got ${describeValue(at.value)}`;
  }
  const more =
    error.issues.length > 1
      ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? "s" : ""} in this file)`
      : "";
  return new DataError("schema", file, path, detail + more);
}

/**
 * A URL parameter (`?release=`, `?widget=`, a deck's fields) as it may appear in a message on our page: kept when it
 * is short and looks like an id, else null (say "the requested release"). Whatever someone put in a link we show is
 * never repeated at length: no "call this number" text on the tracker's page.
 */
export function safeExcerpt(value: string): string | null {
  return /^[a-z0-9._-]{1,32}$/.test(value) ? value : null;
}

/** safeExcerpt in quotes, for a message ("there is no release \"2030-01-01\""). */
export function paramExcerpt(value: string): string | null {
  const safe = safeExcerpt(value);
  return safe === null ? null : `"${safe}"`;
}
