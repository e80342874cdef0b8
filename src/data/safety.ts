/**
 * Safety rules for records about named people. These are real people who died in custody or are
 * detained: we never publish a name first, and never say more about where someone is than the
 * institution and its town. Runs in the app and in `npm run data:check` (via checkReferences), so a
 * release that breaks a rule is refused everywhere.
 */
import { begunBy } from "./dates";
import { DataError, formatJsonPath } from "./errors";
import type { ReleaseData, ReleaseEntry, ReleaseFileName, Source } from "./schema";

type SafetyInput = Pick<ReleaseData, "sources" | "people" | "deaths" | "incommunicado"> & {
  entry: Pick<ReleaseEntry, "id" | "asOf">;
};

/** Words that point at a home or street address rather than an institution (en, be, ru). */
const ADDRESS = [
  /\b(apartment|apt\.?\s*\d|flat\s+\d|house\s+(no\.?\s*)?\d|home address|street address|postcode|zip code)/i,
  // A house number before a street name: "5 Lenin St", "12 Kirova street" (an institution "on Akrestina Street" is fine).
  /\b\d+[a-z]?,?\s+\p{L}+\s+(street|st|avenue|ave|road|rd|lane)\b/iu,
  /(^|[\s(,;])(вул\.|ул\.|кв\.|д\.\s*\d|дом\s+\d|пр-т)/iu,
  // Belarusian postcodes are six digits starting with 2.
  /(^|\D)2\d{5}(\D|$)/,
];

/** A published source that was out by the release's as-of date: it has a public address or a publication date
 * (the newsletter has no URL in our copy but is a dated publication), and that date is not after the release. */
function isPublicBy(source: Source | undefined, asOf: string): boolean {
  if (!source || (!source.url && !source.date)) return false;
  return !source.date || begunBy(source.date, asOf);
}

/** Calls `found` for every text of a record but its source lists, in document order, with the steps that lead to it
 * (valid only during the call: the path is spelled out, by formatJsonPath, only for a problem). */
function visitTexts(
  node: unknown,
  trail: (string | number)[],
  found: (text: string, trail: readonly (string | number)[]) => void,
) {
  if (typeof node === "string") found(node, trail);
  else if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      trail.push(i);
      visitTexts(node[i], trail, found);
      trail.pop();
    }
  } else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    for (const k of Object.keys(record)) {
      if (k === "sources" || k === "nameSources") continue;
      const v = record[k];
      trail.push(k);
      visitTexts(v, trail, found);
      trail.pop();
    }
  }
}

/** Throws a DataError naming the first record that breaks a rule. */
export function checkSafety(release: SafetyInput): void {
  const first = safetyProblems(release)[0];
  if (first) throw first;
}

/** Every record that breaks a rule, each as a DataError naming it. Needs schema-valid records. */
export function safetyProblems(release: SafetyInput): DataError[] {
  const problems: DataError[] = [];
  const { entry } = release;
  const file = (name: ReleaseFileName) => `releases/${entry.id}/${name}`;
  const sources = new Map(release.sources.map((s) => [s.id, s]));

  release.people.forEach((person, i) => {
    if (!person.nameSources.some((id) => isPublicBy(sources.get(id), entry.asOf))) {
      problems.push(
        new DataError(
          "reference",
          file("people.json"),
          `people[${i}].nameSources`,
          `the name of "${person.id}" has no public source: nameSources must include a source published by ${entry.asOf} (with a date or a public URL) that already names this person; we never publish a name first`,
        ),
      );
    }
  });

  const records: [ReleaseFileName, string, unknown[]][] = [
    ["people.json", "people", release.people],
    ["deaths.json", "deaths", release.deaths],
    ["incommunicado.json", "incommunicado", release.incommunicado],
  ];
  for (const [name, key, list] of records) {
    visitTexts(list, [key], (text, trail) => {
      if (ADDRESS.some((re) => re.test(text))) {
        problems.push(
          new DataError(
            "reference",
            file(name),
            formatJsonPath(trail),
            `looks like a street or home address ("${text.length > 60 ? `${text.slice(0, 60)}…` : text}"): say where a person is held or died by institution and town only`,
          ),
        );
      }
    });
  }
  return problems;
}
