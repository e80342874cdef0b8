/** Calendar dates, as the data and links write them (YYYY, YYYY-MM, YYYY-MM-DD); no UI, no schema library. */

/** 2024-02-30 and 2025-13-45 have the shape of a date but are no day of the calendar; nor is year 0000.
 * Partial dates (YYYY, YYYY-MM) need a real year and month. */
export function isCalendarDate(iso: string): boolean {
  const [y, m = 1, d = 1] = iso.split("-").map(Number);
  if (!y || m < 1 || m > 12 || d < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone can shift it; setUTCFullYear
  // because Date.UTC would read years below 100 as 19xx).
  const last = new Date(0);
  last.setUTCFullYear(y, m, 0);
  return d <= last.getUTCDate();
}

/** Parses a possibly partial ISO date to a UTC Date at the start of the period. */
export function parseIsoDate(iso: string): Date {
  const [y, m = "01", d = "01"] = iso.split("-");
  return new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
}

/** The midpoint-free "best position" of a partial date on a time axis: the end of its period
 * (a figure "as of December 2020" is known by the end of December). */
export function isoDateEnd(iso: string): Date {
  const parts = iso.split("-");
  if (parts.length === 3) return parseIsoDate(iso);
  if (parts.length === 2) return new Date(Date.UTC(Number(parts[0]), Number(parts[1]), 0));
  return new Date(Date.UTC(Number(parts[0]), 11, 31));
}
