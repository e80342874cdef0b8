/**
 * Plural and case after numerals, for sentences that say a figure in words ("у 21 этапе", "не менее 21 человека").
 *
 * A counted message is four catalogue keys side by side, `<base>.one`, `<base>.few`, `<base>.many` and
 * `<base>.other`, each a whole phrase or sentence in every language (English repeats its plural where it has no
 * such form, so every language has the same keys). The form is chosen by Intl.PluralRules (Node and Chromium agree
 * for be and ru: 1, 21, 1 141 → one; 2, 22 → few; 5, 11, 25, 1 140 → many; fractions → other). In Belarusian and
 * Russian "other" is the genitive singular (1,5 этапа), which is why a qualifier can borrow it (countCategory).
 */
import type { Measure } from "../data/schema";
import type { MessageKey, Translate } from "./index";
import { formatMeasure, formatNumber, pluralCategory, type Lang, type PluralCategory } from "./format";

/** A count, or a figure with its qualifier ("at least 1 140"). */
export type Figure = number | Pick<Measure, "value" | "qualifier" | "hi">;

/** The base of every counted message in the catalogues: "keys.pardoned" for "keys.pardoned.one" … */
export type PluralBase = { [K in MessageKey]: K extends `${infer B}.many` ? B : never }[MessageKey];

/**
 * The plural form a figure takes. After "at least", "about", "more than", "fewer than" (не менее, около, более,
 * менее; не менш за, каля, больш за, менш за) the noun is in the genitive: 2–4 take the form of 5 and 1, 21 … the
 * genitive singular ("не менее 21 человека", "около 52 человек"). Belarusian "за" governs the accusative, which is
 * the genitive only for people: a `thing` keeps its plain form there ("больш за 21 дзень"). A range agrees with
 * its upper end ("15–21 человека" is read "от 15 до 21": the form of 21).
 */
export function countCategory(figure: Figure, lang: Lang, noun: "person" | "thing" = "person"): PluralCategory {
  const m = typeof figure === "number" ? { value: figure, qualifier: "exact" as const } : figure;
  const form = pluralCategory(m.qualifier === "range" ? (m.hi ?? m.value) : m.value, lang);
  if (lang === "en" || m.qualifier === "exact" || m.qualifier === "range") return form;
  const genitive = lang === "ru" || m.qualifier === "about" || noun === "person";
  if (!genitive) return form;
  return form === "one" ? "other" : form === "few" ? "many" : form;
}

/**
 * A counted message in the form its figure needs. `{n}` is the figure as formatMeasure prints it (qualifier
 * included) unless `vars` gives its own.
 */
export function plural(
  t: Translate,
  lang: Lang,
  base: PluralBase,
  figure: Figure,
  vars: Record<string, string | number> = {},
  noun: "person" | "thing" = "person",
): string {
  const n = typeof figure === "number" ? formatNumber(figure, lang) : formatMeasure(figure, lang);
  return t(`${base}.${countCategory(figure, lang, noun)}` as MessageKey, { n, ...vars });
}
