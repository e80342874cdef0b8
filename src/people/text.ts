/**
 * Wording of the people feature: day counts with their plural forms and qualifiers, names, articles,
 * statuses. Every figure goes through formatMeasure and every date through formatDate.
 */
import "virtual:i18n/en/people";
import type { Measure, Person } from "../data/schema";
import { pickText, type Translate } from "../i18n";
import { formatDate, formatList, type Lang } from "../i18n/format";
import { plural } from "../i18n/plural";
import type { DayCount } from "../data/dates";
import type { PersonState } from "./model";

/** "more than 600 days", "about 650 days", "1 day" — the qualifier kept, the plural right in be/ru. */
export function daysText(m: Pick<Measure, "value" | "qualifier" | "hi">, lang: Lang, t: Translate): string {
  // A day is a thing: Belarusian "больш за" keeps its plain form ("больш за 602 дні").
  return plural(t, lang, "people.days", m, {}, "thing");
}

/** A computed count: "about" when a date is known only to the month or year. */
export function computedDays(c: DayCount, lang: Lang, t: Translate): string {
  return daysText({ value: c.days, qualifier: c.lowerBound ? "at_least" : c.approximate ? "about" : "exact" }, lang, t);
}

/** The start of a span: its date, or, when no source gives one, since when at the latest. */
export function spanStartText(
  span: { start: { date: string }; startUnknown: boolean },
  lang: Lang,
  t: Translate,
): string {
  const date = formatDate(span.start.date, lang);
  return span.startUnknown ? t("people.inc.startUnknown", { date }) : date;
}

/** "computed from 1 February 2023 to 12 November 2024; start known only to the month, counted from the 1st". */
export function computedHow(c: DayCount, lang: Lang, t: Translate): string {
  const base = t("people.days.computedFrom", { from: formatDate(c.from, lang), to: formatDate(c.to, lang) });
  if (c.lowerBound) return `${base}; ${t("people.days.fromFirstReport")}`;
  if (c.fromPrecision === "day") return base;
  return `${base}; ${t(c.fromPrecision === "month" ? "people.days.monthOnly" : "people.days.yearOnly")}`;
}

/** "about 650 days, computed from 1 February 2023 to 12 November 2024 (…)". */
export function computedSentence(c: DayCount, lang: Lang, t: Translate): string {
  return `${computedDays(c, lang, t)}, ${computedHow(c, lang, t)}`;
}

/** The name in the reader's language; `fallback` when only the English spelling exists. */
export function nameOf(person: Person, lang: Lang): { text: string; fallback: boolean } {
  return pickText(person.name, lang);
}

export function listText(items: string[], lang: Lang): string {
  return formatList(items, lang);
}

/** "Art. 368" / "Arts. 358 and 361-4" of the Criminal Code. */
export function articlesText(articles: string[], lang: Lang, t: Translate): string {
  return articles.length === 1
    ? t("people.case.article", { list: articles[0]! })
    : t("people.case.articles", { list: listText(articles, lang) });
}

export function stateLabel(state: PersonState, t: Translate): string {
  return t(`people.state.${state}`);
}

/** The date of a status in words: "as of …" for an ongoing state, "since …" for incommunicado, else the date. */
export function stateDate(state: PersonState, date: string, lang: Lang, t: Translate): string {
  const d = formatDate(date, lang);
  if (state === "in_custody") return t("people.card.asOf", { date: d });
  if (state === "incommunicado") return t("people.card.sinceDate", { date: d });
  return d;
}
