/**
 * Content checks on the generated releases (public/data/releases/*), read from disk exactly as
 * published: the newsletter's key figures, the modelled disagreements, and that the 15 Nov 2024
 * release holds nothing dated or published after that day. These releases are published and never
 * change (tests/unit/research.test.ts rebuilds them byte for byte); a correction is a new release.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../scripts/history-build-releases.ts";
import { Policy, smallTownCounts } from "../../src/data/privacy";
import {
  RELEASE_FILES,
  RELEASE_FILE_NAMES,
  type Claim,
  type DeathInCustody,
  type DetentionEvent,
  type Incommunicado,
  type PardonStage,
  type Person,
  type Place,
  type Series,
  type Source,
} from "../../src/data/schema";

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../public/data");
const NL = "hc-newsletter-2024-11-15";

interface Release {
  sources: Source[];
  places: Place[];
  people: Person[];
  pardons: PardonStage[];
  detentions: DetentionEvent[];
  series: Series[];
  deaths: DeathInCustody[];
  incommunicado: Incommunicado[];
  events: { id: string; date: string; end?: string; sources: string[] }[];
}

function load(id: string): Release {
  const out: Record<string, unknown> = {};
  for (const name of RELEASE_FILE_NAMES) {
    const json: unknown = JSON.parse(readFileSync(path.join(DATA, "releases", id, name), "utf8"));
    const parsed = RELEASE_FILES[name].parse(json) as Record<string, unknown>;
    const key = name.replace(".json", "");
    out[key] = parsed[key];
  }
  return out as unknown as Release;
}

const early = load("2024-11-15");
const late = load("2026-03-05");
const newest = load("2026-12-06");
/** The correction release of 2026-12-06. */
const corrected = load("2026-12-06-r2");
/** The same data with every text in three languages, which the dashboard opens by default. */
const translated = load("2026-12-06-r3");

const stage = (r: Release, date: string) => {
  const s = r.pardons.find((p) => p.date === date);
  if (!s) throw new Error(`no pardon stage on ${date}`);
  return s;
};
const series = (r: Release, id: Series["id"]) => {
  const s = r.series.find((x) => x.id === id);
  if (!s) throw new Error(`no series ${id}`);
  return s;
};
const has = (claims: Claim[], value: number, qualifier: Claim["qualifier"], source?: string) =>
  claims.some((c) => c.value === value && c.qualifier === qualifier && (!source || c.sources.includes(source)));

/** Every string under a date-like key anywhere in the release. */
function dates(node: unknown, key?: string, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => dates(n, key, out));
  else if (typeof node === "string" && key && ["date", "start", "end", "asOf"].includes(key)) out.push(node);
  else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) dates(v, k, out);
  return out;
}

/** Every id cited under sources / nameSources anywhere in the release. */
function cited(node: unknown, key?: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const n of node) {
      if (typeof n === "string" && (key === "sources" || key === "nameSources")) out.add(n);
      else cited(n, key, out);
    }
  } else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) cited(v, k, out);
  return out;
}

