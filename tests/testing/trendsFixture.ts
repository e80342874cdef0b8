/**
 * A richer release for the trend charts, with the hard cases of the real data: partial dates
 * ("2020-12", "2023"), disagreeing sources on one date (1,477 vs 1,452), qualifiers of every kind,
 * long gaps, a cumulative series on its own scale, elections, pardon stages and a large release.
 */
import type { ReleaseData } from "../../src/data/schema";
import { translator } from "../../src/i18n";
import type { Lang } from "../../src/i18n/format";
import type { DateRange } from "../../src/state/store";
import type { WidgetContext } from "../../src/widgets/types";
import { prisonerSeries, rng } from "../../scripts/stress-release";

export function trendsRelease(): ReleaseData {
  return {
    entry: {
      id: "2025-12-31",
      title: { en: "Trends fixture" },
      period: { start: "2025-12-01", end: "2025-12-31" },
      asOf: "2025-12-31",
      published: "2025-12-31",
      changelog: ["fixture"],
      files: [],
    },
    sources: [
      { id: "hc", title: "Newsletter 2–15 Nov 2024", publisher: "Human Constanta", date: "2024-11-15" },
      { id: "viasna-m", title: "Monthly review", publisher: "Viasna", url: "https://spring96.org/en/news/113805" },
      { id: "viasna-a", title: "Annual review 2023", publisher: "Viasna", url: "https://spring96.org/en/news/113977" },
      { id: "hrw", title: "World Report 2023", publisher: "Human Rights Watch", url: "https://www.hrw.org/" },
      { id: "racyja", title: "Radio Racyja report", publisher: "Radio Racyja", url: "https://racyja.com/" },
    ],
    places: [],
    people: [],
    pardons: [
      {
        id: "p-2024-07-03",
        date: "2024-07-03",
        kind: "pardon",
        count: [{ value: 18, qualifier: "exact", sources: ["hc"] }],
        runningTotal: [],
        stageNumbers: [],
        breakdown: {},
        sources: ["hc"],
      },
      {
        id: "p-2024-11-07",
        date: "2024-11-07",
        kind: "pardon",
        count: [{ value: 31, qualifier: "exact", sources: ["hc"] }],
        runningTotal: [],
        stageNumbers: [],
        breakdown: {},
        sources: ["hc"],
      },
      {
        id: "us-2025-12-13",
        date: "2025-12-13",
        kind: "us_brokered",
        count: [{ value: 123, qualifier: "exact", sources: ["viasna-m"] }],
        runningTotal: [],
        stageNumbers: [],
        breakdown: {},
        sources: ["viasna-m"],
      },
    ],
    detentions: [],
    series: [
      {
        id: "prisoners_in_custody",
        title: { en: "Political prisoners in custody" },
        unit: "persons",
        observations: [
          { date: "2020-12", value: 169, qualifier: "exact", sources: ["viasna-m"] },
          { date: "2021-04-30", value: 360, qualifier: "exact", sources: ["viasna-m"] },
          { date: "2022-12", value: 1340, qualifier: "at_least", sources: ["hrw"] },
          { date: "2022-12-31", value: 1448, qualifier: "exact", sources: ["viasna-m"] },
          { date: "2023", value: 1501, qualifier: "exact", sources: ["viasna-m"], note: "month not stated" },
          { date: "2023-04-28", value: 1500, qualifier: "about", sources: ["viasna-m"] },
          { date: "2023-12-31", value: 1477, qualifier: "exact", sources: ["viasna-m"] },
          { date: "2023-12-31", value: 1452, qualifier: "exact", sources: ["viasna-a"], note: "annual review" },
          { date: "2024-10", value: 1300, qualifier: "fewer_than", sources: ["racyja"] },
          { date: "2024-10-31", value: 1299, qualifier: "exact", sources: ["viasna-m"] },
          { date: "2024-11-15", value: 1275, qualifier: "exact", sources: ["hc"] },
        ],
      },
      {
        id: "prisoners_in_custody_women",
        title: { en: "Women political prisoners in custody" },
        unit: "persons",
        observations: [
          { date: "2023-10-31", value: 163, qualifier: "exact", sources: ["viasna-m"] },
          { date: "2024-10-31", value: 168, qualifier: "exact", sources: ["viasna-m"] },
        ],
      },
      {
        id: "recognised_cumulative",
        title: { en: "Recognised since 2020" },
        unit: "persons",
        observations: [
          { date: "2023-10-31", value: 2800, qualifier: "about", sources: ["viasna-m"] },
          { date: "2024-09-30", value: 3531, qualifier: "exact", sources: ["viasna-m"] },
        ],
      },
      {
        id: "treason_convictions_cumulative",
        title: { en: "Treason convictions since 9 August 2020" },
        unit: "persons",
        observations: [
          { date: "2024-02", start: "2020-08-09", value: 44, qualifier: "about", sources: ["hc"] },
          { date: "2024-11-06", start: "2020-08-09", value: 88, qualifier: "at_least", sources: ["hc"] },
        ],
      },
    ],
    deaths: [],
    incommunicado: [],
    events: [
      {
        id: "election-2020",
        date: "2020-08-09",
        kind: "election",
        title: { en: "Presidential election: official result 80.10% for Lukashenka" },
        sources: ["viasna-m"],
      },
      {
        id: "election-2025",
        date: "2025-01-26",
        kind: "election",
        title: { en: "Presidential election (early voting from 21 January)" },
        sources: ["viasna-m"],
      },
      {
        id: "referendum-2022",
        date: "2022-02-27",
        kind: "election",
        title: { en: "Constitutional referendum; hundreds detained at anti-war protests" },
        sources: ["viasna-m"],
      },
      {
        id: "release-2025-12-13",
        date: "2025-12-13",
        kind: "release",
        title: { en: "US-brokered release of 123 prisoners" },
        sources: ["viasna-m"],
      },
    ],
  };
}

export function trendsContext(
  opts: { lang?: Lang; range?: DateRange; setView?: WidgetContext["setView"]; release?: ReleaseData } = {},
): WidgetContext {
  const lang = opts.lang ?? "en";
  return {
    release: opts.release ?? trendsRelease(),
    lang,
    t: translator(lang),
    range: opts.range ?? null,
    selection: null,
    categories: [],
    setView: opts.setView ?? (() => undefined),
  };
}

/** A seeded PRNG (the benchmark's), so generated series are the same on every run. */
export const seeded = rng;

/**
 * The trends fixture with "in custody" replaced by a daily series of `points` observations ending on
 * the as-of day, generated as the stress release's is (scripts/stress-release.ts).
 */
export function denseTrendsRelease(points = 100_000): ReleaseData {
  const release = trendsRelease();
  release.series[0] = { ...release.series[0]!, observations: prisonerSeries(release, points, rng(7)) };
  return release;
}
