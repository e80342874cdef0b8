/**
 * The analysis-ready CSV of each widget, built from the real releases and read back with a standard CSV parser
 * (csv-parse): figures a reader knows from the dashboard come out as plain numbers, with qualifiers in words,
 * one row per claim, the publisher once, and only what the view shows.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { loadRelease } from "../../src/data/loader";
import type { ReleaseData } from "../../src/data/schema";
import { TIDY_COLUMNS, tidyRows, titleWithoutPublisher } from "../../src/data/tidy";
import { tidyCsv, tidyMetadata } from "../../src/export/tidy";
import { exportWidgetCsv } from "../../src/export/widgetExport";
import type { Lang } from "../../src/i18n/format";
import type { DateRange } from "../../src/state/store";
import { EMBED_WIDGETS } from "../../src/app/registry";
import type { WidgetContext } from "../../src/widgets/types";
import { widgetContext } from "../testing/widgetContext";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const releases = new Map<string, ReleaseData>();

beforeAll(async () => {
  for (const id of ["2024-11-15", "2026-12-06", "2026-12-06-r2"]) {
    const { release } = await loadRelease(async (p) => new Uint8Array(readFileSync(path.join(DATA, p))), id);
    releases.set(id, release);
  }
});

function ctx(id: string, range: DateRange = null, lang: Lang = "en"): WidgetContext {
  return widgetContext(releases.get(id)!, { lang, range });
}

type Row = Record<string, string | number | null>;

const parsed = new Map<string, { header: string[]; rows: Row[] }>();

/** The widget's CSV as a spreadsheet or pandas would read it: numbers in value/low/high/claim_rank. Read once per
 * widget, release and range (several tests look at the same file). */
function csvOf(widget: string, c: WidgetContext): { header: string[]; rows: Row[] } {
  const key = `${widget} ${c.release.entry.id} ${c.range?.start}/${c.range?.end}`;
  let out = parsed.get(key);
  if (!out) parsed.set(key, (out = readCsv(widget, c)));
  return out;
}

function readCsv(widget: string, c: WidgetContext): { header: string[]; rows: Row[] } {
  const def = EMBED_WIDGETS.find((w) => w.id === widget)!;
  const text = tidyCsv(tidyRows(def.claims!(c), c.release));
  const header = parse(text, { to_line: 1 })[0] as string[];
  const numeric = new Set(["value", "low", "high", "claim_rank"]);
  const rows = parse(text, {
    columns: true,
    cast: (v, { column }) => (numeric.has(String(column)) ? (v === "" ? null : Number(v)) : v),
  }) as Row[];
  return { header, rows };
}

