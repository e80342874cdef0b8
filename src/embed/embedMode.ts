import { createContext, useContext } from "react";

/** True inside embed.html: the widget frame then offers no Share button (an embed does not embed itself). */
export const EmbedModeContext = createContext(false);

export function useEmbedMode(): boolean {
  return useContext(EmbedModeContext);
}

/** The element that holds the build's prerendered copy: of the widget in embed.html (public/embed-paint.js), of the
 * dashboard in index.html (public/dashboard-paint.js). */
export const PRERENDERED_ID = "prerendered";
