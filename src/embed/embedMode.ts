import { createContext, useContext } from "react";

/** True inside embed.html: a Share button shows nothing there (an embed does not embed itself). An embed's look
 * (plain, compact) is the frame's: src/widgets/embedLook.ts. */
export const EmbedModeContext = createContext(false);

export function useEmbedMode(): boolean {
  return useContext(EmbedModeContext);
}
