/**
 * The research table (data/research/*.csv) and the builder that turns it into a release
 * (scripts/lib/research.ts, `npm run data:build`): every problem reported with its file and line,
 * one figure from several pages kept as one claim, nothing past the as-of date, corrections applied
 * with their reasons — and the published releases reproduced byte for byte from what the repository holds.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildHistoricReleases } from "../../scripts/history-build-releases";
import { sourcesAfterAsOf } from "../../scripts/lib/check-extras";
import { toJsonText } from "../../scripts/lib/files";
import { loadLocalRelease } from "../../scripts/lib/local-data";
import { buildRelease, isCalendarDate, readResearch, ResearchError } from "../../scripts/lib/research";
import { readTranslationFolder, translateRelease } from "../../scripts/lib/translations";
import { RELEASE_FILE_NAMES, type ChangeText, type Series } from "../../src/data/schema";
import { realRelease } from "../testing/peopleFixture";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RESEARCH = path.join(ROOT, "data/research");
const DATA = path.join(ROOT, "public/data");

const SOURCES = "id,title,publisher,published,url,note\nnew-page,A new page,Viasna,2026-04-02,https://example.org/a,\n";
const SERIES_HEADER = "metric,date,start,value,qualifier,hi,source,where,note\n";
const DET_HEADER =
  "event,start,end,scope,places,region,display,category,context,value,qualifier,hi,source,where,note\n";
const PLACES_HEADER = "id,name_en,name_be,name_ru,alt,kind,oblast,lat,lon,source,where\n";
const CORR_HEADER = "release,file,record,field,json,why\n";

function texts(over: Partial<Record<string, string>> = {}): Record<string, string> {
  return {
    "sources.csv": SOURCES,
    "series.csv": SERIES_HEADER,
    "detentions.csv": DET_HEADER,
    "places.csv": PLACES_HEADER,
    "corrections.csv": CORR_HEADER,
    ...over,
  } as Record<string, string>;
}

const problems = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (e instanceof ResearchError) return e.message.split("\n");
    throw e;
  }
  throw new Error("expected the research table to be refused");
};

describe("reading the research table", () => {
  it("reports every problem of every file at once, with file and line", () => {
    const found = problems(() =>
      readResearch(
        texts({
          "sources.csv": "id,title,publisher,published,url\nx,T,P,2026-13-01,https://example.org\n",
          "series.csv": "metric,date,value\n",
        }),
      ),
    );
    expect(found).toContain("sources.csv: missing column(s) note");
    expect(found).toContain("series.csv: missing column(s) start, qualifier, hi, source, where, note");
    expect(found.some((p) => p.startsWith("sources.csv line 2: date:"))).toBe(true);
  });

  it("refuses a source without a page", () => {
    const found = problems(() =>
      readResearch(texts({ "sources.csv": "id,title,publisher,published,url,note\nno-url,T,P,,,\n" })),
    );
    expect(found).toEqual(["sources.csv line 2: source no-url has no URL (every figure needs a page)"]);
  });

  it("knows which partial dates are days of the calendar", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDate("2025-04")).toBe(true);
  });
});

const base = await realRelease("2026-03-05");

describe("building a release from the table", () => {
  const build = (over: Partial<Record<string, string>>, asOf = "2026-12-06") =>
    buildRelease(readResearch(texts(over)), { id: "2026-12-06", asOf, base });
  const series = (records: Record<string, unknown[]>, id: string) =>
    (records.series as Series[]).find((s) => s.id === id)!;

  it("adds a month's figure with its source, and keeps one figure from two pages as one claim", () => {
    const { records } = build({
      "series.csv":
        SERIES_HEADER +
        'prisoners_in_custody,2026-03-31,,1131,exact,,new-page,"Summary, 2nd bullet",\n' +
        "repression_cases,2026-03-31,2026-03-01,412,at_least,,new-page,Summary,\n",
    });
    const custody = series(records, "prisoners_in_custody").observations;
    expect(custody.filter((o) => o.date === "2026-03-31")).toEqual([
      { date: "2026-03-31", value: 1131, qualifier: "exact", sources: ["new-page"] },
    ]);
    // 169 for Dec 2020 was two observations in 2026-03-05 (two pages restating Viasna): now one claim.
    expect(custody.filter((o) => o.value === 169)).toEqual([
      expect.objectContaining({ date: "2020-12", sources: ["rada-vision-2020", "reformby-viasna-2020-12"] }),
    ]);
    expect(series(records, "repression_cases").observations).toEqual([
      { date: "2026-03-31", start: "2026-03-01", value: 412, qualifier: "at_least", sources: ["new-page"] },
    ]);
    expect((records.sources as { id: string }[]).some((s) => s.id === "new-page")).toBe(true);
  });

  it("leaves rows dated or published after the as-of date for a later release, and says so", () => {
    const { records, notes } = build(
      { "series.csv": SERIES_HEADER + "prisoners_in_custody,2026-03-31,,1131,exact,,new-page,Summary,\n" },
      "2026-03-31",
    );
    // The figure is dated on the as-of day, but its page was published on 2 April 2026.
    expect(series(records, "prisoners_in_custody").observations.some((o) => o.date === "2026-03-31")).toBe(false);
    expect((records.sources as { id: string }[]).some((s) => s.id === "new-page")).toBe(false);
    expect(notes).toContain("1 series row(s) dated or published after 2026-03-31 left for a later release");
    const later = build(
      {
        "detentions.csv":
          DET_HEADER + "2026-04-raid,2026-04-01,,national,,,,raid,Searches.,40,at_least,,new-page,2nd paragraph,\n",
      },
      "2026-03-31",
    );
    expect((later.records.detentions as { id: string }[]).some((e) => e.id === "2026-04-raid")).toBe(false);
    expect(later.notes).toContain("1 detention event(s) dated or published after 2026-03-31 left for a later release");
  });

  it("refuses figures written as text, unknown qualifiers and sources, and rows without a place on the page", () => {
    const found = problems(() =>
      build({
        "series.csv":
          SERIES_HEADER +
          'prisoners_in_custody,2026-03-31,,"1,131",exact,,new-page,Summary,\n' +
          "prisoners_in_custody,2026-03-31,,1131,roughly,,new-page,Summary,\n" +
          "prisoners_in_custody,2026-03-31,,1131,exact,,nowhere,Summary,\n" +
          "prisoners_in_custody,2024-02-30,,1131,exact,,new-page,,\n" +
          "prisoners,2026-03-31,,1131,exact,,new-page,Summary,\n",
      }),
    );
    expect(found).toEqual([
      'series.csv line 2: value "1,131" is not a whole number (write 1244, not 1,244)',
      'series.csv line 3: qualifier "roughly" is not one of exact, at_least, about, more_than, fewer_than, range',
      'series.csv line 4: unknown source "nowhere" (not in sources.csv nor in the base release)',
      'series.csv line 5: date "2024-02-30" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)',
      "series.csv line 5: where is empty (say where on the page the figure stands)",
      expect.stringMatching(/^series\.csv line 6: metric "prisoners" is not a series/),
    ]);
  });

  it("adds events, adds claims to an event of the base release, and keeps research-only rows out", () => {
    const { records, notes } = build({
      "detentions.csv":
        DET_HEADER +
        "2026-04-raid,2026-04-01,,national,,,,raid,Searches over donations.,40,at_least,,new-page,2nd paragraph,\n" +
        "2024-01-23-raids,2024-01-23,,national,,,,raid,ignored for an existing event,84,at_least,,new-page,3rd paragraph,\n" +
        "-,2022-07,,region,,BY-HO,,detention,A small count.,3,exact,,new-page,4th paragraph,Count under 5.\n",
    });
    const events = records.detentions as { id: string; count: { value: number }[]; sources: string[] }[];
    expect(events.find((e) => e.id === "2026-04-raid")).toMatchObject({
      count: [{ value: 40 }],
      sources: ["new-page"],
    });
    const raids = events.find((e) => e.id === "2024-01-23-raids")!;
    expect(raids.count.map((c) => c.value)).toEqual([24, 60, 84]);
    expect(raids.sources).toContain("new-page");
    expect(notes).toContain('1 detention row(s) kept as research only (event "-")');
  });

  it("applies a correction with its reason, and refuses one without a record or a reason", () => {
    const { records } = build({
      "corrections.csv":
        CORR_HEADER + '2026-12-06,detentions.json,2023-08-navahrudak-plant,display,"""oblast""",Safety policy.\n',
    });
    expect(
      (records.detentions as { id: string; display?: string }[]).find((e) => e.id === "2023-08-navahrudak-plant"),
    ).toMatchObject({ display: "oblast" });
    expect(
      problems(() => build({ "corrections.csv": CORR_HEADER + '2026-12-06,people.json,nobody,status,"{}",\n' })),
    ).toEqual([
      "corrections.csv line 2: say why (column why)",
      'corrections.csv line 2: no record "nobody" in people.json',
    ]);
  });
});

describe("a whole record from a correction, and the check on sources published after the as-of date", () => {
  const build = (over: Partial<Record<string, string>>) =>
    buildRelease(readResearch(texts(over)), { id: "2026-12-06", asOf: "2026-12-06", base });

  it("leaves a record out with field * and an empty json, and says when there is no such record", () => {
    const { records } = build({
      "corrections.csv": `${CORR_HEADER}2026-12-06,detentions.json,2023-08-navahrudak-plant,*,,Safety policy.\n`,
    });
    expect((records.detentions as { id: string }[]).some((e) => e.id === "2023-08-navahrudak-plant")).toBe(false);
    expect(
      problems(() => build({ "corrections.csv": `${CORR_HEADER}2026-12-06,detentions.json,nothing,*,,Why.\n` })),
    ).toEqual(['corrections.csv line 2: no record "nothing" in detentions.json']);
  });

  it("builds a correction release sharing its base's as-of date from the base and its corrections only", async () => {
    const newest = await loadLocalRelease(DATA, "2026-12-06");
    const { records } = buildRelease(
      readResearch(
        texts({
          // A row the base already holds would be a duplicate if it were added again.
          "places.csv": PLACES_HEADER + "lida,Lida,Ліда,Лида,,town,BY-HR,53.89,25.30,new-page,Infobox\n",
          "corrections.csv": `${CORR_HEADER}2026-12-06-r2,detentions.json,2023-08-navahrudak-plant,*,,Safety.\n`,
        }),
      ),
      { id: "2026-12-06-r2", asOf: "2026-12-06", base: newest },
    );
    expect(records.places).toEqual(newest.places);
    expect(records.detentions).toEqual(newest.detentions.filter((e) => e.id !== "2023-08-navahrudak-plant"));
  });

  it("adds a record under its id, and the page of sources.csv it cites joins the release", () => {
    const span = {
      id: "incommunicado-x",
      person: "eduard-babaryka",
      since: [],
      reportedBy: { date: "2026-04-01", sources: ["new-page"] },
      reportedDays: [],
      sources: ["new-page"],
    };
    const csvJson = `"${JSON.stringify(span).replace(/"/g, '""')}"`;
    const { records } = buildRelease(
      readResearch(
        texts({ "corrections.csv": `${CORR_HEADER}2026-12-06,incommunicado.json,incommunicado-x,*,${csvJson},Why.\n` }),
      ),
      { id: "2026-12-06", asOf: "2026-12-06", base },
    );
    expect((records.incommunicado as { id: string }[]).find((r) => r.id === "incommunicado-x")).toEqual(span);
    expect((records.sources as { id: string }[]).some((s) => s.id === "new-page")).toBe(true);
  });

  it("data:check names a cited page published after the release's as-of date", async () => {
    const release = await realRelease("2026-03-05");
    const late = {
      ...release,
      sources: [...release.sources, { id: "later", title: "T", publisher: "P", date: "2026-04-01" }],
    };
    expect(sourcesAfterAsOf(late)).toEqual([{ id: "later", date: "2026-04-01" }]);
    expect(sourcesAfterAsOf(release)).toEqual([]);
  });
});

describe("the published releases come from what the repository holds", () => {
  it("rebuilds 2024-11-15 and 2026-03-05 from data/research/history byte for byte (frozen history)", () => {
    const { files } = buildHistoricReleases();
    expect(files.size).toBe(18);
    for (const [rel, text] of files) expect(text, rel).toBe(readFileSync(path.join(DATA, rel), "utf8"));
  });

  // Every release defined in releases.json: 2026-12-06 (base 2026-03-05 plus the table), the correction
  // release 2026-12-06-r2 (base 2026-12-06 plus its own corrections) and 2026-12-06-r3 (its texts in languages).
  const defs = JSON.parse(readFileSync(path.join(RESEARCH, "releases.json"), "utf8")) as {
    id: string;
    base: string;
    asOf: string;
    changelog: ChangeText[];
    translate?: boolean;
  }[];
  it.each(defs.map((d) => [d.id, d] as const))(
    "rebuilds %s from its base release and the research table byte for byte",
    async (id, def) => {
      const read = (f: string) => readFileSync(path.join(RESEARCH, f), "utf8");
      const table = readResearch(
        Object.fromEntries(
          ["sources.csv", "series.csv", "detentions.csv", "places.csv", "corrections.csv"].map((f) => [f, read(f)]),
        ),
      );
      const built = buildRelease(table, { id, asOf: def.asOf, base: await loadLocalRelease(DATA, def.base) });
      // Since 2026-12-06-r3, with the languages of the translation memory, changelog included.
      const { records, changelog } = def.translate
        ? translateRelease(built.records, def.changelog, readTranslationFolder(RESEARCH).memory)
        : { records: built.records, changelog: def.changelog };
      expect(changelog).toEqual((await loadLocalRelease(DATA, id)).entry.changelog);
      for (const name of RELEASE_FILE_NAMES) {
        const key = name.replace(".json", "");
        expect(toJsonText({ [key]: records[key] }), name).toBe(
          readFileSync(path.join(DATA, "releases", id, name), "utf8"),
        );
      }
    },
  );
});
