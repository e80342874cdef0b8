/**
 * Pardon-timeline fixtures built from the research facts: the release of 15 November 2024 (five
 * stages, 146 in total) and a newest release with US-brokered releases, disagreeing counts
 * (11 Sep 2025: 52 vs 40) and reported running totals that differ from the sum (178 vs 207, 232 vs 250).
 */
import type { Claim, Observation, PardonStage, ReleaseData, Source } from "../../src/data/schema";

const src = (id: string, publisher: string, date?: string, url?: string): Source => ({
  id,
  title: `${publisher} report`,
  publisher,
  ...(date ? { date } : {}),
  ...(url ? { url } : {}),
});

const SOURCES: Source[] = [
  src("hc-2024-11-15", "Human Constanta", "2024-11-15"),
  src("rferl", "RFE/RL", "2024-11-20", "https://www.rferl.org/a/33209608.html"),
  src("ansa", "ANSA", "2024-08-16"),
  src("ap", "AP", "2024-09-04"),
  src("dpa", "dpa", "2024-09-04"),
  src("afp", "AFP", "2024-09-16"),
  src("sn", "Salzburger Nachrichten", "2024-09"),
  src("viasna-2024-07", "Viasna", "2024-07-31", "https://spring96.org/en/news/115947"),
  src("viasna-2024-08", "Viasna", "2024-08-31", "https://spring96.org/en/news/116202"),
  src("viasna-2024-09", "Viasna", "2024-09-30", "https://spring96.org/en/news/116420"),
  src("viasna-2024-10", "Viasna", "2024-10-31", "https://spring96.org/en/news/116662"),
  src("viasna-2024-11", "Viasna", "2024-11-30"),
  src("babel", "Babel", "2024-12-09"),
  src("ap-2024-12", "AP", "2024-12-09"),
  src("up", "Ukrainska Pravda", "2025-01-18"),
  src("meduza", "Meduza", "2025-01-18"),
  src("civicus", "CIVICUS Monitor", "2025-09-29"),
  src("polskie", "Polskie Radio", "2025-09-11"),
  src("hrw", "Human Rights Watch", "2025-09-26"),
  src("rbc", "RBC-Ukraine", "2025-09-11"),
  src("kyiv", "Kyiv Independent", "2025-12-13"),
  src("viasna-2025", "Viasna", "2025-12-23"),
  src("charter97", "Charter97", "2025-09-17"),
  src("zdg", "ZdG", "2026-03-05"),
];

const c = (value: number, sources: string[], extra: Partial<Claim> = {}): Claim => ({
  value,
  qualifier: "exact",
  sources,
  ...extra,
});

function stage(p: Partial<PardonStage> & Pick<PardonStage, "id" | "date" | "count">): PardonStage {
  return {
    kind: "pardon",
    runningTotal: [],
    stageNumbers: [],
    breakdown: {},
    sources: [...new Set(p.count.flatMap((x) => x.sources))],
    ...p,
  };
}

const HC = "hc-2024-11-15";

const STAGES_2024: PardonStage[] = [
  stage({ id: "2024-07-03", date: "2024-07-03", count: [c(18, ["rferl"])] }),
  stage({
    id: "2024-08-16",
    date: "2024-08-16",
    count: [c(30, ["ansa"])],
    breakdown: { women: c(14, ["ansa"]), men: c(16, ["ansa"]) },
  }),
  stage({
    id: "2024-09-04",
    date: "2024-09-04",
    count: [c(30, ["ap", "dpa"])],
    runningTotal: [c(78, ["sn"], { basis: "reported" })],
    breakdown: { women: c(7, ["dpa"]), men: c(23, ["dpa"]) },
  }),
  stage({
    id: "2024-09-16",
    date: "2024-09-16",
    count: [c(37, ["afp", "rferl"])],
    runningTotal: [c(115, ["rferl"], { basis: "reported" })],
    stageNumbers: [
      { number: 3, counting: "mass pardon orders of 2024 (RFE/RL)", sources: ["rferl"] },
      { number: 4, counting: "rounds since July 2024 (AFP)", sources: ["afp"] },
    ],
    breakdown: { women: c(6, ["rferl"]) },
  }),
  stage({
    id: "2024-11-07",
    date: "2024-11-07",
    count: [c(31, [HC])],
    runningTotal: [c(146, [HC], { basis: "reported" })],
    stageNumbers: [{ number: 5, counting: "stages since 3 July 2024 (newsletter)", sources: [HC] }],
    breakdown: {
      women: c(2, [HC]),
      men: c(29, [HC]),
      chronically_ill: c(17, [HC]),
      disabled: c(3, [HC]),
      parents: c(27, [HC]),
      parents_of_several: c(7, [HC]),
    },
    note: { en: "Released from the main punishment without removing the criminal record." },
  }),
];

