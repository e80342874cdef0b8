/**
 * Pure derivation of the detention view from a release: one EventView per event (never split,
 * whatever the number of places), filtering by the shared range and categories, sorting, and the
 * place search. No strings for people here: see eventText.ts.
 */
import type { Claim, DetentionEvent, Place, ReleaseData } from "../data/schema";
import { nameMatches, normalizeSearch } from "../data/searchText";
import { distinctClaims } from "../data/selectors";
import { periodEnd, periodStart, rangeTimes } from "../data/dates";
import type { DateRange } from "../state/store";
import { byCodeUnits } from "../data/order";

export const CATEGORIES = ["detention", "raid", "preventive_conversation"] as const;
export type Category = DetentionEvent["category"];

export interface LatLon {
  lat: number;
  lon: number;
}

export interface EventView {
  id: string;
  event: DetentionEvent;
  /** The event's places, resolved, in the order the record lists them. */
  places: Place[];
  /** Those of them that have coordinates. */
  located: (Place & LatLon)[];
  /** Distinct figures (identical figures from several sources merged); empty = count unknown. */
  claims: Claim[];
  /** First and last day the event may cover (partial dates widened to their whole period). */
  from: Date;
  to: Date;
  /** The largest figure any source gives (upper bound of a range), null when no count. */
  max: number | null;
}

export function hasLatLon(p: Place): p is Place & LatLon {
  return typeof p.lat === "number" && typeof p.lon === "number";
}

export function claimTop(c: Pick<Claim, "value" | "hi">): number {
  return c.hi ?? c.value;
}

type DisplayLevel = "place" | "oblast" | "national";

/**
 * The event as the app may show it. A record can ask to be shown no finer than its oblast or the
 * whole country (a small count at a town can identify people): then its towns are dropped here,
 * before any view, list, search or summary sees them.
 */
export function coarsened(event: DetentionEvent, places: ReadonlyMap<string, Place>): DetentionEvent {
  const display = (event as DetentionEvent & { display?: DisplayLevel }).display;
  if (!display || display === "place" || event.scope === "national") return event;
  const oblasts = new Set(event.places.map((id) => places.get(id)?.oblast));
  const oblast = event.region ?? (oblasts.size === 1 ? [...oblasts][0] : undefined);
  if (display === "oblast" && oblast) return { ...event, scope: "region", region: oblast, places: [] };
  return { ...event, scope: "national", region: undefined, places: [] };
}

export function eventViews(release: ReleaseData): EventView[] {
  const places = new Map(release.places.map((p) => [p.id, p]));
  return release.detentions
    .map((record) => {
      const event = coarsened(record, places);
      const resolved = event.places.map((id) => places.get(id)).filter((p): p is Place => !!p);
      const claims = distinctClaims(event.count);
      return {
        id: event.id,
        event,
        places: resolved,
        located: resolved.filter(hasLatLon),
        claims,
        from: periodStart(event.start),
        to: periodEnd(event.end ?? event.start),
        max: claims.length ? Math.max(...claims.map(claimTop)) : null,
      };
    })
    .sort((a, b) => +a.from - +b.from || +a.to - +b.to || byCodeUnits(a.id, b.id));
}

/** The categories to show: the store's list, or all of them when it is empty. */
export function activeCategories(categories: readonly string[]): Category[] {
  const known = CATEGORIES.filter((c) => categories.includes(c));
  return known.length ? known : [...CATEGORIES];
}

/** Each event's first and last day as numbers (ms), for filtering without a Date per event. */
export interface EventBounds {
  from: Float64Array;
  to: Float64Array;
}

export function eventBounds(views: readonly EventView[]): EventBounds {
  return { from: Float64Array.from(views, (v) => +v.from), to: Float64Array.from(views, (v) => +v.to) };
}

/**
 * The events whose period overlaps the range (overlapsRange in data/dates.ts, on numbers) and categories; the range is parsed once per call, not once per
 * event. The map widget keeps the result in its view model (widget.tsx), with the bounds made once per release.
 */
export function filterEvents(
  views: readonly EventView[],
  range: DateRange,
  categories: readonly string[],
  bounds: EventBounds = eventBounds(views),
): EventView[] {
  const cats = activeCategories(categories);
  const [lo, after] = range ? rangeTimes(range) : [-Infinity, Infinity];
  const all = cats.length === CATEGORIES.length;
  const out: EventView[] = [];
  for (let i = 0; i < views.length; i++) {
    const v = views[i]!;
    if (bounds.from[i]! < after && bounds.to[i]! >= lo && (all || cats.includes(v.event.category))) out.push(v);
  }
  return out;
}

