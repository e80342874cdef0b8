/**
 * Whether a day count a source states agrees with the one we compute. The counting itself (countDays, DayCount and
 * partial dates) lives in src/data/dates.ts, with every other piece of date arithmetic.
 */
import type { DayCount } from "../data/dates";

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