const STAGES_LATER: PardonStage[] = [
  stage({
    id: "2024-11-20",
    date: "2024-11-20",
    count: [c(32, ["rferl"])],
    runningTotal: [c(178, ["rferl"], { basis: "reported" })],
  }),
  stage({
    id: "2024-12-09",
    date: "2024-12-09",
    count: [c(29, ["babel", "ap-2024-12"])],
    runningTotal: [c(178, ["ap-2024-12"], { basis: "reported" }), c(207, ["babel"], { basis: "computed" })],
    breakdown: {
      women: c(11, ["babel"]),
      men: c(18, ["babel"]),
      under_25: c(6, ["babel"]),
      pensioners: c(3, ["babel"]),
    },
    conflict: { en: "Reported as bringing the total to 178, which was already the total after 20 November." },
  }),
  stage({ id: "2024-12-28", date: "2024-12-28", count: [c(20, ["up"])] }),
  stage({
    id: "2025-01-18",
    date: "2025-01-18",
    count: [c(23, ["up", "meduza"])],
    runningTotal: [c(232, ["meduza"], { basis: "reported" })],
  }),
  stage({ id: "2025-01-26-us", date: "2025-01-26", kind: "us_brokered", count: [c(1, ["up"])] }),
  stage({ id: "2025-02-12-us", date: "2025-02-12", kind: "us_brokered", count: [c(3, ["babel"])] }),
  stage({ id: "2025-05-07", date: "2025-05-07", count: [c(42, ["up"])] }),
  stage({ id: "2025-06-21-us", date: "2025-06-21", kind: "us_brokered", count: [c(14, ["up"])] }),
  stage({ id: "2025-07-02", date: "2025-07-02", count: [c(16, ["up"])] }),
  stage({
    id: "2025-09-11-us",
    date: "2025-09-11",
    kind: "us_brokered",
    count: [c(52, ["civicus", "polskie"]), c(50, ["rbc"]), c(40, ["hrw"], { note: "political prisoners only" })],
  }),
  stage({ id: "2025-09-16", date: "2025-09-16", count: [c(25, ["kyiv"])] }),
  stage({ id: "2025-11-22", date: "2025-11-22", kind: "foreigners", count: [c(31, ["viasna-2025"])] }),
  stage({ id: "2025-12-13-us", date: "2025-12-13", kind: "us_brokered", count: [c(123, ["kyiv"])] }),
  stage({ id: "2026-03-05", date: "2026-03-05", count: [c(18, ["zdg"], { qualifier: "at_least" })] }),
];

const obs = (
  date: string,
  value: number,
  sources: string[],
  start?: string,
  extra: Partial<Observation> = {},
): Observation => ({
  date,
  ...(start ? { start } : {}),
  value,
  qualifier: "exact",
  sources,
  ...extra,
});

const RECOGNISED_2024: Observation[] = [
  obs("2024-07-31", 63, ["viasna-2024-07"], "2024-07-01"),
  obs("2024-08-31", 52, ["viasna-2024-08"], "2024-08-01"),
  obs("2024-09-30", 46, ["viasna-2024-09"], "2024-09-01"),
  obs("2024-10-31", 35, ["viasna-2024-10"], "2024-10-01"),
  obs("2024-11-15", 14, [HC], "2024-11-02"),
];

const RECOGNISED_LATER: Observation[] = [
  obs("2024-11-30", 62, ["viasna-2024-11"], "2024-11-01"),
  obs("2025-01-31", 18, ["viasna-2025"], "2025-01-01"),
  obs("2025-02-28", 39, ["viasna-2025"], "2025-02-01"),
  obs("2025-09-17", 283, ["charter97"], "2025-01-18"),
  obs("2025-12-23", 509, ["viasna-2025"], "2025-01-01"),
  obs("2025-12-31", 50, ["viasna-2025"], "2025-12-01"),
];

function release(id: string, asOf: string, pardons: PardonStage[], recognised: Observation[]): ReleaseData {
  return {
    entry: {
      id,
      title: { en: `Release ${id}` },
      period: { start: "2024-11-02", end: asOf },
      asOf,
      published: asOf,
      changelog: ["Fixture"],
      files: [],
    },
    sources: SOURCES,
    places: [],
    people: [],
    pardons,
    detentions: [],
    series: [
      {
        id: "newly_recognised",
        title: { en: "Newly recognised political prisoners" },
        unit: "persons",
        observations: recognised,
      },
    ],
    deaths: [],
    incommunicado: [],
    events: [],
  };
}

/** The newsletter's release: five stages since 3 July 2024, 146 in total (Human Constanta). */
export function pardonRelease2024(): ReleaseData {
  return release("2024-11-15", "2024-11-15", STAGES_2024, RECOGNISED_2024);
}

/** The newest release: twenty stages, US-brokered releases, disagreeing counts and totals. */
export function pardonReleaseNewest(): ReleaseData {
  return release(
    "2026-03-05",
    "2026-03-05",
    [...STAGES_2024, ...STAGES_LATER],
    [...RECOGNISED_2024, ...RECOGNISED_LATER],
  );
}
