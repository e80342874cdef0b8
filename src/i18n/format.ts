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

/*
 * Numbers, dates and lists are written here without Intl's formatters, following CLDR's patterns as ICU does
 * (tests/unit/format.test.ts checks them against Intl in Node, which has ICU's full data). A page's first
 * Intl.NumberFormat, DateTimeFormat or ListFormat costs 30–60 ms of locale data on a desktop, several times that
 * on a phone, in the task that draws the page; these few patterns cost nothing. They also write Belarusian the
 * same in Node (build-time pictures, which has ICU's `be`) and in Chromium (which lacks it): numbers grouped as in
 * Russian (1 275), months from our own names below. Plural rules stay Intl's (cheap to make: a few milliseconds).
 */

/** CLDR's symbols: en-GB "1,275.5"; ru (and be, written alike) "1 275,5" with a no-break space. */
const NUMBER_SYMBOLS: Record<Lang, { group: string; decimal: string }> = {
  en: { group: ",", decimal: "." },
  be: { group: "\u00a0", decimal: "," },
  ru: { group: "\u00a0", decimal: "," },
};

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
/** en-GB's abbreviations in CLDR (September is "Sept"). */
const EN_SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"];
const RU_MONTHS_GENITIVE = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
const RU_MONTHS = [
  "январь",
  "февраль",
  "март",
  "апрель",
  "май",
  "июнь",
  "июль",
  "август",
  "сентябрь",
  "октябрь",
  "ноябрь",
  "декабрь",
];

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

/**
 * "1,275", "1 275", "12.5", "0,33": at most two decimals, rounded half away from zero from the number's shortest
 * decimal form (as ICU rounds: 1.005 → 1.01), groups of three digits.
 */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "NaN" : n < 0 ? "-∞" : "∞";
  const { group, decimal } = NUMBER_SYMBOLS[lang];
  const [whole, fraction] = roundDecimal(Math.abs(n), 2);
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  return (n < 0 || Object.is(n, -0) ? "-" : "") + grouped + (fraction ? decimal + fraction : "");
}

/** The digits of a non-negative number rounded to `places` decimals: whole part, fraction without trailing zeros. */
function roundDecimal(x: number, places: number): [string, string] {
  let text = String(x);
  if (text.includes("e")) {
    // Beyond 1e21 or below 1e-6: no decimals to keep, or none that survive the rounding.
    if (x >= 1) {
      // "3.4e+25": the shortest digits, then zeros (as ICU writes it, not the double's exact value).
      const [mantissa = "", exponent = "0"] = text.split("e");
      const [int = "", frac = ""] = mantissa.split(".");
      return [int + frac + "0".repeat(Number(exponent) - frac.length), ""];
    }
    text = x.toFixed(20);
  }
  const dot = text.indexOf(".");
  if (dot < 0) return [text, ""];
  const digits = text.slice(0, dot) + text.slice(dot + 1, dot + 1 + places).padEnd(places, "0");
  const up = Number(text.charAt(dot + 1 + places) || "0") >= 5;
  let rounded = digits;
  if (up) {
    // Add one in the last place, carrying through the digits (no float arithmetic).
    const out = digits.split("");
    let i = out.length - 1;
    while (i >= 0 && out[i] === "9") out[i--] = "0";
    if (i >= 0) out[i] = String(Number(out[i]) + 1);
    else out.unshift("1");
    rounded = out.join("");
  }
  const whole = rounded.slice(0, rounded.length - places).replace(/^0+(?=\d)/, "") || "0";
  return [whole, rounded.slice(rounded.length - places).replace(/0+$/, "")];
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
  const m = date.getUTCMonth();
  if (lang !== "en" && style === "short") {
    const names = SHORT_MONTHS[lang];
    if (precision === "month") return `${names.alone[m]} ${year} г.`;
    return `${date.getUTCDate()} ${names.day[m]} ${year} г.`;
  }
  // Long dates: "15 лістапада 2024 г." / "лістапад 2024 г.", "15 ноября 2024 г." / "ноябрь 2024 г.",
  // "15 November 2024" / "November 2024" (en-GB; short: "15 Nov 2024", "Sept 2024").
  if (lang !== "en") {
    const [day, alone] = lang === "be" ? [BE_MONTHS_GENITIVE, BE_MONTHS] : [RU_MONTHS_GENITIVE, RU_MONTHS];
    if (precision === "month") return `${alone[m]} ${year} г.`;
    return `${date.getUTCDate()} ${day[m]} ${year} г.`;
  }
  const name = (style === "long" ? EN_MONTHS : EN_SHORT_MONTHS)[m];
  return precision === "month" ? `${name} ${year}` : `${date.getUTCDate()} ${name} ${year}`;
}

const AND: Record<Lang, string> = { en: "and", be: "і", ru: "и" };

/** "A, B and C" / "A, B і C" / "A, B и C": CLDR's conjunction pattern of en-GB, be and ru (no serial comma). */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length < 2) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${AND[lang]} ${items[items.length - 1]}`;
}

export function formatDateRange(start: string, end: string | undefined, lang: Lang): string {
  if (!end || end === start) return formatDate(start, lang);
  return `${formatDate(start, lang)} – ${formatDate(end, lang)}`;
}
