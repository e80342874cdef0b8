/** The safety rules on named people, as the app and `npm run data:check` both enforce them through the loader. */
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/errors";
import { loadRelease } from "../../src/data/loader";
import { checkSafety } from "../../src/data/safety";
import { fixtureFiles, fixtureRecords, memoryReader } from "../testing/fixture";

type Records = ReturnType<typeof fixtureRecords>;
type PeopleFile = { people: { id: string; name: { en: string }; nameSources: string[] }[] };
type SourcesFile = { sources: { id: string; title: string; publisher: string; date?: string; url?: string }[] };

async function load(edit: (r: Records) => void) {
  const records = fixtureRecords();
  edit(records);
  const { files } = fixtureFiles(records);
  return loadRelease(memoryReader(files));
}

async function failure(edit: (r: Records) => void): Promise<DataError> {
  try {
    await load(edit);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("the release loaded");
}

describe("safety: names only with a public source", () => {
  it("accepts the fixture, whose name source is a dated publication", async () => {
    const { release } = await load(() => {});
    expect(release.people.map((p) => p.id)).toEqual(["shletgauer"]);
  });

  it("refuses a person whose only name source is unpublished (no date, no URL), naming file, record and rule", async () => {
    const e = await failure((r) => {
      (r["sources.json"] as SourcesFile).sources.push({
        id: "family",
        title: "Call with relatives",
        publisher: "Staff",
      });
      (r["people.json"] as PeopleFile).people[0]!.nameSources = ["family"];
    });
    expect(e.kind).toBe("reference");
    expect(e.file).toBe("releases/2024-11-15/people.json");
    expect(e.path).toBe("people[0].nameSources");
    expect(e.message).toContain('the name of "shletgauer" has no public source');
    expect(e.message).toContain("we never publish a name first");
  });

  it("refuses a name whose only source was published after the release date", async () => {
    const e = await failure((r) => {
      const sources = (r["sources.json"] as SourcesFile).sources;
      sources.push({
        id: "later",
        title: "Later report",
        publisher: "Viasna",
        date: "2025-01-10",
        url: "https://spring96.org/en/news/1",
      });
      (r["people.json"] as PeopleFile).people[0]!.nameSources = ["later"];
    });
    expect(e.message).toContain("published by 2024-11-15");
  });

  it("refuses a street or home address in a record about a person", async () => {
    const e = await failure((r) => {
      (r["deaths.json"] as { deaths: { institution: { en: string } }[] }).deaths[0]!.institution.en =
        "Penal colony No. 15, Mahiliou; family at flat 12, 5 Lenin St";
    });
    expect(e.file).toBe("releases/2024-11-15/deaths.json");
    expect(e.path).toBe("deaths[0].institution.en");
    expect(e.message).toContain("institution and town only");
  });

  it("catches Belarusian and Russian address words and postcodes, but not institutions", () => {
    const base = {
      entry: { id: "x", asOf: "2024-11-15" },
      sources: [{ id: "s", title: "t", publisher: "p", date: "2024-01-01" }],
      deaths: [],
      incommunicado: [],
    };
    const person = (about: string) => ({
      ...base,
      people: [{ id: "a", name: { en: "A" }, nameSources: ["s"], about: { text: { en: about }, sources: ["s"] } }],
    });
    expect(() => checkSafety(person("вул. Леніна, 5"))).toThrow(/address/);
    expect(() => checkSafety(person("ул. Ленина, д. 5, кв. 3"))).toThrow(/address/);
    expect(() => checkSafety(person("Minsk 220004"))).toThrow(/address/);
    expect(() => checkSafety(person("Penal colony No. 3 “Vitsba”, Vitsebsk region"))).not.toThrow();
    expect(() => checkSafety(person("Пенітэнцыярная калонія № 15, Магілёў"))).not.toThrow();
  });
});