describe("tidy CSV of each widget", () => {
  it("has the documented header and a numeric value in every row that states a figure, in every widget", () => {
    for (const def of EMBED_WIDGETS) {
      const { header, rows } = csvOf(def.id, ctx("2026-12-06-r2"));
      expect(header, def.id).toEqual(TIDY_COLUMNS.map((c) => c.name));
      expect(rows.length, def.id).toBeGreaterThan(0);
      for (const r of rows) {
        if (r.qualifier !== "") expect(Number.isFinite(r.value), `${def.id} ${r.claim_id}`).toBe(true);
        expect(["", "exact", "at least", "about", "more than", "fewer than", "range"]).toContain(r.qualifier);
      }
      // Every row is one claim: ids are unique.
      expect(new Set(rows.map((r) => r.claim_id)).size, def.id).toBe(rows.length);
    }
  });

  it("gives the disputed running pardon total after 9 December 2024 as two claims: 178 reported, 207 added up", () => {
    const { rows } = csvOf("pardon-timeline", ctx("2026-12-06-r2"));
    const totals = rows.filter((r) => r.record_id === "pardon-2024-12-09" && r.measure === "running_total_released");
    expect(totals.map((r) => [r.value, r.qualifier, r.basis, r.claim_rank])).toEqual([
      [178, "exact", "reported", 1],
      [207, "exact", "computed", 2],
    ]);
    expect(totals[0]!.source_publisher).toBe("RKS news | AP");
    expect(totals[0]!.date).toBe("2024-12-09");
    expect(totals[0]!.period_start).toBe("2024-07");
    // The stage itself: 29 released, one row citing all three sources that state it.
    const stage = rows.filter((r) => r.record_id === "pardon-2024-12-09" && r.measure === "released");
    expect(stage.map((r) => [r.value, r.low, r.high, r.category])).toEqual([[29, 29, 29, "pardon"]]);
    expect(String(stage[0]!.source_id).split(" | ")).toHaveLength(3);
  });

  it("states our own sum of the stages as a computed claim where no source gives the same figure", () => {
    const { rows } = csvOf("pardon-timeline", ctx("2026-12-06-r2"));
    const last = rows.filter((r) => r.record_id === "pardon-2026-03-05" && r.measure === "running_total_released");
    expect(last.map((r) => [r.value, r.basis])).toEqual([[598, "computed"]]);
    expect(last[0]!.note).toContain("21 stages");
  });

  it("spells qualifiers in words and sets low/high from them", () => {
    const treason = csvOf("treason-trend", ctx("2024-11-15")).rows;
    expect(treason.map((r) => [r.date, r.value, r.qualifier, r.low, r.high])).toContainEqual([
      "2024-11-06",
      88,
      "at least",
      88,
      null,
    ]);
    const keys = csvOf("key-figures", ctx("2024-11-15")).rows;
    expect(keys.find((r) => r.measure === "prisoners_in_custody")).toMatchObject({
      value: 1275,
      qualifier: "exact",
      date: "2024-11-15",
    });
    // A range: Valiantsin Shtermer's age, given as 61 or 62 by one source.
    const ages = csvOf("deaths-in-custody", ctx("2026-12-06-r2")).rows.filter(
      (r) => r.person_name === "Valiantsin Shtermer" && r.measure === "age_at_death",
    );
    expect(ages.find((r) => r.qualifier === "range")).toMatchObject({ value: 61, low: 61, high: 62 });
  });

  it("names each source's publisher once, in its own column, never in front of the title", () => {
    const { rows } = csvOf("detention-map", ctx("2026-12-06-r2"));
    const release = releases.get("2026-12-06-r2")!;
    const source = release.sources.find((s) => s.publisher === "ABC Nyheter")!;
    expect(source.title).toBe("ABC Nyheter: Over 300 arrested after new demonstrations in Belarus");
    expect(titleWithoutPublisher(source)).toBe("Over 300 arrested after new demonstrations in Belarus");
    const abc = rows.find((r) => String(r.source_id).split(" | ").includes(source.id))!;
    const at = String(abc.source_id).split(" | ").indexOf(source.id);
    expect(String(abc.source_publisher).split(" | ")[at]).toBe("ABC Nyheter");
    expect(String(abc.source_title).split(" | ")[at]).toBe("Over 300 arrested after new demonstrations in Belarus");
    for (const def of EMBED_WIDGETS) {
      for (const r of csvOf(def.id, ctx("2026-12-06-r2")).rows) {
        const titles = String(r.source_title).split(" | ");
        String(r.source_publisher)
          .split(" | ")
          .forEach((p, i) => expect(titles[i]!.startsWith(`${p}: `), `${def.id} ${r.claim_id}`).toBe(false));
      }
    }
  });

  it("keeps the selected time range, as the table does", () => {
    const range = { start: "2024-11-01", end: "2024-11-30" };
    const { rows } = csvOf("pardon-timeline", ctx("2026-12-06-r2", range));
    const stages = [...new Set(rows.filter((r) => r.measure === "released").map((r) => r.date))];
    expect(stages).toEqual(["2024-11-07", "2024-11-20"]);
    const series = csvOf("prisoners-trend", ctx("2026-12-06-r2", range)).rows;
    expect(series.length).toBeGreaterThan(0);
    expect(series.every((r) => String(r.date) >= "2024-11" && String(r.date) <= "2024-11-30")).toBe(true);
  });

  it("places detentions no finer than the map may show them", () => {
    const { rows } = csvOf("detention-map", ctx("2026-12-06"));
    const raid = rows.find((r) => r.record_id === "2023-08-navahrudak-plant")!;
    expect(raid).toMatchObject({ scope: "region", place_ids: "BY-HR", place_names: "Hrodna region", value: 3 });
    expect(raid.qualifier).toBe("at least");
    const places = rows.find((r) => r.scope === "places" && String(r.place_ids).includes(" | "));
    expect(String(places?.place_names).split(" | ").length).toBe(String(places?.place_ids).split(" | ").length);
  });

  it("neutralises text a spreadsheet would run as a formula and leaves numbers alone", () => {
    const release = { sources: [{ id: "x", title: '=HYPERLINK("http://evil.example")', publisher: "@evil" }] };
    const text = tidyCsv(
      tidyRows(
        [
          {
            record: "r",
            measure: "detained",
            date: "2024",
            figure: { value: 5, qualifier: "fewer_than" },
            note: "-1 cmd",
            sources: ["x"],
          },
        ],
        release as unknown as ReleaseData,
      ),
    );
    const [row] = parse(text, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({
      value: "5",
      low: "",
      high: "5",
      qualifier: "fewer than",
      note: "'-1 cmd",
      source_title: '\'=HYPERLINK("http://evil.example")',
      source_publisher: "'@evil",
    });
  });

  it("writes CSVW metadata naming the release, its as-of date, the licence, the citation and every column", () => {
    const c = ctx("2024-11-15");
    const def = EMBED_WIDGETS.find((w) => w.id === "prisoners-trend")!;
    const out = exportWidgetCsv(def, c, true, "brt-prisoners-trend-2024-11-15-full.csv", "https://example.org/?x")!;
    expect(out.csv().startsWith("record_id,")).toBe(true);
    const meta = JSON.parse(out.metadata());
    expect(meta["@context"][0]).toBe("http://www.w3.org/ns/csvw");
    expect(meta.url).toBe("brt-prisoners-trend-2024-11-15-full.csv");
    expect(meta["schema:version"]).toBe("2024-11-15");
    expect(meta["rdfs:comment"][0]).toBe("Data release 2024-11-15, as of 2024-11-15.");
    expect(meta["dc:license"]).toEqual({ "@id": "https://creativecommons.org/licenses/by/4.0/" });
    expect(meta["dc:title"]["@value"]).toBe(def.title(c.t));
    expect(meta["dc:bibliographicCitation"]).toContain("(Data release 2024-11-15)");
    expect(meta.tableSchema.columns.map((col: { name: string }) => col.name)).toEqual(TIDY_COLUMNS.map((x) => x.name));
    expect(meta.tableSchema.columns.find((col: { name: string }) => col.name === "value").datatype).toBe("decimal");
    // The same metadata builder, for a range: it says which rows the file holds.
    const ranged = tidyMetadata({
      csvFileName: "a.csv",
      title: "T",
      description: "D",
      lang: "en",
      release: c.release.entry,
      range: { start: "2024-01-01", end: "2024-06-30" },
      url: "https://example.org/",
      citation: "C",
      rows: 12,
    }) as { "rdfs:comment": string[] };
    expect(ranged["rdfs:comment"][1]).toBe(
      "Rows limited to 2024-01-01 – 2024-06-30, as shown on the dashboard (12 rows).",
    );
  });
});
