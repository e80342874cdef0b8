/**
 * The one formatter for figures and dates. Every number on screen goes through formatMeasure so
 * that a qualifier ("at least", "about") is never lost between the data and the reader.
 */
import { periodStart, precisionOf } from "../data/dates.ts";
import type { Measure, Qualifier } from "../data/schema";

export const LANGS = ["en", "be", "ru"] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(v: unknown): v is Lang {
  return typeof v === "string" && (LANGS as readonly string[]).includes(v);
}

const QUALIFIER_WORDS: Record<Lang, Record<Exclude<Qualifier, "exact" | "range">, string>> = {
  en: { at_least: "at least {n}", about: "about {n}", more_than: "more than {n}", fewer_than: "fewer than {n}" },
  be: { at_least: "не менш за {n}", about: "каля {n}", more_than: "больш за {n}", fewer_than: "менш за {n}" },
  ru: { at_least: "не менее {n}", about: "около {n}", more_than: "более {n}", fewer_than: "менее {n}" },
};

const QUALIFIER_SIGNS: Record<Qualifier, string> = {
  exact: "",
  at_least: "≥",
  about: "~",
  more_than: ">",
  fewer_than: "<",
  range: "",
};

/**
 * Chromium ships trimmed ICU data without Belarusian (Node has it). Belarusian numbers are formatted with
 * Russian rules (the same grouping: 1 275) and Belarusian dates with our own month names below, whether
 * `be` is there or not, so the build's pictures (Node) and the page (Chromium) agree.
 */
// Russian grouping for Belarusian everywhere: Node's `be` data would leave four-digit numbers ungrouped
// ("1140") where the page (Chromium, Russian rules) prints "1 140".
const NUMBER_LOCALE: Record<Lang, string> = { en: "en-GB", be: "ru", ru: "ru" };

const BE_MONTHS_GENITIVE = [
  "студзеня",
  "лютага",
  "сакавіка",
  "красавіка",
  "мая",
  "чэрвеня",
  "ліпеня",
  "жніўня",
  "верасня",
  "кастрычніка",
  "лістапада",
  "снежня",
];
const BE_MONTHS = [
  "студзень",
  "люты",
  "сакавік",
  "красавік",
  "май",
  "чэрвень",
  "ліпень",
  "жнівень",
  "верасень",
  "кастрычнік",
  "лістапад",
  "снежань",
];

// Short month names as Belarusian and Russian editors abbreviate them: ICU's own are cut at three letters
// in Belarusian ("ліс", "сне") and differ between Node (build-time pictures) and Chromium (which lacks `be`),
// so both languages' short dates come from these tables. Russian follows GOST 7.0.12: March, May, June and July
// are written in full. The first list follows a day ("1 ліст."), the second stands alone ("ліст. 2024 г.").
const SHORT_MONTHS: Record<Exclude<Lang, "en">, { day: string[]; alone: string[] }> = {
  be: {
    day: ["студз.", "лют.", "сак.", "крас.", "мая", "чэрв.", "ліп.", "жн.", "вер.", "кастр.", "ліст.", "снеж."],
    alone: ["студз.", "лют.", "сак.", "крас.", "май", "чэрв.", "ліп.", "жн.", "вер.", "кастр.", "ліст.", "снеж."],
  },
  ru: {
    day: ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."],
    alone: ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."],
  },
};

const numberFormats = new Map<string, Intl.NumberFormat>();
export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(NUMBER_LOCALE[lang], { maximumFractionDigits: 2 });
    numberFormats.set(lang, f);
  }
  return f.format(n);
}

export type PluralCategory = "one" | "few" | "many" | "other";
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The plural form of a count: Belarusian and Russian tell one, few and many apart (1 этап, 2 этапы, 5 этапаў). */
export function pluralCategory(n: number, lang: Lang): PluralCategory {
  let rules = pluralRules.get(lang);
  // Chromium lacks Belarusian number and date data but has its plural rules.
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang === "en" ? "en-GB" : lang)));
  const c = rules.select(n);
  return c === "one" || c === "few" || c === "many" ? c : "other";
}

