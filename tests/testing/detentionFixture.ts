/**
 * A release with the detention cases the map must handle, modelled on the 2–15 November 2024
 * newsletter: one figure for two towns, a disputed workplace raid, reports without a count, a
 * region-wide and a nationwide event with disagreeing sources, preventive conversations, an older
 * event, a place without coordinates, and an event that may only be shown at oblast level.
 */
import { DetentionEvent, Place, Source, type ReleaseData } from "../../src/data/schema";
import { detentionEvents, rng } from "../../scripts/stress-release";

const place = (
  id: string,
  names: [string, string, string],
  alt: string[],
  oblast: Place["oblast"],
  lat?: number,
  lon?: number,
): Place =>
  Place.parse({
    id,
    names: { en: names[0], be: names[1], ru: names[2] },
    alt,
    kind: "town",
    oblast,
    ...(lat === undefined ? {} : { lat, lon }),
    sources: ["viasna"],
  });

export const PLACES: Place[] = [
  place("smarhon", ["Smarhon", "Смаргонь", "Сморгонь"], ["Smorgon"], "BY-HR", 54.484, 26.4),
  place("slonim", ["Slonim", "Слонім", "Слоним"], ["Słonim"], "BY-HR", 53.083, 25.317),
  place("khoyniki", ["Khoyniki", "Хойнікі", "Хойники"], ["Khoiniki", "Chojniki"], "BY-HO", 51.889, 29.964),
  place("navahrudak", ["Navahrudak", "Навагрудак", "Новогрудок"], ["Novogrudok"], "BY-HR", 53.583, 25.817),
  place(
    "mahiliou",
    ["Mahiliou", "Магілёў", "Могилёв"],
    ["Mahilioŭ", "Mahileu", "Mogilev", "Mohylew"],
    "BY-MA",
    53.917,
    30.35,
  ),
  place("minsk", ["Minsk", "Мінск", "Минск"], ["Miensk"], "BY-HM", 53.9, 27.567),
  place("yelizovo", ["Yelizovo", "Ялізава", "Елизово"], ["Yalizava"], "BY-MA"),
  place("zhlobin", ["Zhlobin", "Жлобін", "Жлобин"], [], "BY-HO", 52.9, 30.033),
];

export const SOURCES: Source[] = [
  { id: "hc", title: "Newsletter 2–15 Nov 2024", publisher: "Human Constanta", date: "2024-11-15" },
  { id: "viasna", title: "Review", publisher: "Viasna", date: "2024-11-04", url: "https://spring96.org/en/news/1" },
  { id: "zerkalo", title: "Raids in Hrodna region", publisher: "Zerkalo", date: "2024-11-14" },
  { id: "ap", title: "New wave of repression", publisher: "AP", date: "2024-11-06", url: "https://apnews.com/x" },
].map((s) => Source.parse(s));

const claim = (value: number, qualifier: string, ...sources: string[]) => ({ value, qualifier, sources });

export const DETENTIONS: DetentionEvent[] = (
  [
    {
      id: "smarhon-slonim",
      start: "2024-10-31",
      end: "2024-11-14",
      scope: "places",
      places: ["smarhon", "slonim"],
      count: [claim(50, "at_least", "hc"), claim(50, "about", "zerkalo")],
      category: "detention",
      context: { en: "Pre-election “clean-up” in two towns; one figure for both", be: "Перадвыбарчая «зачыстка»" },
      sources: ["hc", "zerkalo"],
    },
    {
      id: "khoyniki-dairy",
      start: "2024-11-01",
      scope: "places",
      places: ["khoyniki"],
      count: [claim(20, "at_least", "hc", "viasna")],
      category: "raid",
      context: { en: "Workplace raid at the dairy plant in Khoyniki." },
      conflict: { en: "The plant's management denied that workers were detained." },
      sources: ["hc", "viasna"],
    },
    {
      id: "navahrudak",
      start: "2024-10-31",
      scope: "places",
      places: ["navahrudak"],
      count: [],
      category: "detention",
      context: { en: "Mass detentions reported (no count given)." },
      sources: ["hc"],
    },
    {
      id: "mahiliou",
      start: "2024-10-31",
      end: "2024-11-04",
      scope: "places",
      places: ["mahiliou"],
      count: [],
      category: "detention",
      context: { en: "Mass detentions reported (no count given)." },
      sources: ["hc"],
    },
    {
      id: "railways-minsk",
      start: "2024-10-31",
      end: "2024-11-05",
      scope: "places",
      places: ["minsk"],
      count: [claim(60, "exact", "hc"), claim(60, "more_than", "viasna")],
      category: "preventive_conversation",
      context: { en: "KGB “preventive conversations” with railway employees in Minsk." },
      sources: ["hc", "viasna"],
    },
    {
      id: "hrodna-region",
      start: "2024-11-14",
      scope: "region",
      places: [],
      region: "BY-HR",
      count: [],
      category: "detention",
      context: { en: "Many reports of detentions across Hrodna region." },
      sources: ["zerkalo"],
    },
    {
      id: "national",
      start: "2024-10-31",
      end: "2024-11-06",
      scope: "national",
      places: [],
      count: [claim(80, "at_least", "hc"), claim(100, "about", "hc"), claim(100, "more_than", "ap")],
      category: "detention",
      context: { en: "Pre-election wave of arrests across Belarus." },
      sources: ["hc", "ap"],
    },
    {
      id: "yelizovo",
      start: "2024-11",
      scope: "places",
      places: ["yelizovo"],
      count: [claim(14, "at_least", "viasna")],
      category: "detention",
      context: { en: "Detained over a weekend." },
      sources: ["viasna"],
    },
    {
      id: "minsk-2021",
      start: "2021-03-02",
      scope: "places",
      places: ["minsk"],
      count: [claim(20, "at_least", "viasna")],
      category: "detention",
      context: { en: "Administrators of neighbourhood chats detained." },
      sources: ["viasna"],
    },
    {
      id: "zhlobin-small",
      start: "2024-11-02",
      scope: "places",
      places: ["zhlobin"],
      count: [claim(2, "exact", "viasna")],
      category: "detention",
      display: "oblast",
      context: { en: "Two people detained." },
      sources: ["viasna"],
    },
  ] as unknown[]
).map((d) => DetentionEvent.parse(d));

/** The fixture as a loaded release (only what the map reads is filled in). */
export function detentionRelease(): ReleaseData {
  return {
    entry: {
      id: "2024-11-15",
      title: { en: "Fixture" },
      period: { start: "2024-11-02", end: "2024-11-15" },
      asOf: "2024-11-15",
      published: "2024-11-15",
      changelog: ["Fixture"],
      files: [],
    },
    sources: SOURCES,
    places: PLACES,
    people: [],
    pardons: [],
    detentions: DETENTIONS,
    series: [],
    deaths: [],
    incommunicado: [],
    events: [],
  };
}

/**
 * The fixture at 100× (10,000 events by default), generated by the benchmark's own generator
 * (scripts/stress-release.ts): the fixture's events plus events at its located towns, some covering
 * two towns with one figure, some region-wide or nationwide, some without a count. Seeded.
 */
export function stressDetentionRelease(total = 10_000): ReleaseData {
  const release = detentionRelease();
  return { ...release, detentions: detentionEvents(release, total, rng(20241115)) };
}
