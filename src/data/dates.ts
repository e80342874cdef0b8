/**
 * Calendar dates, as the data and links write them: the one home of date arithmetic. No UI, no schema library.
 *
 * A release's dates may be partial: "2024", "2024-03" or "2024-03-05" (decision 003). A partial date stands for its
 * whole period: it starts on the period's first day and ends on its last. Everything here works in UTC, so no time
 * zone can move a day. Words for dates ("March 2024") are made in src/i18n/format.ts, from these functions.
 */

export type Precision = "day" | "month" | "year";

/** Most precise first: where two figures share a position, the one with the finer date is preferred. */
export const PRECISION_RANK: Readonly<Record<Precision, number>> = { day: 0, month: 1, year: 2 };

export const MS_PER_DAY = 86_400_000;

/** The shape of a possibly partial date (not yet whether it exists: see isCalendarDate). */
export const PARTIAL_DATE_SHAPE = /^\d{4}(-\d\d(-\d\d)?)?$/;
/** The shape of a full day. */
export const DAY_SHAPE = /^\d{4}-\d\d-\d\d$/;

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A time range of whole days, both inclusive (YYYY-MM-DD), as the store and links carry it. */
export interface DayRange {
  start: string;
  end: string;
}

/** 2024-02-30 and 2025-13-45 have the shape of a date but are no day of the calendar; nor is year 0000.
 * Partial dates (YYYY, YYYY-MM) need a real year and month. */
