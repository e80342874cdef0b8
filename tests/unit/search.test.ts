/**
 * The map's search on the real 2026-12-06-r2 release: every place and region by every spelling, in any
 * language, and events by their words. The people search is in tests/component/people.test.tsx.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RELEASE_FILE_NAMES, type ReleaseData } from "../../src/data/schema";
import { normalizeSearch } from "../../src/data/searchText";
import { translator } from "../../src/i18n";
import { eventViews } from "../../src/map/detentionModel";
import { searchStatusText } from "../../src/map/eventText";
import { REGION_TERMS } from "../../src/map/regions";
import { searchEvents } from "../../src/map/search";

const DIR = path.resolve(import.meta.dirname, "../../public/data/releases/2026-12-06-r2");

function loadRelease(edit?: (r: ReleaseData) => void): ReleaseData {
  const records = Object.fromEntries(
    RELEASE_FILE_NAMES.map((file) => {
      const json = JSON.parse(readFileSync(path.join(DIR, file), "utf8")) as Record<string, unknown>;
      return [file.replace(".json", ""), Object.values(json)[0]];
    }),
  );
  const release = {
    entry: { id: "2026-12-06-r2", title: { en: "t" }, period: { start: "2020-08-09", end: "2026-12-06" } },
    ...records,
  } as unknown as ReleaseData;
  edit?.(release);
  return release;
}

const release = loadRelease();
const found = (q: string) => searchEvents(release, q);
const ids = (q: string) => [...(found(q)?.events ?? [])].sort();
const HRODNA_EVENTS = ["2020-08-hrodna", "2020-11-01-hrodna", "2020-12-20-towns", "2021-09-19-strikers"];
const HRODNA_REGION = "2024-11-14-hrodna-region";

describe("search text", () => {
  it("compares letters the way readers type them", () => {
    expect(normalizeSearch("Магілёў")).toBe(normalizeSearch("магилеу"));
    expect(normalizeSearch("Гродзенская вобласць")).toBe("гродзенская вобласць");
    expect(normalizeSearch("Мінск")).toBe(normalizeSearch("Минск"));
    expect(normalizeSearch("Брэст")).toBe(normalizeSearch("Брест"));
    for (const [a, b] of [
      ["Słonim", "slonim"],
      ["Žlobin", "zlobin"],
      ["Škloŭ", "sklou"],
      ["GARDINAS", "gardinas"],
      ["Brest-Litovsk", "brest litovsk"],
      ["Homieĺ", "homiel"],
      ["Smarhoń", "smarhon"],
      ["Vaŭkavysk", "vaukavysk"],
      ["Sėkmė", "sekme"],
      ["Аб’яднанне", "абяднанне"],
      ["Ab'yadnannie", "abyadnannie"],
    ])
      expect(normalizeSearch(a!)).toBe(b);
  });
});

describe("place search", () => {
  it("finds Hrodna by each of its spellings, in any language", () => {
    for (const q of ["Гродно", "Гродна", "Hrodna", "Grodno", "grodno", "ГРОДНО", "Gardinas", "гродн"]) {
      const r = found(q)!;
      expect(
        r.places.map((p) => p.id),
        q,
      ).toEqual(["hrodna"]);
      expect(ids(q), q).toEqual(expect.arrayContaining([...HRODNA_EVENTS, HRODNA_REGION]));
      // The town named, not the whole region: Lida's raids are not Hrodna's.
      expect(ids(q), q).not.toContain("2024-05-lida-raids");
      expect(r.regions, q).toEqual([{ code: "BY-HR", whole: false }]);
    }
  });

  it("finds every place with events by every name and alternate spelling in the gazetteer", () => {
    const withEvents = new Set(eventViews(release).flatMap((v) => v.places.map((p) => p.id)));
    const places = release.places.filter((p) => withEvents.has(p.id));
    expect(places.length).toBeGreaterThan(15);
    for (const p of places) {
      for (const spelling of [p.names.en, p.names.be, p.names.ru, ...p.alt]) {
        expect(
          found(spelling)!.places.map((x) => x.id),
          `${p.id} by “${spelling}”`,
        ).toContain(p.id);
        expect(ids(spelling), `${p.id} by “${spelling}”`).toEqual(
          expect.arrayContaining(
            eventViews(release)
              .filter((v) => v.event.places.includes(p.id))
              .map((v) => v.id),
          ),
        );
      }
    }
  });

  it("finds Mahiliou as before", () => {
    for (const q of ["Mogilev", "Mahileu", "Mahiliou", "mahilioŭ", "Магілёў", "могилев", "MOHYLEW", "Mahilyow"])
      expect(
        found(q)!.places.map((p) => p.id),
        q,
      ).toEqual(["mahiliou"]);
  });
});

describe("region search", () => {
  const hrodnaRegion = [
    "Grodno region",
    "Гродненская область",
    "Гродзенская вобласць",
    "Hrodna oblast",
    "Hrodna region",
  ];
  it.each(hrodnaRegion)("“%s” finds the region-wide report and the events in every town of Hrodna region", (q) => {
    const r = found(q)!;
    expect(r.regions).toEqual([{ code: "BY-HR", whole: true }]);
    expect(ids(q)).toEqual(
      expect.arrayContaining([
        HRODNA_REGION,
        ...HRODNA_EVENTS,
        "2024-05-lida-raids",
        "2024-10-31-smarhon-slonim",
        "2024-10-31-navahrudak",
        "2024-10-31-vawkavysk",
      ]),
    );
    // Not the towns of other regions.
    expect(ids(q)).not.toContain("2024-10-31-minsk");
    expect(ids(q)).not.toContain("2020-08-30-minsk");
  });

  it("finds each region by its names in English, Belarusian and Russian", () => {
    const names: Record<string, string[]> = {
      "BY-BR": ["Brest region", "Брэсцкая вобласць", "Брестская область"],
      "BY-HO": ["Gomel region", "Homiel region", "Гомельская вобласць", "Гомельская область"],
      "BY-HR": ["Hrodna region", "Гродзенская вобласць", "Гродненская область"],
      "BY-MA": ["Mahilyow region", "Mogilev region", "Mahiliou oblast", "Магілёўская вобласць", "Могилёвская область"],
      "BY-MI": ["Minsk region", "Мінская вобласць", "Минская область"],
      "BY-VI": ["Vitebsk region", "Vitsebsk oblast", "Віцебская вобласць", "Витебская область"],
      "BY-HM": ["Minsk city", "Мінск (горад)", "город Минск"],
    };
    for (const [code, spellings] of Object.entries(names))
      for (const q of spellings) expect(found(q)!.regions, q).toEqual([{ code, whole: true }]);
    // Every spelling of the gazetteer of regions finds its region.
    for (const [code, terms] of Object.entries(REGION_TERMS))
      for (const q of terms.names)
        expect(
          found(q)!.regions.map((r) => r.code),
          q,
        ).toContain(code);
  });

  it("takes Minsk for the city, not the region named after it (which has no region-wide report here)", () => {
    const r = found("Минск")!;
    expect(r.places.map((p) => p.id)).toEqual(["minsk"]);
    expect(r.regions).toEqual([]);
    // The towns of Minsk region are not Minsk.
    expect(ids("Минск")).not.toContain("2024-10-31-maladzechna");
    expect(ids("Минск")).not.toContain("2020-10-25-barysau");
    expect(ids("Minsk region")).toEqual(expect.arrayContaining(["2024-10-31-maladzechna", "2020-10-25-barysau"]));
  });

  it("finds no region by a word that names none", () => {
    expect(found("область")!.regions).toEqual([]);
    expect(found("region")!.regions).toEqual([]);
  });
});

describe("keyword search", () => {
  it("finds events by the words of their context", () => {
    expect(ids("Kurapaty")).toEqual(["2020-11-01-protests"]);
    expect(found("Kurapaty")!.byText.has("2020-11-01-protests")).toBe(true);
    // Every word must be there: "partisan march" but not "partisan referendum".
    expect(ids("partisan march")).toEqual(expect.arrayContaining(["2020-10-18-minsk", "2020-10-18-protests"]));
    expect(ids("partisan referendum")).toEqual([]);
  });

  it("finds events by their context in Belarusian and Russian, whatever the page's language", () => {
    const translated = loadRelease((r) => {
      const e = r.detentions.find((d) => d.id === "2020-11-01-protests")!;
      e.context = {
        en: e.context.en,
        be: "Калоны, што ішлі ў Курапаты, разагналі.",
        ru: "Колонны, шедшие в Куропаты, разогнали.",
      };
    });
    for (const q of ["Курапаты", "куропаты", "колонны", "калоны", "Kurapaty"])
      expect([...searchEvents(translated, q)!.events], q).toEqual(["2020-11-01-protests"]);
  });

  it("finds events by their category's name in every language", () => {
    const raids = eventViews(release)
      .filter((v) => v.event.category === "raid")
      .map((v) => v.id);
    const talks = eventViews(release)
      .filter((v) => v.event.category === "preventive_conversation")
      .map((v) => v.id);
    for (const q of ["raid", "рэйд", "обыск", "ператрус"]) expect(ids(q), q).toEqual(expect.arrayContaining(raids));
    for (const q of ["профилактическая беседа", "прафілактычная гутарка", "preventive conversation"])
      expect(ids(q), q).toEqual([...talks].sort());
  });

  it("says what it found in a sentence in the reader's language", () => {
    const status = (q: string, lang: "en" | "be" | "ru") => {
      const r = found(q)!;
      const listed = eventViews(release).filter((v) => r.events.has(v.id));
      return searchStatusText(r, listed, q, lang, translator(lang));
    };
    expect(status("Kurapaty", "en")).toBe("1 event mentions “Kurapaty”");
    expect(status("Grodno region", "en")).toMatch(/^\d+ events at Hrodna region$/);
    expect(status("Hrodna", "en")).toMatch(/^\d+ events at Hrodna and Hrodna region or mentioning “Hrodna”$/);
    expect(status("Атлантыда", "en")).toBe("No place, region or report matches “Атлантыда”.");
  });
});
