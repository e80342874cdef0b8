/**
 * Orders for lists drawn on a page's first render, without Intl.Collator: a page's first collator (or
 * localeCompare) costs 30–40 ms of ICU data on a desktop, in the task that draws the page. For what is sorted there,
 * ids and ISO dates (ASCII: lower-case letters, digits, hyphens) and Latin-script names, these orders are the
 * collator's (tests/unit/order.test.ts compares them with Intl.Collator("en") on the real releases). Sorting words
 * in Belarusian or Russian, as the map's list does by place name when asked, still takes a collator then.
 */

/** UTF-16 code-unit order: for ids and ISO dates, the same as a collator's. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Combining accents (after NFD: "Ł" has none and stays, as a collator too sorts it apart from "L").
const ACCENTS = /[\u0300-\u036f]/g;
const fold = (s: string) => s.normalize("NFD").replace(ACCENTS, "").toLowerCase();

/** Latin-script names as an English collator sorts them: letters first without case or accents, then as written. */
export function byLatinName(a: string, b: string): number {
  return byCodeUnits(fold(a), fold(b)) || byCodeUnits(a, b);
}
