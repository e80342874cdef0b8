/**
 * The range as it moves, while the dashboard holds a widget on the range it last drew (a drag in progress; see
 * DeferOffscreen). A chart marks it at every step at little cost (the trend charts' band); what is computed from
 * the range (zoomed axes, dimmed marks, sentences, tables, sources) follows once the range holds still.
 * Undefined when nothing is held: the widget's context has the range.
 */
import { createContext, useContext } from "react";
import type { DateRange } from "../state/store";

export const LiveRangeContext = createContext<DateRange | undefined>(undefined);

/** The range to mark now: the moving one during a drag, else `range` (the one the widget is drawn for). */
export function useLiveRange(range: DateRange): DateRange {
  const live = useContext(LiveRangeContext);
  return live === undefined ? range : live;
}
