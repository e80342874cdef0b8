/**
 * The map's search: one query finds events by place (any spelling of the gazetteer, in any language), by region
 * (its names and variants, src/map/regions.ts) and by keyword (the event's context and dispute in every language
 * the release holds, its category's names in en/be/ru). Pure; the view draws what it finds.
 */
import type { Oblast, Place, ReleaseData } from "../data/schema";
import { allTexts, nameMatches, normalizeSearch, searchWords, wordsMatch } from "../data/searchText";
import { eventPlaces, placeSpellings, eventViews, type Category, type EventView } from "./detentionModel";
import { REGION_TERMS } from "./regions";

/** Words a reader may search a category by, in every language (the catalogue's names and common synonyms). */
const CATEGORY_TERMS: Record<Category, string> = {
  detention: "detention detained arrest затрыманне затрыманы арышт задержание задержаны арест",
  raid: "raid search рэйд ператрус вобшук рейд обыск",
  preventive_conversation:
    "preventive conversation prophylactic talk прафілактычная гутарка прафілактыка профилактическая беседа профилактика",
};

/** Words that name no region by themselves ("region", "область"): a query of only these finds no region. */
const GENERIC = searchWords("region oblast voblast city вобласць горад область город обл");

export interface RegionMatch {
  code: Oblast;
  /** The query names the region itself ("Гродненская область"): its region-wide reports and every town in it.
   * Else it names the town the region is called after ("Гродно"): the town, and the region-wide reports (such a
   * region is listed only when it has some). */
  whole: boolean;
}

export interface SearchResult {
  /** Towns with events whose name answers the query. */
  places: Place[];
  regions: RegionMatch[];
  /** Ids of the events found, whatever the range and categories. */
  events: ReadonlySet<string>;
  /** Of those, the events found only by their words (no place or region of theirs was named). */
  byText: ReadonlySet<string>;
  /** Places to mark on the map: the towns named and the towns of the regions named. */
  placeIds: ReadonlySet<string>;
}

interface SearchIndex {
  views: readonly EventView[];
  /** Places with events. */
  places: Place[];
  /** Each region's centre's spellings, and its names, normalised. */
  regions: { code: Oblast; centre: string[]; names: string[] }[];
  /** Regions with region-wide reports. */
  regionEvents: ReadonlySet<Oblast>;
  /** Each event's words (context, dispute, category, its places' and region's names), normalised. */
  words: string[][];
}

const indexes = new WeakMap<ReleaseData, SearchIndex>();

function searchIndex(release: ReleaseData): SearchIndex {
  let index = indexes.get(release);
  if (index) return index;
  const views = eventViews(release);
  const gazetteer = new Map(release.places.map((p) => [p.id, p]));
  const regions = (Object.keys(REGION_TERMS) as Oblast[]).map((code) => {
    const { centre, names } = REGION_TERMS[code];
    const place = gazetteer.get(centre);
    return { code, centre: place ? placeSpellings(place) : [], names: names.map(normalizeSearch) };
  });
  const words = views.map((v) => {
    const e = v.event;
    const region = e.scope === "region" && e.region ? REGION_TERMS[e.region].names.join(" ") : "";
    const texts = [...allTexts(e.context), ...allTexts(e.conflict), CATEGORY_TERMS[e.category], region];
    return [...new Set([...texts.flatMap(searchWords), ...v.places.flatMap(placeSpellings).flatMap(searchWords)])];
  });
  const regionEvents = new Set(
    views.flatMap((v) => (v.event.scope === "region" && v.event.region ? [v.event.region] : [])),
  );
  index = { views, places: eventPlaces(views), regions, regionEvents, words };
  indexes.set(release, index);
  return index;
}

/** What the query finds in the release; null for an empty query (nothing searched: show everything). */
export function searchEvents(release: ReleaseData, query: string): SearchResult | null {
  const q = normalizeSearch(query);
  if (!q) return null;
  const index = searchIndex(release);
  const places = index.places.filter((p) => placeSpellings(p).some((s) => nameMatches(s, q)));
  const generic = q.split(" ").every((w) => GENERIC.some((g) => g.startsWith(w)));
  const regions: RegionMatch[] = [];
  for (const r of index.regions) {
    // The town's name wins: "Гродн" is Hrodna (and its region-wide reports), "Гродне" the whole region.
    if (r.centre.some((s) => nameMatches(s, q))) {
      if (index.regionEvents.has(r.code)) regions.push({ code: r.code, whole: false });
    } else if (!generic && r.names.some((s) => nameMatches(s, q))) regions.push({ code: r.code, whole: true });
  }
  const placeIds = new Set(places.map((p) => p.id));
  const named = new Set(regions.map((r) => r.code));
  const whole = new Set(regions.filter((r) => r.whole).map((r) => r.code));
  for (const p of index.places) if (p.oblast && whole.has(p.oblast)) placeIds.add(p.id);

  const events = new Set<string>();
  const byText = new Set<string>();
  index.views.forEach((v, i) => {
    const e = v.event;
    const atPlace = v.places.some((p) => placeIds.has(p.id));
    const inRegion = e.scope === "region" && !!e.region && named.has(e.region);
    if (atPlace || inRegion) events.add(v.id);
    else if (wordsMatch(index.words[i]!, q)) {
      events.add(v.id);
      byText.add(v.id);
    }
  });
  return { places, regions, events, byText, placeIds };
}
