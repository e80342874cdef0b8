/** Cross-file reference checks: every source, place and person id a record uses must exist. */
import { DataError } from "./errors";
import type { ReleaseData, ReleaseFileName } from "./schema";
import { checkSafety } from "./safety";

type Json = unknown;

/** Walks a record and yields [jsonPath, id] for every id reference of the given field names. */
function* refs(
  node: Json,
  path: string,
  fields: ReadonlySet<string>,
  field?: string,
): Generator<[string, string, string]> {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) yield* refs(node[i], `${path}[${i}]`, fields, field);
    return;
  }
  if (typeof node === "string" && field && fields.has(field)) {
    yield [path, node, field];
    return;
  }
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) yield* refs(v, path ? `${path}.${k}` : k, fields, k);
  }
}

const REF_FIELDS = new Set(["sources", "nameSources", "places", "place", "person"]);

export function checkReferences(release: ReleaseData): void {
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
  const files: [ReleaseFileName, string, unknown[]][] = [
    ["sources.json", "sources", release.sources],
    ["places.json", "places", release.places],
    ["people.json", "people", release.people],
    ["pardons.json", "pardons", release.pardons],
    ["detentions.json", "detentions", release.detentions],
    ["series.json", "series", release.series],
    ["deaths.json", "deaths", release.deaths],
    ["incommunicado.json", "incommunicado", release.incommunicado],
    ["events.json", "events", release.events],
  ];
  for (const [file, key, records] of files) {
    const seen = new Set<string>();
    records.forEach((record, i) => {
      const id = (record as { id?: string }).id;
      if (id !== undefined) {
        if (seen.has(id)) {
          throw new DataError(
            "reference",
            `releases/${release.entry.id}/${file}`,
            `${key}[${i}].id`,
            `id "${id}" is used twice`,
          );
        }
        seen.add(id);
      }
    });
    for (const [path, id, field] of refs(records, key, REF_FIELDS)) {
      if (!ids[field]!.has(id)) {
        throw new DataError(
          "reference",
          `releases/${release.entry.id}/${file}`,
          path,
          `unknown ${noun[field]} id "${id}" (not in ${noun[field] === "person" ? "people" : noun[field] + "s"}.json)`,
        );
      }
    }
  }
  checkSafety(release);
}
