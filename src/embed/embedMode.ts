import { createContext, useContext } from "react";

/** True inside embed.html: the widget frame then offers no Share button (an embed does not embed itself). */
export const EmbedModeContext = createContext(false);

export function useEmbedMode(): boolean {
  return useContext(EmbedModeContext);
}
