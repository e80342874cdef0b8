import { createContext, useContext } from "react";

/** True inside embed.html: a Share button shows nothing there (an embed does not embed itself). An embed's look
 * (plain, compact) is the frame's: src/widgets/embedLook.ts. */
export const EmbedModeContext = createContext(false);

export function useEmbedMode(): boolean {
  return useContext(EmbedModeContext);
}

/**
 * embed.html's #root while it holds the build's markup of the widget (put there by public/embed-paint.js, which
 * copies these from the fragment's hints), until the app hydrates it: the release it was rendered from, the
 * manifestKey of the build's manifest, the chart width and the language it was drawn at. The dashboard's #root
 * carries the first two too (src/app/prerenderedView.ts); the bench's probe reads `data-prerendered`.
 */
export const FRAGMENT_ATTRS = {
  release: "data-prerendered",
  manifest: "data-manifest",
  width: "data-width",
  lang: "data-lang",
} as const;

/** On #root once the app has drawn or hydrated it: embed-paint.js puts no fragment there any more. */
export const LIVE_ATTR = "data-live";

/** On <html> while embed-paint.js is fetching a fragment: the app waits for it (or for its data) before drawing. */
export const FRAGMENT_PENDING_CLASS = "brt-fragment-pending";