/** The store value after toggling one category checkbox (all checked is stored as []). */
export function toggleCategory(categories: readonly string[], cat: Category): string[] {
  const active = activeCategories(categories);
  const next = active.includes(cat) ? active.filter((c) => c !== cat) : [...active, cat];
  if (next.length === 0 || next.length === CATEGORIES.length) return [];
  return CATEGORIES.filter((c) => next.includes(c));
}

export type SortKey = "date" | "place" | "count";
export type SortDir = "ascending" | "descending";

/** Sorts a copy. Events without a count always come last when sorting by count. */
export function sortEvents(
  views: readonly EventView[],
  key: SortKey,
  dir: SortDir,
  placeName: (v: EventView) => string,
  locale: string,
): EventView[] {
  const sign = dir === "ascending" ? 1 : -1;
  // Made only to sort by place name (words in the reader's language): a page's first collator costs tens of ms.
  const collator = key === "place" ? new Intl.Collator(locale) : null;
  // Each name once, not once per comparison (n log n of them on a long list).
  const names = new Map<EventView, string>();
  const nameOf = (v: EventView) => {
    let name = names.get(v);
    if (name === undefined) names.set(v, (name = placeName(v)));
    return name;
  };
  const byDate = (a: EventView, b: EventView) => +a.from - +b.from || +a.to - +b.to;
  return [...views].sort((a, b) => {
    if (key === "count") {
      if (a.max === null || b.max === null) return a.max === b.max ? byDate(a, b) : a.max === null ? 1 : -1;
      return sign * (a.max - b.max) || byDate(a, b);
    }
    if (collator) return sign * collator.compare(nameOf(a), nameOf(b)) || byDate(a, b);
    return sign * byDate(a, b) || byCodeUnits(a.id, b.id);
  });
}

/** Lower case, no diacritics, і/и, ў/у, ё/е alike (src/data/searchText.ts): "Магілёў" → "магилеу". */
export const normalizeName = normalizeSearch;

export function placeSpellings(p: Place): string[] {
  return [p.names.en, p.names.be, p.names.ru, ...p.alt].map(normalizeSearch);
}

/** Places (among those given) whose any name or alternate spelling starts with the query, or
 * contains it when the query is at least 3 letters long. */
export function searchPlaces(places: readonly Place[], query: string): Place[] {
  const q = normalizeSearch(query);
  if (!q) return [];
  return places.filter((p) => placeSpellings(p).some((s) => nameMatches(s, q)));
}

/** Every place that at least one event is at (the search only offers those). */
export function eventPlaces(views: readonly EventView[]): Place[] {
  const seen = new Map<string, Place>();
  for (const v of views) for (const p of v.places) seen.set(p.id, p);
  return [...seen.values()];
}

/** An event is drawn on the map at a town, a group of towns or a region; the rest is listed beside it. */
export function isOnMap(v: EventView): boolean {
  if (v.event.scope === "region") return !!v.event.region;
  if (v.event.scope === "places") return v.located.length > 0;
  return false;
}

export interface SummaryFacts {
  events: number;
  /** ISO dates (partial dates kept) of the earliest start and the latest end. */
  start?: string;
  end?: string;
  places: number;
  /** The located event with the largest figure. */
  largest?: EventView;
  /** Places with at least one report that gives no count. */
  unknownPlaces: number;
  /** Nationwide events and events whose places have no coordinates. */
  unlocated: number;
}

export function summaryFacts(views: readonly EventView[]): SummaryFacts {
  if (views.length === 0) return { events: 0, places: 0, unknownPlaces: 0, unlocated: 0 };
  const first = views.reduce((a, b) => (+b.from < +a.from ? b : a));
  const last = views.reduce((a, b) => (+b.to > +a.to ? b : a));
  const placeIds = new Set(views.filter((v) => v.event.scope === "places").flatMap((v) => v.event.places));
  const unknown = new Set(
    views.filter((v) => v.max === null && v.event.scope === "places").flatMap((v) => v.event.places),
  );
  const located = views.filter((v) => isOnMap(v) && v.max !== null);
  const largest = located.reduce<EventView | undefined>((a, b) => (!a || b.max! > a.max! ? b : a), undefined);
  return {
    events: views.length,
    start: first.event.start,
    end: last.event.end ?? last.event.start,
    places: placeIds.size,
    largest,
    unknownPlaces: unknown.size,
    unlocated: views.filter((v) => !isOnMap(v)).length,
  };
}

/** Every source the events cite, the event's own and its figures'. */
export function eventSources(v: EventView): string[] {
  return [...new Set([...v.event.sources, ...v.event.count.flatMap((c) => c.sources)])];
}
