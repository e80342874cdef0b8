/**
 * Typed dates in the reader's language. A browser's own date field writes the date the way the browser's
 * locale does (mm/dd/yyyy in an English Chromium, whatever the page's language), so the range control uses
 * text fields with a pattern of the page's language and reads what readers type forgivingly.
 */
import { isCalendarDate } from "../data/dates";
import type { Lang } from "./format";

/** How a date is written in each language's field (and shown back once it is read). English keeps ISO order:
 * it reads the same to British and American readers. */
export const DATE_INPUT_PATTERN: Record<Lang, string> = { en: "yyyy-mm-dd", be: "дд.мм.гггг", ru: "дд.мм.гггг" };

/** A day as its field shows it: "2023-03-01" (en), "01.03.2023" (be, ru). */
export function formatDateInput(iso: string, lang: Lang): string {
  if (lang === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

// Month names a reader may type instead of a number, matched by their first letters ("сак", "сакавіка",
// "mar", "марта"): each language's own and English, so a pasted English date is read too.
const MONTH_STEMS: string[][] = [
  ["jan", "сту", "янв"],
  ["feb", "лют", "фев"],
  ["mar", "сак", "мар"],
  ["apr", "кра", "апр"],
  ["may", "май", "мая", "мае"],
  ["jun", "чэр", "июн"],
  ["jul", "ліп", "июл"],
  ["aug", "жн", "авг"],
  ["sep", "вер", "сен"],
  ["oct", "кас", "окт"],
  ["nov", "ліс", "ноя"],
  ["dec", "сне", "дек"],
];

function monthOf(word: string): number | undefined {
  const w = word.toLocaleLowerCase("ru").replace(/ё/g, "е");
  const i = MONTH_STEMS.findIndex((stems) => stems.some((s) => w.startsWith(s)));
  return i < 0 ? undefined : i + 1;
}

export type DateInputResult =
  | { kind: "empty" }
  | { kind: "date"; iso: string }
  /** Not a whole date yet (no four-digit year, a part missing): fine while typing, an error once left. */
  | { kind: "incomplete" }
  /** All parts are there but the day does not exist (31.02.2023, month 13). */
  | { kind: "invalid" };

/**
 * Reads a typed date: "1.3.2023", "01.03.2023", "1/3/2023", "1 сакавіка 2023", "1 March 2023", "2023-03-01".
 * Numbers are read day, month, year unless the first has four digits (ISO order: year, month, day).
 */
export function parseDateInput(text: string): DateInputResult {
  const trimmed = text.trim().replace(/\s*(г|г\.|год|года)$/u, "");
  if (!trimmed) return { kind: "empty" };
  const parts = trimmed.match(/\d+|\p{L}+/gu) ?? [];
  if (parts.length !== 3) return { kind: "incomplete" };
  let day: string, month: string | number | undefined, year: string;
  if (/^\d{4}$/.test(parts[0]!)) [year, month, day] = parts as [string, string, string];
  else [day, month, year] = parts as [string, string, string];
  if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(day)) return { kind: "incomplete" };
  const m = /^\d{1,2}$/.test(month) ? Number(month) : monthOf(month);
  if (m === undefined) return { kind: "invalid" };
  const iso = `${year}-${String(m).padStart(2, "0")}-${day.padStart(2, "0")}`;
  return m >= 1 && m <= 12 && isCalendarDate(iso) ? { kind: "date", iso } : { kind: "invalid" };
}
