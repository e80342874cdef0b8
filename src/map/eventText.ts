/** Words for events in the reader's language: places, counts, dates, categories, the summary. */
import "virtual:i18n/en/map";
import type { MessageKey, Translate } from "../i18n";
import { localText } from "../i18n";
import {
  formatDate,
  formatDateRange,
  formatMeasure,
  formatMeasureShort,
  formatNumber,
  pluralCategory,
  type Lang,
  type PluralCategory,
} from "../i18n/format";
import { summaryFacts, type Category, type EventView } from "./detentionModel";
import type { SearchResult } from "./search";

const LOCALES: Record<Lang, string> = { en: "en-GB", be: "be", ru: "ru" };
export const locale = (lang: Lang) => LOCALES[lang];

const PLURALS = {
  events: (f: PluralCategory) => `map.n.events.${f}` as const,
  inPlaces: (f: PluralCategory) => `map.n.inPlaces.${f}` as const,
  unknown: (f: PluralCategory) => `map.n.unknown.${f}` as const,
  unlocated: (f: PluralCategory) => `map.n.unlocated.${f}` as const,
  found: (f: PluralCategory) => `map.n.found.${f}` as const,
  foundText: (f: PluralCategory) => `map.n.foundText.${f}` as const,
  mentions: (f: PluralCategory) => `map.n.mentions.${f}` as const,
};

/** The message key of a counted phrase in the plural form the language needs for n. */
export function pluralKey(phrase: keyof typeof PLURALS, lang: Lang, n: number): MessageKey {
  return PLURALS[phrase](pluralCategory(n, lang));
}

/** "Smarhon and Slonim", "Smarhon, Slonim and Lida". Not Intl.ListFormat: browsers lack Belarusian patterns. */
export function listText(items: readonly string[], t: Translate): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")}${t("map.and")}${items[items.length - 1]}`;
}

/**
 * The search's live status, one sentence: how many of the events shown it found, and where ("3 events at Hrodna
 * and Hrodna region") or by which words ("2 events mention “strike”").
 */
export function searchStatusText(
  found: SearchResult,
  listed: readonly EventView[],
  query: string,
  lang: Lang,
  t: Translate,
): string {
  const q = query.trim();
  if (found.events.size === 0) return t("map.searchNone", { query: q });
  const n = listed.length;
  const named = [
    ...found.places.map((p) => p.names[lang]),
    ...found.regions.map((r) => t(`map.oblast.${r.code}` as MessageKey)),
  ];
  if (named.length === 0) return t(pluralKey("mentions", lang, n), { n: formatNumber(n, lang), query: q });
  const byText = listed.some((v) => found.byText.has(v.id));
  return t(pluralKey(byText ? "foundText" : "found", lang, n), {
    n: formatNumber(n, lang),
    places: listText(named, t),
    query: q,
  });
}

/** "Smarhon and Slonim", "Hrodna region (whole region)", "Belarus (nationwide)". */
export function placesText(v: EventView, lang: Lang, t: Translate): string {
  const { scope, region } = v.event;
  if (scope === "national") return t("map.scope.national");
  if (scope === "region" && region) return t("map.scope.region", { region: t(`map.oblast.${region}` as MessageKey) });
  return listText(
    v.places.map((p) => p.names[lang]),
    t,
  );
}

/** Every figure, in words: "at least 80 or about 100"; "count unknown" when there is none. */
export function countText(v: EventView, lang: Lang, t: Translate): string {
  if (v.claims.length === 0) return t("map.countUnknown");
  return v.claims.map((c) => formatMeasure(c, lang)).join(t("map.or"));
}

/** Compact figures for labels on the map: "≥50 / ~50"; "?" when there is none. */
export function countShort(v: EventView, lang: Lang): string {
  if (v.claims.length === 0) return "?";
  return v.claims.map((c) => formatMeasureShort(c, lang)).join(" / ");
}

export function datesText(v: EventView, lang: Lang): string {
  return formatDateRange(v.event.start, v.event.end, lang);
}

/** Compact dates for the list: "31 Oct 2024 – 14 Nov 2024". */
export function datesShort(v: EventView, lang: Lang): string {
  const { start, end } = v.event;
  const a = formatDate(start, lang, "short");
  return !end || end === start ? a : `${a} – ${formatDate(end, lang, "short")}`;
}

export function categoryText(cat: Category, t: Translate): string {
  return t(`map.cat.${cat}` as MessageKey);
}

export function categoryLetter(cat: Category, t: Translate): string {
  return t(`map.letter.${cat}` as MessageKey);
}

/** The record's context in the reader's language, with a marker when it falls back to English. */
export function contextText(v: EventView, lang: Lang): string {
  return localText(v.event.context, lang);
}

export function symbolLabel(v: EventView, lang: Lang, t: Translate): string {
  return t("map.symbolLabel", {
    places: placesText(v, lang, t),
    count: countText(v, lang, t),
    category: categoryText(v.event.category, t),
    dates: datesText(v, lang),
  });
}

/** The generated one-sentence summary of the filtered events (also the map's accessible name). */
export function summarySentence(views: readonly EventView[], lang: Lang, t: Translate): string {
  const parts = summaryParts(views, lang, t);
  return parts.length ? `${parts.join("; ")}.` : t("map.summary.none");
}

/** The first clause only ("33 detention events from … in 9 places."), for the embeds' newer-data notice. */
export function headlineSentence(views: readonly EventView[], lang: Lang, t: Translate): string {
  const parts = summaryParts(views, lang, t);
  return parts.length ? `${parts[0]}.` : t("map.summary.none");
}

function summaryParts(views: readonly EventView[], lang: Lang, t: Translate): string[] {
  const f = summaryFacts(views);
  if (f.events === 0 || !f.start || !f.end) return [];
  const events = t(pluralKey("events", lang, f.events), { n: formatNumber(f.events, lang) });
  let head =
    f.start === f.end
      ? t("map.summary.on", { events, date: formatDate(f.start, lang) })
      : t("map.summary.span", { events, start: formatDate(f.start, lang), end: formatDate(f.end, lang) });
  if (f.places > 0) head += ` ${t(pluralKey("inPlaces", lang, f.places), { n: formatNumber(f.places, lang) })}`;
  const parts = [head];
  if (f.largest) {
    const where = placesText(f.largest, lang, t);
    const count = countText(f.largest, lang, t);
    const cat = f.largest.event.category;
    // Say what the figure counts when it is not detentions (e.g. preventive conversations).
    parts.push(
      cat === "detention"
        ? t("map.summary.largest", { count, where })
        : t("map.summary.largestCat", { count, where, category: categoryText(cat, t).toLocaleLowerCase(lang) }),
    );
  }
  if (f.unknownPlaces > 0)
    parts.push(t(pluralKey("unknown", lang, f.unknownPlaces), { n: formatNumber(f.unknownPlaces, lang) }));
  if (f.unlocated > 0) parts.push(t(pluralKey("unlocated", lang, f.unlocated), { n: formatNumber(f.unlocated, lang) }));
  return parts;
}