describe.each([
  ["2024-11-15", early],
  ["2026-03-05", late],
  ["2026-12-06", newest],
  ["2026-12-06-r2", corrected],
  ["2026-12-06-r3", translated],
])("release %s: integrity", (id, r) => {
  it("cites only sources it lists, and lists only sources it cites", () => {
    const { sources, ...records } = r;
    const ids = new Set(sources.map((s) => s.id));
    const used = cited(records);
    expect([...used].filter((s) => !ids.has(s))).toEqual([]);
    expect([...ids].filter((s) => !used.has(s))).toEqual([]);
  });

  it("refers only to places and people it lists", () => {
    const places = new Set(r.places.map((p) => p.id));
    const people = new Set(r.people.map((p) => p.id));
    for (const d of r.detentions) for (const p of d.places) expect(places, d.id).toContain(p);
    for (const d of r.deaths) {
      if (d.place) expect(places, d.id).toContain(d.place);
      expect(people, d.id).toContain(d.person);
    }
    for (const i of r.incommunicado) expect(people, i.id).toContain(i.person);
  });

  it("has nothing dated after its as-of date", () => {
    const all = dates(r);
    expect(all.length).toBeGreaterThan(100);
    for (const d of all) expect(d <= id.slice(0, d.length), d).toBe(true);
  });

  it("keeps the newsletter as a source without a URL and every other source with one", () => {
    const nl = r.sources.find((s) => s.id === NL);
    expect(nl).toMatchObject({ publisher: "Human Constanta", date: "2024-11-15" });
    expect(nl!.url).toBeUndefined();
    expect(typeof nl!.note === "string" ? nl!.note : nl!.note?.en).toMatch(/placeholder/);
    for (const s of r.sources) if (s.id !== NL) expect(s.url, s.id).toMatch(/^https?:\/\//);
  });

  it("has the full gazetteer with names in three languages", () => {
    expect(r.places.length).toBeGreaterThanOrEqual(20);
    const mahiliou = r.places.find((p) => p.id === "mahiliou")!;
    expect(mahiliou.names).toEqual({ en: "Mahiliou", be: "Магілёў", ru: "Могилёв" });
    expect(mahiliou.alt).toEqual(expect.arrayContaining(["Mahileu", "Mogilev", "Mahilioŭ", "Mahilyow", "Mahiliou"]));
    expect(mahiliou).toMatchObject({ kind: "city", oblast: "BY-MA", lat: 53.917, lon: 30.35 });
    expect(r.places.find((p) => p.id === "minsk")).toMatchObject({ kind: "capital", oblast: "BY-HM" });
    expect(r.places.find((p) => p.id === "smarhon")).toMatchObject({ kind: "town", lat: 54.484, lon: 26.4 });
    const yelizovo = r.places.find((p) => p.id === "yelizovo")!;
    expect(yelizovo.lat).toBeUndefined();
    expect(yelizovo.lon).toBeUndefined();
  });
});

describe("release 2024-11-15 (newsletter)", () => {
  it("has 1,275 political prisoners on 15 Nov 2024 from the newsletter", () => {
    const obs = series(early, "prisoners_in_custody").observations.filter((o) => o.date === "2024-11-15");
    expect(obs).toHaveLength(1);
    expect(obs[0]).toMatchObject({ value: 1275, qualifier: "exact", sources: [NL] });
  });

  it("has 14 newly recognised for 2–15 Nov 2024 from the newsletter", () => {
    const obs = series(early, "newly_recognised").observations.find((o) => o.sources.includes(NL));
    expect(obs).toMatchObject({ start: "2024-11-02", date: "2024-11-15", value: 14, qualifier: "exact" });
  });

  it("has the fifth pardon stage of 7 Nov 2024 with its breakdown and running total", () => {
    const s = stage(early, "2024-11-07");
    expect(s.kind).toBe("pardon");
    expect(s.count[0]).toMatchObject({ value: 31, qualifier: "exact" });
    expect(s.count[0]!.sources).toEqual(expect.arrayContaining([NL, "babel-2024-11-07"]));
    const expected = { women: 2, men: 29, chronically_ill: 17, disabled: 3, parents: 27, parents_of_several: 7 };
    for (const [key, value] of Object.entries(expected)) {
      const c = s.breakdown[key as keyof typeof expected]!;
      expect(c, key).toMatchObject({ value, qualifier: "exact" });
      expect(c.sources, key).toEqual(expect.arrayContaining([NL, "babel-2024-11-07"]));
    }
    expect(s.runningTotal).toEqual([
      expect.objectContaining({ value: 146, qualifier: "exact", basis: "reported", sources: [NL] }),
    ]);
    expect(s.stageNumbers).toEqual([expect.objectContaining({ number: 5, sources: [NL] })]);
  });

  it("counts 146 over the five stages since 3 July 2024", () => {
    const stages = early.pardons.filter((p) => p.date >= "2024-07-03");
    expect(stages.map((p) => p.date)).toEqual(["2024-07-03", "2024-08-16", "2024-09-04", "2024-09-16", "2024-11-07"]);
    expect(stages.reduce((sum, p) => sum + p.count[0]!.value, 0)).toBe(146);
  });

  it("keeps the initial July 2024 counts next to the final 18", () => {
    const s = stage(early, "2024-07-03");
    expect(s.kind).toBe("amnesty");
    expect(s.count[0]).toMatchObject({ value: 18, qualifier: "exact", sources: ["afp-2024-11-07"] });
    expect(has(s.count, 4, "exact")).toBe(true);
    expect(has(s.count, 8, "exact")).toBe(true);
    expect(has(s.count, 10, "at_least")).toBe(true);
    expect(s.conflict?.en).toMatch(/initial/);
    // RFE/RL's retrospective of 20 Nov 2024 is not yet published.
    expect(JSON.stringify(early)).not.toContain("rferl-2024-11-20-pardon");
  });

  it("gives 16 Sep 2024 both stage numbers", () => {
    const s = stage(early, "2024-09-16");
    expect(s.stageNumbers.map((n) => n.number).sort()).toEqual([3, 4]);
    expect(has(s.runningTotal, 115, "exact", "rferl-2024-09-17-reprint")).toBe(true);
  });

  it("models Smarhon and Slonim as one event with both places", () => {
    const events = early.detentions.filter((d) => d.places.includes("smarhon") || d.places.includes("slonim"));
    const combined = events.filter((d) => d.places.includes("slonim"));
    expect(combined).toHaveLength(1);
    const e = combined[0]!;
    expect(e.places).toEqual(["smarhon", "slonim"]);
    expect(e.scope).toBe("places");
    expect(has(e.count, 50, "at_least", NL)).toBe(true);
    expect(has(e.count, 50, "about", "zerkalo-2024-11-14")).toBe(true);
    // The only other Smarhon event is the August 2024 workplace raid.
    expect(events.filter((d) => d !== e).map((d) => d.id)).toEqual(["2024-08-07-smarhon-plant"]);
  });

  it("records the Khoyniki dairy plant raid with the management's denial as a conflict", () => {
    const e = early.detentions.find((d) => d.places.includes("khoyniki"))!;
    expect(e.category).toBe("raid");
    expect(e.count).toHaveLength(1);
    expect(has(e.count, 20, "at_least", NL)).toBe(true);
    expect(e.count[0]!.sources).toContain("zerkalo-2024-11-04");
    expect(e.conflict?.en).toMatch(/denied/);
  });

  it("has the pre-election national wave with several claims", () => {
    const e = early.detentions.find((d) => d.id === "2024-10-31-national")!;
    expect(e).toMatchObject({ scope: "national", places: [], start: "2024-10-31" });
    expect(has(e.count, 80, "at_least", NL)).toBe(true);
    expect(has(e.count, 100, "about", NL)).toBe(true);
    expect(has(e.count, 100, "more_than", "ap-2024-11-06")).toBe(true);
    expect(e.conflict).toBeDefined();
  });

  it("reports mass detentions without a number in Navahrudak, Maladzechna and Mahiliou", () => {
    for (const place of ["navahrudak", "maladzechna", "mahiliou"]) {
      const e = early.detentions.find((d) => d.places.includes(place) && d.start === "2024-10-31");
      expect(e, place).toBeDefined();
      expect(e!.count).toEqual([]);
      expect(e!.sources).toContain(NL);
    }
  });

  it("has the Belarusian Railways preventive conversations with both figures", () => {
    const e = early.detentions.find((d) => d.category === "preventive_conversation")!;
    expect(e.places).toEqual(["minsk"]);
    expect(has(e.count, 60, "exact", NL)).toBe(true);
    expect(has(e.count, 60, "more_than", "belzhd-2024-11")).toBe(true);
  });

  it("has the Hrodna region raids of 14 Nov 2024 as a region-wide event", () => {
    const e = early.detentions.find((d) => d.scope === "region")!;
    expect(e).toMatchObject({ region: "BY-HR", start: "2024-11-14", places: [], count: [] });
  });

  it("has at least 88 treason convictions from the newsletter and no invented earlier figure", () => {
    const obs = series(early, "treason_convictions_cumulative").observations;
    expect(obs.find((o) => o.sources.includes(NL))).toMatchObject({
      start: "2020-08-09",
      date: "2024-11-06",
      value: 88,
      qualifier: "at_least",
    });
    expect(obs.filter((o) => o.sources.includes(NL))).toHaveLength(1);
    expect(obs.map((o) => o.value).sort((a, b) => a - b)).toEqual([44, 88]);
  });

  it("has the seven deaths in custody counted by Viasna by then", () => {
    expect(early.deaths).toHaveLength(7);
    expect(early.deaths.map((d) => d.ordinal).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const d = early.deaths.find((x) => x.person === "dzmitry-shletgauer")!;
    expect(d.died.map((c) => c.date)).toEqual(["2024-10-11"]);
    expect(d.reported).toEqual([expect.objectContaining({ date: "2024-11-01" })]);
    expect(d.reported[0]!.sources).toContain(NL);
    expect(d.age).toEqual([expect.objectContaining({ value: 22, qualifier: "exact" })]);
    expect(d).toMatchObject({ place: "mahiliou", ordinal: 7 });
    expect(early.people.find((p) => p.id === "dzmitry-shletgauer")!.nameSources).toContain(NL);
  });

  it("keeps both reported ages of Ihar Lednik", () => {
    const d = early.deaths.find((x) => x.person === "ihar-lednik")!;
    expect(d.age.map((c) => c.value).sort()).toEqual([63, 64]);
  });

  it("has Kalesnikava's contact resumed after more than 600 days", () => {
    const r = early.incommunicado.find((i) => i.person === "maryia-kalesnikava")!;
    expect(r.since.map((s) => s.date)).toEqual(["2023-02"]);
    expect(r.ended).toMatchObject({ date: "2024-11-12", how: "contact_resumed" });
    expect(r.ended!.sources).toContain(NL);
    expect(has(r.reportedDays, 600, "more_than", NL)).toBe(true);
    // Viktar Babaryka, Statkevich and Tsikhanouski are still incommunicado on 15 Nov 2024.
    for (const person of ["viktar-babaryka", "mikalai-statkevich", "siarhei-tsikhanouski"]) {
      expect(early.incommunicado.find((i) => i.person === person)?.ended, person).toBeUndefined();
    }
  });

  it("names Nasta Loika without an incommunicado record", () => {
    expect(early.people.find((p) => p.id === "nasta-loika")!.nameSources).toEqual([NL, "nhc-2023-loika"]);
    expect(early.incommunicado.some((i) => i.person === "nasta-loika")).toBe(false);
  });

  it("has the election date set on 23 Oct 2024 and no later events", () => {
    expect(early.events.find((e) => e.id === "2024-10-23-election-date-set")?.sources).toContain(NL);
    expect(early.events.every((e) => e.date <= "2024-11-15")).toBe(true);
  });
});

describe("release 2026-03-05 (sourced history)", () => {
  it("shows 9 Dec 2024's reported 178 next to the computed 207", () => {
    const s = stage(late, "2024-12-09");
    expect(s.count[0]).toMatchObject({ value: 29, qualifier: "exact" });
    const reported = s.runningTotal.find((c) => c.value === 178)!;
    const computed = s.runningTotal.find((c) => c.value === 207)!;
    expect(reported.basis).toBe("reported");
    expect(reported.sources).toEqual(expect.arrayContaining(["rks-2024-12-09", "ap-2024-12-09"]));
    expect(computed.basis).toBe("computed");
    expect(computed.sources).toContain("babel-2024-12-09");
    expect(computed.note).toMatch(/178 \+ 29/);
    expect(s.conflict?.en).toMatch(/207/);
  });

  it("shows 18 Jan 2025's reported 232 next to the computed 250", () => {
    const s = stage(late, "2025-01-18");
    expect(s.runningTotal.find((c) => c.value === 232)?.basis).toBe("reported");
    expect(s.runningTotal.find((c) => c.value === 250)?.basis).toBe("computed");
    expect(s.conflict).toBeDefined();
  });

  it("keeps 52 and 40 for the US-brokered release of 11 Sep 2025", () => {
    const s = stage(late, "2025-09-11");
    expect(s.kind).toBe("us_brokered");
    expect(s.count[0]).toMatchObject({ value: 52, qualifier: "exact" });
    expect(s.count[0]!.sources).toEqual(expect.arrayContaining(["civicus-2025-09-29", "polskie-radio-2025-09-11"]));
    const hrw = s.count.find((c) => c.value === 40)!;
    expect(hrw.sources).toEqual(["hrw-2025-09-26"]);
    expect(hrw.note).toMatch(/political prisoners only/i);
    expect(s.conflict?.en).toMatch(/40/);
  });

  it("tells pardon kinds apart", () => {
    const kinds = Object.fromEntries(late.pardons.map((p) => [p.date, p.kind]));
    expect(kinds).toMatchObject({
      "2024-07-03": "amnesty",
      "2025-01-26": "us_brokered",
      "2025-02-12": "us_brokered",
      "2025-06-21": "us_brokered",
      "2025-12-13": "us_brokered",
      "2025-11-22": "foreigners",
      "2025-12-28": "pardon",
      "2026-03-05": "pardon",
    });
    expect(stage(late, "2025-12-13").count[0]!.value).toBe(123);
    expect(stage(late, "2025-06-21").count[0]!.value).toBe(14);
    expect(late.pardons.some((p) => p.date === "2025-12-30")).toBe(false);
  });

  it("adds RFE/RL's retrospective count to the July 2024 stage and dates 20 Nov 2024 with a conflict", () => {
    expect(stage(late, "2024-07-03").count[0]!.sources).toEqual(["afp-2024-11-07", "rferl-2024-11-20-pardon"]);
    const s = stage(late, "2024-11-20");
    expect(has(s.runningTotal, 178, "exact", "rferl-2024-11-20-pardon")).toBe(true);
    expect(s.conflict?.en).toMatch(/21 Nov/);
  });

  it("has more observations and records than the 15 Nov 2024 release", () => {
    const n = (r: Release) => r.series.reduce((sum, s) => sum + s.observations.length, 0);
    expect(n(late)).toBeGreaterThan(n(early));
    expect(series(late, "prisoners_in_custody").observations.length).toBeGreaterThan(
      series(early, "prisoners_in_custody").observations.length,
    );
    expect(late.pardons.length).toBeGreaterThan(early.pardons.length);
    expect(late.deaths.length).toBeGreaterThan(early.deaths.length);
  });

  it("keeps both end-of-2023 totals and ends with the March 2026 figure", () => {
    const obs = series(late, "prisoners_in_custody").observations;
    expect(
      obs
        .filter((o) => o.date === "2023-12-31")
        .map((o) => o.value)
        .sort(),
    ).toEqual([1452, 1477]);
    expect(obs[obs.length - 1]).toMatchObject({ date: "2026-03-05", value: 1140, qualifier: "more_than" });
    expect(obs.some((o) => o.date === "2024-11-15" && o.sources.includes(NL))).toBe(true);
  });

  it("has the nine deaths counted by Viasna and two outside its count", () => {
    expect(late.deaths).toHaveLength(11);
    expect(
      late.deaths
        .map((d) => d.ordinal)
        .filter((o) => o !== undefined)
        .sort((a, b) => a! - b!),
    ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const padniabenny = late.deaths.find((d) => d.person === "andrei-padniabenny")!;
    expect(padniabenny).toMatchObject({ ordinal: 9, place: "mahiliou" });
    expect(padniabenny.died[0]!.date).toBe("2025-09-03");
  });

  it("ends incommunicado spans with releases", () => {
    const ended = (person: string) => late.incommunicado.find((i) => i.person === person)?.ended;
    expect(ended("siarhei-tsikhanouski")).toMatchObject({ date: "2025-06-21", how: "released" });
    expect(ended("ihar-losik")).toMatchObject({ date: "2025-09-11", how: "released" });
    expect(ended("maksim-znak")).toMatchObject({ date: "2025-12-13", how: "released" });
    expect(ended("viktar-babaryka")).toMatchObject({ date: "2025-12-13", how: "released" });
    expect(ended("maryia-kalesnikava")).toMatchObject({ date: "2024-11-12", how: "contact_resumed" });
    expect(ended("mikalai-statkevich")).toBeUndefined();
    const k = late.incommunicado.find((i) => i.person === "maryia-kalesnikava")!;
    expect(k.since.map((s) => s.date)).toEqual(["2023-02-15", "2023-02"]);
  });
});

describe("release 2026-12-06 (monthly record from the research table)", () => {
  const months = (id: Series["id"]) => new Set(series(newest, id).observations.map((o) => o.date.slice(0, 7)));
  const at = (id: Series["id"], date: string) => series(newest, id).observations.filter((o) => o.date === date);

  it("has a political-prisoner count for most months from September 2020 to March 2026, and gaps where none was found", () => {
    const custody = months("prisoners_in_custody");
    const all: string[] = [];
    for (let y = 2020; y <= 2026; y++) {
      for (let m = 1; m <= 12; m++) {
        const month = `${y}-${String(m).padStart(2, "0")}`;
        if (month >= "2020-08" && month <= "2026-03") all.push(month);
      }
    }
    const missing = all.filter((m) => !custody.has(m));
    expect(missing).toEqual(["2020-08", "2022-06", "2022-07", "2022-08", "2025-08", "2025-10", "2026-01", "2026-02"]);
    // Viasna's monthly reviews, as stated: 1,244 on 31 Jan 2025 and 1,234 (155 women) on 28 Feb 2025.
    expect(at("prisoners_in_custody", "2025-01-31")).toEqual([
      expect.objectContaining({ value: 1244, qualifier: "exact", sources: ["viasna-2025-01"] }),
    ]);
    expect(at("prisoners_in_custody_women", "2025-02-28")).toEqual([
      expect.objectContaining({ value: 155, qualifier: "exact" }),
    ]);
  });

  it("adds the two new monthly series with their qualifiers", () => {
    expect(at("convicted_cumulative", "2025-01-31")).toEqual([
      expect.objectContaining({ value: 6560, qualifier: "more_than" }),
    ]);
    expect(at("repression_cases", "2025-01-31")).toEqual([
      expect.objectContaining({
        start: "2025-01-01",
        value: 506,
        qualifier: "at_least",
        sources: expect.arrayContaining(["viasna-2025-01", "pozirk-2025-02-05"]),
      }),
    ]);
    expect(months("repression_cases").size).toBeGreaterThanOrEqual(10);
    expect(months("newly_recognised").size).toBeGreaterThanOrEqual(30);
  });

  it("keeps one figure restated by several pages as one claim with all its sources", () => {
    for (const [date, value] of [
      ["2020-12", 169],
      ["2023-10-31", 1473],
      ["2024-07-31", 1391],
      ["2025-12-23", 1135],
    ] as const) {
      const same = at("prisoners_in_custody", date).filter((o) => o.value === value);
      expect(same, `${value} on ${date}`).toHaveLength(1);
      expect(same[0]!.sources.length, `${value} on ${date}`).toBeGreaterThan(1);
    }
  });

  it("keeps the disagreement at the end of 2023 and at 5 March 2026 side by side", () => {
    expect(
      at("prisoners_in_custody", "2023-12-31")
        .map((o) => o.value)
        .sort(),
    ).toEqual([1452, 1477]);
    expect(
      at("prisoners_in_custody", "2026-03-05")
        .map((o) => `${o.qualifier} ${o.value}`)
        .sort(),
    ).toEqual(["exact 1140", "more_than 1140"]);
  });

  it("shows the Navahrudak plant raid at region level only, and Viasna's 360 as at least 360", () => {
    expect(newest.detentions.find((d) => d.id === "2023-08-navahrudak-plant")).toMatchObject({ display: "oblast" });
    expect(newest.detentions.find((d) => d.id === "2024-07-to-09-quarter")!.count).toEqual([
      expect.objectContaining({ value: 360, qualifier: "at_least" }),
    ]);
  });

  it("adds detention events from 2020 to 2025, one figure for several towns staying one event", () => {
    expect(newest.detentions.length).toBeGreaterThanOrEqual(90);
    const towns = newest.detentions.find((d) => d.id === "2020-12-20-towns")!;
    expect(towns.places).toEqual(["minsk", "barysau", "homiel", "hrodna", "salihorsk"]);
    expect(towns.count).toEqual([expect.objectContaining({ value: 42, qualifier: "at_least" })]);
    const raids = newest.detentions.find((d) => d.id === "2024-01-23-raids")!;
    expect(raids.count.map((c) => c.value)).toEqual(expect.arrayContaining([24, 60, 84, 100]));
    // New towns come with the page that gives their coordinates.
    const lida = newest.places.find((p) => p.id === "lida")!;
    expect(lida).toMatchObject({ oblast: "BY-HR", lat: 53.8872, lon: 25.3028 });
    expect(newest.sources.find((s) => s.id === lida.sources[0])!.url).toMatch(/^https:\/\//);
  });

  it("ends every incommunicado span by the same rule and records 2025 releases as status", () => {
    const k = newest.incommunicado.find((i) => i.person === "maryia-kalesnikava")!;
    expect(k.ended).toMatchObject({ date: "2025-12-13", how: "released" });
    for (const id of ["viktar-babaryka", "maksim-znak", "ihar-losik", "siarhei-tsikhanouski"]) {
      expect(newest.people.find((p) => p.id === id)!.status, id).toMatchObject({ value: "released" });
    }
  });

  it("dates reported pardon totals by the day they refer to", () => {
    const totals = newest.pardons.flatMap((p) => p.runningTotal.map((c) => [p.date, c.value, c.asOf ?? ""]));
    expect(totals).toEqual(
      expect.arrayContaining([
        ["2025-02-12", 258, "2025-04-04"],
        ["2025-05-07", 300, "2025-06-10"],
        ["2025-12-13", 569, "2025-12-23"],
      ]),
    );
  });

  it("cites no page published after its as-of date", () => {
    for (const s of newest.sources) if (s.date) expect(s.date.slice(0, 10) <= "2026-12-06", s.id).toBe(true);
  });
});

describe("release 2026-12-06-r2 (correction of 2026-12-06)", () => {
  const policy = Policy.parse(JSON.parse(readFileSync(path.join(DATA, "policy.json"), "utf8")));
  const manifest = JSON.parse(readFileSync(path.join(DATA, "manifest.json"), "utf8")) as {
    releases: { id: string; asOf: string; changelog: string[] }[];
  };

  const entry = manifest.releases.find((r) => r.id === "2026-12-06-r2")!;

  it("is as of the same day as the release it corrects", () => {
    expect(entry).toMatchObject({ id: "2026-12-06-r2", asOf: "2026-12-06" });
  });

  it("no longer publishes the small count at the Navahrudak plant, which 2026-12-06 flagged under the policy", () => {
    expect(smallTownCounts(newest.detentions, newest.places, policy).map((f) => f.id)).toEqual([
      "2023-08-navahrudak-plant",
    ]);
    expect(smallTownCounts(corrected.detentions, corrected.places, policy)).toEqual([]);
    expect(corrected.detentions.some((e) => e.id === "2023-08-navahrudak-plant")).toBe(false);
    expect(corrected.sources.some((s) => s.id === "nashaniva-2023-08-navahrudak")).toBe(false);
  });

  it("changes nothing else", () => {
    expect(corrected.detentions).toEqual(newest.detentions.filter((e) => e.id !== "2023-08-navahrudak-plant"));
    expect(corrected.sources).toEqual(newest.sources.filter((s) => s.id !== "nashaniva-2023-08-navahrudak"));
    for (const key of ["places", "people", "pardons", "series", "deaths", "incommunicado", "events"] as const) {
      expect(corrected[key], key).toEqual(newest[key]);
    }
  });

  it("says in its changelog what was corrected and why, without repeating the count", () => {
    const changelog = entry.changelog.join(" ");
    expect(changelog).toContain("Correction to release 2026-12-06");
    expect(changelog).toContain("below the safety policy's minimum for one town");
    expect(changelog).not.toMatch(/\b3\b|three/);
  });
});

describe("release 2026-12-06-r3 (2026-12-06-r2 in three languages, the newest release)", () => {
  const manifest = JSON.parse(readFileSync(path.join(DATA, "manifest.json"), "utf8")) as {
    releases: { id: string; asOf: string }[];
  };
  // Texts count by their English here: r3 only gave them their Belarusian and Russian versions.
  const english = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(english)
      : v && typeof v === "object"
        ? "en" in v && Object.keys(v).every((k) => ["en", "be", "ru"].includes(k))
          ? (v as { en: string }).en
          : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, english(x)]))
        : v;

  it("is the newest release, as of the same day", () => {
    expect(manifest.releases[0]).toMatchObject({ id: "2026-12-06-r3", asOf: "2026-12-06" });
  });

  it("changes no figure, date, source or record of 2026-12-06-r2", () => {
    expect(english(translated.sources)).toEqual(english(corrected.sources));
    for (const key of [
      "places",
      "people",
      "pardons",
      "detentions",
      "series",
      "deaths",
      "incommunicado",
      "events",
    ] as const) {
      expect(english(translated[key]), key).toEqual(english(corrected[key]));
    }
  });
});

describe("parseCsv", () => {
  it("handles quoted commas, doubled quotes, newlines in quotes and CRLF", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,"two\nlines",\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["1", "two\nlines", ""],
    ]);
  });

  it("refuses an unterminated quote", () => {
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
  });
});
