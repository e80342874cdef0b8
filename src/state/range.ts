/**
 * The time range as links carry it (`from`/`to` on the dashboard, in embeds and in briefing decks). Only real
 * calendar days count: 2024-02-30 or 2025-13-45 would roll over into another date (and a range the page then
 * states as fact), so a link with one is read as having no range at all.
 */
import { isCalendarDate } from "../data/dates";
import type { DateRange } from "./store";

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a YYYY-MM-DD day that exists (years 0001–9999, leap days in leap years only). */
export const isCalendarDay = (value: string): boolean => DAY.test(value) && isCalendarDate(value);

/** The range from a link's `from` and `to`: both real days, in order; otherwise none (the whole period). */
export function rangeFromParams(from: string | null, to: string | null): DateRange {
  return from && to && isCalendarDay(from) && isCalendarDay(to) && from <= to ? { start: from, end: to } : null;
}
