/** Cross-file reference checks: every source, place and person id a record uses must exist. */
import { DataError, formatJsonPath } from "./errors";
import type { ReleaseData, ReleaseFileName } from "./schema";
import { checkSafety } from "./safety";

type Json = unknown;

/**
 * Walks a record and calls `found` for every id reference of the given field names, in document order, with the
 * steps that lead to it (valid only during the call: the path is spelled out, by formatJsonPath, only for a problem).
 */
function visitRefs(
  node: Json,
  trail: (string | number)[],
  fields: ReadonlySet<string>,
  field: string | undefined,
  found: (id: string, field: string, trail: readonly (string | number)[]) => void,
): void {
  if (typeof node === "string") {
    if (field && fields.has(field)) found(node, field, trail);
  } else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const v: Json = node[i];
      // Numbers, booleans and null hold no reference: not worth a call.
      if (v === null || (typeof v !== "object" && typeof v !== "string")) continue;
      trail.push(i);
      visitRefs(v, trail, fields, field, found);
      trail.pop();
    }
  } else if (node && typeof node === "object") {
    const record = node as Record<string, Json>;
    for (const k of Object.keys(record)) {
      const v = record[k];
      if (v === null || (typeof v !== "object" && typeof v !== "string")) continue;
      trail.push(k);
      visitRefs(v, trail, fields, k, found);
      trail.pop();
    }
  }
}

const FILES = [
  ["sources.json", "sources"],
  ["places.json", "places"],
  ["people.json", "people"],
  ["pardons.json", "pardons"],
  ["detentions.json", "detentions"],
  ["series.json", "series"],
  ["deaths.json", "deaths"],
  ["incommunicado.json", "incommunicado"],
  ["events.json", "events"],
] as const satisfies readonly (readonly [ReleaseFileName, keyof ReleaseData])[];

const REF_FIELDS = new Set(["sources", "nameSources", "places", "place", "person"]);

/**
 * Every id used twice and every id that points nowhere, in file order. Works on records that failed
 * the schema too (it only walks what is there), so an import can report them alongside schema problems.
 */
export function referenceProblems(release: ReleaseData): DataError[] {
  const problems: DataError[] = [];
  const ids: Record<string, Set<string>> = {
    sources: new Set(release.sources.map((s) => s.id)),
    nameSources: new Set(release.sources.map((s) => s.id)),
    places: new Set(release.places.map((p) => p.id)),
    place: new Set(release.places.map((p) => p.id)),
    person: new Set(release.people.map((p) => p.id)),
  };
  const noun: Record<string, string> = {
    sources: "source",
    nameSources: "source",
    places: "place",
    place: "place",
    person: "person",
  };
  for (const [file, key] of FILES) {
    const records: unknown[] = release[key];
    const seen = new Set<string>();
    records.forEach((record, i) => {
      const id = (record as { id?: string }).id;
      if (id !== undefined) {
        if (seen.has(id)) {
          problems.push(
            new DataError(
              "reference",
              `releases/${release.entry.id}/${file}`,
              `${key}[${i}].id`,
              `id "${id}" is used twice`,
            ),
          );
        }
        seen.add(id);
      }
    });
    visitRefs(records, [key], REF_FIELDS, undefined, (id, field, trail) => {
      if (!ids[field]!.has(id)) {
        problems.push(
          new DataError(
            "reference",
            `releases/${release.entry.id}/${file}`,
            formatJsonPath(trail),
            `unknown ${noun[field]} id "${id}" (not in ${noun[field] === "person" ? "people" : noun[field] + "s"}.json)`,
          ),
        );
      }
    });
  }
  return problems;
}

/** Throws the first reference or safety problem of a release (the loader refuses such a release). */
export function checkReferences(release: ReleaseData): void {
  const first = referenceProblems(release)[0];
  if (first) throw first;
  checkSafety(release);
}