/** "at least 80", "about 100", "15–20", "1,275" — in the reader's language. */
export function formatMeasure(m: Pick<Measure, "value" | "qualifier" | "hi">, lang: Lang): string {
  const n = formatNumber(m.value, lang);
  if (m.qualifier === "exact") return n;
  if (m.qualifier === "range") return `${n}–${formatNumber(m.hi ?? m.value, lang)}`;
  return QUALIFIER_WORDS[lang][m.qualifier].replace("{n}", n);
}

/** Compact form for chart labels: "≥80", "~100", ">600", "15–20". */
export function formatMeasureShort(m: Pick<Measure, "value" | "qualifier" | "hi">, lang: Lang): string {
  if (m.qualifier === "range") return formatMeasure(m, lang);
  return QUALIFIER_SIGNS[m.qualifier] + formatNumber(m.value, lang);
}

const LOCALE: Record<Lang, string> = { en: "en-GB", be: "be", ru: "ru" };

// Creating an Intl.DateTimeFormat costs far more than formatting with one: charts format hundreds of
// dates per frame while a range is dragged, so formatters are made once per language and style.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Lang, month: "long" | "short", withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${month}|${withDay}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], {
      ...(withDay ? { day: "numeric" as const } : {}),
      month,
      year: "numeric",
      timeZone: "UTC",
    });
    dateFormats.set(key, f);
  }
  return f;
}

// The same few hundred dates are formatted again on every re-render (a dragged range re-renders every
// widget's summary, table and labels): remember the strings. Bounded, so a long session cannot grow it.
const formattedDates = new Map<string, string>();
const FORMATTED_DATES_MAX = 20_000;

/** "15 November 2024", "December 2020", "2025" depending on the precision of the ISO date. */
export function formatDate(iso: string, lang: Lang, style: "long" | "short" = "long"): string {
  const key = `${lang}|${style}|${iso}`;
  let text = formattedDates.get(key);
  if (text === undefined) {
    text = formatDateUncached(iso, lang, style);
    if (formattedDates.size >= FORMATTED_DATES_MAX) formattedDates.clear();
    formattedDates.set(key, text);
  }
  return text;
}

function formatDateUncached(iso: string, lang: Lang, style: "long" | "short"): string {
  const precision = precisionOf(iso);
  const year = iso.slice(0, 4);
  if (precision === "year") return year;
  const date = periodStart(iso);
  const month = style === "long" ? "long" : "short";
  const m = date.getUTCMonth();
  if (lang !== "en" && style === "short") {
    const names = SHORT_MONTHS[lang];
    if (precision === "month") return `${names.alone[m]} ${year} г.`;
    return `${date.getUTCDate()} ${names.day[m]} ${year} г.`;
  }
  // Belarusian long dates from our own names too, so Node and Chromium (without `be`) print the same.
  if (lang === "be") {
    if (precision === "month") return `${BE_MONTHS[m]} ${year} г.`;
    return `${date.getUTCDate()} ${BE_MONTHS_GENITIVE[m]} ${year} г.`;
  }
  return dateFormat(lang, month, precision === "day").format(date);
}

// Asked on first use, not when the module loads: the pages' inlined first-paint scripts include this module, and
// the first question to Intl costs tens of milliseconds (its locale data) before the page has painted anything.
let beListSupported: boolean | undefined;
const beListFormatSupported = () => (beListSupported ??= Intl.ListFormat.supportedLocalesOf(["be"]).length > 0);
const listFormats = new Map<Lang, Intl.ListFormat>();

/** "A, B and C" / "A, B і C" / "A, B и C" (our own Belarusian pattern where the browser lacks it). */
export function formatList(items: readonly string[], lang: Lang): string {
  if (lang === "be" && !beListFormatSupported()) {
    return items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} і ${items[items.length - 1]}`;
  }
  let f = listFormats.get(lang);
  if (!f) listFormats.set(lang, (f = new Intl.ListFormat(LOCALE[lang], { type: "conjunction" })));
  return f.format(items);
}

/**
 * Makes the language's number, plural and date formatters now (each costs a few milliseconds to create, using one
 * costs little): an embed calls it while its data is still on its way, so the first render does not pay for them.
 */
export function warmFormats(lang: Lang): void {
  formatNumber(0, lang);
  pluralCategory(0, lang);
  for (const month of ["long", "short"] as const) for (const withDay of [true, false]) dateFormat(lang, month, withDay);
  formatList([], lang);
}

export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}
