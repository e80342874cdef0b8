import { createContext, useContext } from "react";

/** How an embed presents its widget (the URL's `plain` and `compact` options, src/embed/params.ts). */
export interface EmbedLook {
  /** No title block and no buttons: the chart and one compact source line. */
  plain: boolean;
  /** No table button and no source list to expand (more than a few sources: one link to the dashboard). */
  compact: boolean;
  /** This view on the full dashboard: where the compact source link leads. */
  dashboardHref: string;
}

/** Null outside embeds and in an embed without options: the frame is drawn in full. */
export const EmbedLookContext = createContext<EmbedLook | null>(null);

export function useEmbedLook(): EmbedLook | null {
  return useContext(EmbedLookContext);
}
