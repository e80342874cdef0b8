/**
 * The time range as links carry it (`from`/`to` on the dashboard, in embeds and in briefing decks). Only real
 * calendar days count: 2024-02-30 or 2025-13-45 would roll over into another date (and a range the page then
 * states as fact), so a link with one is read as having no range at all.
 */
import { isCalendarDay } from "../data/dates";
import type { DateRange } from "./view";

/** The range from a link's `from` and `to`: both real days, in order; otherwise none (the whole period). */
export function rangeFromParams(from: string | null, to: string | null): DateRange {
  return from && to && isCalendarDay(from) && isCalendarDay(to) && from <= to ? { start: from, end: to } : null;
}
