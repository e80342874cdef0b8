/**
 * Day counts between two possibly partial ISO dates ("2023-02-15", "2023-02", "2025"). Pure functions:
 * the incommunicado chart, the person cards and their tests all count the same way.
 *
 * Convention: the number of days from one date to the other, so the same day is 0 days and
 * 28 Feb → 1 Mar 2024 is 2 days (a leap year). A date known only to the month or year is counted
 * from the first day of that period, and the count is marked approximate ("about"); minDays and maxDays
 * say how low and how high it could be anywhere within the periods.
 */

export type Precision = "day" | "month" | "year";

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

const MS_PER_DAY = 86_400_000;
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(iso: string): Precision {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: "${iso}"`);
  return m[3] ? "day" : m[2] ? "month" : "year";
}

function utc(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d);
}

function parts(iso: string): [number, number | undefined, number | undefined] {
  const m = ISO.exec(iso);
  if (!m) throw new RangeError(`not an ISO date: "${iso}"`);
  return [Number(m[1]), m[2] ? Number(m[2]) : undefined, m[3] ? Number(m[3]) : undefined];
}

/** Milliseconds at the first day of the period. */
function startMs(iso: string): number {
  const [y, m, d] = parts(iso);
  return utc(y, m ?? 1, d ?? 1);
}

/** Milliseconds at the last day of the period. */
function endMs(iso: string): number {
  const [y, m, d] = parts(iso);
  if (d !== undefined) return utc(y, m!, d);
  if (m !== undefined) return utc(y, m + 1, 0);
  return utc(y, 12, 31);
}

const toIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The first day of a possibly partial date, as YYYY-MM-DD. */
export function firstDay(iso: string): string {
  return toIso(startMs(iso));
}

/** The last day of a possibly partial date, as YYYY-MM-DD. */
export function lastDay(iso: string): string {
  return toIso(endMs(iso));
}

/** Days from `from` to `to` (see the file comment). Throws when `to` is before `from`. */
export function countDays(from: string, to: string): DayCount {
  const a = startMs(from);
  const b = startMs(to);
  if (b < a) throw new RangeError(`${to} is before ${from}`);
  const days = Math.round((b - a) / MS_PER_DAY);
  const fromPrecision = precisionOf(from);
  const toPrecision = precisionOf(to);
  // The shortest possible span: the start as late, the end as early as the dates allow; the longest: the reverse.
  const minDays = Math.max(0, Math.round((b - Math.min(endMs(from), b)) / MS_PER_DAY));
  const maxDays = Math.round((endMs(to) - a) / MS_PER_DAY);
  return {
    days,
    minDays,
    maxDays,
    from: toIso(a),
    to: toIso(b),
    fromPrecision,
    toPrecision,
    approximate: fromPrecision !== "day" || toPrecision !== "day",
  };
}

/** Whether a count a source states ("more than 600") is compatible with a computed count. */
export function agrees(
  reported: { value: number; qualifier: string; hi?: number },
  computed: Pick<DayCount, "minDays" | "maxDays">,
): boolean {
  const lo = computed.minDays;
  const hi = computed.maxDays;
  const v = reported.value;
  switch (reported.qualifier) {
    case "exact":
      return v >= lo && v <= hi;
    case "at_least":
      return hi >= v;
    case "more_than":
      return hi > v;
    case "fewer_than":
      return lo < v;
    case "about":
      return hi >= v * 0.9 && lo <= v * 1.1;
    case "range":
      return hi >= v && lo <= (reported.hi ?? v);
    default:
      return false;
  }
}