export function isCalendarDate(iso: string): boolean {
  let y: number, m: number, d: number;
  if (PARTIAL_DATE_SHAPE.test(iso)) {
    // The shapes of the data, read by position (the loader asks this for every date of a release).
    y = Number(iso.slice(0, 4));
    m = iso.length > 4 ? Number(iso.slice(5, 7)) : 1;
    d = iso.length > 7 ? Number(iso.slice(8, 10)) : 1;
  } else {
    [y = NaN, m = 1, d = 1] = iso.split("-").map(Number);
  }
  if (!y || m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

/** True for a YYYY-MM-DD day that exists (years 0001–9999, leap days in leap years only). */
export const isCalendarDay = (value: string): boolean => DAY_SHAPE.test(value) && isCalendarDate(value);

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year: 29 in February of a leap year. */
function daysInMonth(y: number, m: number): number {
  // Years 0001–9999 by the Gregorian rule, as Date counts them, without making a Date.
  if (Number.isInteger(y) && y >= 1 && y <= 9999 && Number.isInteger(m) && m >= 1 && m <= 12) {
    return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1]!;
  }
  // Day 0 of the next month is the last day of this one (setUTCFullYear because Date.UTC would read years below 100
  // as 19xx).
  const last = new Date(0);
  last.setUTCFullYear(y, m, 0);
  return last.getUTCDate();
}

/** Year, month and day of a possibly partial date (month and day undefined where it does not give them). */
function parts(iso: string): [number, number | undefined, number | undefined] {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: "${iso}"`);
  return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}

/** Midnight UTC of a day, as ms (years below 100 stay themselves). */
function utc(y: number, m: number, d: number): number {
  return y >= 100 ? Date.UTC(y, m - 1, d) : new Date(0).setUTCFullYear(y, m - 1, d);
}

/** How precise a date is: "2024" → year, "2024-03" → month, "2024-03-05" → day. Throws on anything else. */
export function precisionOf(iso: string): Precision {
  const [, m, d] = parts(iso);
  return d !== undefined ? "day" : m !== undefined ? "month" : "year";
}

/** Midnight UTC starting the first day of the date's period ("2024-03" → 1 March 2024). */
export function periodStart(iso: string): Date {
  const [y, m, d] = parts(iso);
  return new Date(utc(y, m ?? 1, d ?? 1));
}

/**
 * Midnight UTC starting the last day of the date's period ("2024-02" → 29 February 2024, "2023" → 31 December 2023).
 * It is also where a chart places a partial date: a figure "as of December 2020" is known by its end.
 */
export function periodEnd(iso: string): Date {
  const [y, m, d] = parts(iso);
  if (d !== undefined) return new Date(utc(y, m!, d));
  if (m !== undefined) return new Date(utc(y, m, daysInMonth(y, m)));
  return new Date(utc(y, 12, 31));
}

/** The UTC day of a time, as YYYY-MM-DD. */
export function isoDay(t: number | Date): string {
  return new Date(t).toISOString().slice(0, 10);
}

// A full day is its own first and last day: no Date for it (ranges are compared per item while a range is dragged).

/** The first day of a possibly partial date, as YYYY-MM-DD. */
export function firstDay(iso: string): string {
  return iso.length === 10 ? iso : isoDay(periodStart(iso));
}

/** The last day of a possibly partial date, as YYYY-MM-DD. */
export function lastDay(iso: string): string {
  return iso.length === 10 ? iso : isoDay(periodEnd(iso));
}

/** The day before or after a YYYY-MM-DD day. */
export function addDays(iso: string, days: number): string {
  return isoDay(+periodStart(iso) + days * MS_PER_DAY);
}

/** Whether a possibly partial date's period has begun by a day (a source dated "2024-11" may be out by 15 November). */
export function begunBy(iso: string, day: string): boolean {
  return firstDay(iso) <= day;
}

/** Orders dates by where they are placed on a time axis, the end of their period ("2023-12-31" and "2023" tie). */
export function compareDates(a: string, b: string): number {
  return +periodEnd(a) - +periodEnd(b);
}

/**
 * A range as times: [midnight starting its first day, midnight after its last). A time is in the range exactly when
 * its UTC day is; callers testing many times against one range compare numbers instead of dates.
 */
export function rangeTimes(range: DayRange): [number, number] {
  return [+periodStart(range.start), +periodStart(range.end) + MS_PER_DAY];
}

/**
 * Whether a period from `start` to `end` (possibly partial dates, `end` defaulting to `start`) overlaps a range of
 * days, both inclusive; no range overlaps everything. A partial date counts with its whole period: an event dated
 * "2023" shows in a range from 1 December 2023, and one dated "2024-03" in a range ending 1 March 2024.
 */
export function overlapsRange(start: string, end: string | undefined, range: DayRange | null): boolean {
  if (!range) return true;
  return firstDay(start) <= range.end && lastDay(end ?? start) >= range.start;
}

/**
 * A count of days between two possibly partial dates.
 *
 * Convention: the number of days from one date to the other, so the same day is 0 days and 28 Feb → 1 Mar 2024 is
 * 2 days (a leap year). A date known only to the month or year is counted from the first day of that period, and the
 * count is marked approximate ("about"); minDays and maxDays say how low and how high it could be anywhere within the
 * periods.
 */
export interface DayCount {
  /** Days from `from` to `to`. */
  days: number;
  /** The lowest and highest possible counts when a date is partial (each date anywhere in its period); both
   * equal days when the dates are exact. */
  minDays: number;
  maxDays: number;
  /** The ISO days actually counted between. */
  from: string;
  to: string;
  fromPrecision: Precision;
  toPrecision: Precision;
  /** True when either date is partial: say "about". */
  approximate: boolean;
  /** True when the start is not known and the count runs from the first report: say "at least". */
  lowerBound?: boolean;
}

/** Days from `from` to `to` (see DayCount). Throws when `to` is before `from`. */
export function countDays(from: string, to: string): DayCount {
  const a = +periodStart(from);
  const b = +periodStart(to);
  if (b < a) throw new RangeError(`${to} is before ${from}`);
  const fromPrecision = precisionOf(from);
  const toPrecision = precisionOf(to);
  // The shortest possible span: the start as late, the end as early as the dates allow; the longest: the reverse.
  const minDays = Math.max(0, Math.round((b - Math.min(+periodEnd(from), b)) / MS_PER_DAY));
  const maxDays = Math.round((+periodEnd(to) - a) / MS_PER_DAY);
  return {
    days: Math.round((b - a) / MS_PER_DAY),
    minDays,
    maxDays,
    from: isoDay(a),
    to: isoDay(b),
    fromPrecision,
    toPrecision,
    approximate: fromPrecision !== "day" || toPrecision !== "day",
  };
}
