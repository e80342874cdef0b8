/**
 * The reference walk (src/data/references.ts) reports every id that points nowhere and every id used twice, in
 * document order, with its JSON path, also in records that break the schema (the CSV import reports both).
 */
import { describe, expect, it } from "vitest";
import { referenceProblems } from "../../src/data/references";
import type { ReleaseData } from "../../src/data/schema";
import { safetyProblems } from "../../src/data/safety";

const entry = { id: "2024-11-15", asOf: "2024-11-15" } as ReleaseData["entry"];

function release(parts: Partial<Record<keyof ReleaseData, unknown[]>>): ReleaseData {
  const empty = { sources: [], places: [], people: [], pardons: [], detentions: [], series: [], deaths: [] };
  return { entry, ...empty, incommunicado: [], events: [], ...parts } as unknown as ReleaseData;
}

describe("referenceProblems", () => {
  it("names each unknown id by its path, in document order, through nested lists and past other values", () => {
    const problems = referenceProblems(
      release({
        sources: [{ id: "hc" }],
        places: [{ id: "minsk", sources: ["hc", "gone"] }],
        detentions: [
          {
            id: "d1",
            places: ["minsk", null, 3, "atlantis"],
            count: [{ value: 1, sources: [["nested"], "hc"], note: { en: "gone" } }],
            sources: ["hc"],
          },
          { id: "d1", place: "nowhere", person: "nobody" },
        ],
      }),
    );
    expect(problems.map((p) => `${p.file}: ${p.path}: ${p.detail}`)).toEqual([
      'releases/2024-11-15/places.json: places[0].sources[1]: unknown source id "gone" (not in sources.json)',
      'releases/2024-11-15/detentions.json: detentions[1].id: id "d1" is used twice',
      'releases/2024-11-15/detentions.json: detentions[0].places[3]: unknown place id "atlantis" (not in places.json)',
      'releases/2024-11-15/detentions.json: detentions[0].count[0].sources[0][0]: unknown source id "nested" (not in sources.json)',
      'releases/2024-11-15/detentions.json: detentions[1].place: unknown place id "nowhere" (not in places.json)',
      'releases/2024-11-15/detentions.json: detentions[1].person: unknown person id "nobody" (not in people.json)',
    ]);
  });
});

describe("safetyProblems", () => {
  it("names a text that looks like an address by its path, and skips source lists", () => {
    const person = {
      id: "p1",
      name: { en: "A B" },
      nameSources: ["hc"],
      status: {
        value: "in_custody",
        date: "2024-01",
        sources: ["12 Kirova street"],
        note: { en: "ok", ru: "ул. Ленина" },
      },
    };
    const problems = safetyProblems({
      entry,
      sources: [{ id: "hc", title: "t", publisher: "p", url: "https://example.org/" }],
      people: [person],
      deaths: [{ id: "x1", institution: { en: "Apartment 5, Minsk", be: "" }, count: 3 }],
      incommunicado: [],
    } as unknown as Parameters<typeof safetyProblems>[0]);
    expect(problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
      "releases/2024-11-15/people.json: people[0].status.note.ru",
      "releases/2024-11-15/deaths.json: deaths[0].institution.en",
    ]);
  });
});
