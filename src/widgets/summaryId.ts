/**
 * The id of the frame's generated summary sentence, so a chart whose own name is short (the trend plot's
 * "use the arrow keys…", the map's "Map of…") can point aria-describedby at what it shows now.
 */
import { createContext, useContext } from "react";

export const SummaryIdContext = createContext<string | undefined>(undefined);

export function useSummaryId(): string | undefined {
  return useContext(SummaryIdContext);
}
