/**
 * For widgets whose drawing does not follow the time range, or follows it only through a filtered list:
 * the page re-renders every widget when the range changes (a new context each time), and these compare
 * contexts apart from the range so that React can skip what would come out the same.
 */
import type { WidgetContext } from "./types";

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** Two contexts that differ at most in their time range (categories compared by content: the URL makes new lists). */
export function sameContextButRange(a: WidgetContext, b: WidgetContext): boolean {
  return (
    a.release === b.release &&
    a.lang === b.lang &&
    a.t === b.t &&
    a.selection === b.selection &&
    a.setView === b.setView &&
    a.corrections === b.corrections &&
    sameList(a.categories, b.categories)
  );
}
