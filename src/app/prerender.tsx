/**
 * Build-time rendering of the dashboard (run by build/dashboardPrerenderPlugin.ts inside an SSR Vite server, and by
 * tests): the page a reader sees at index.html with no view in its URL, for the newest release, as an HTML
 * string, in one language and at one chart width. build/dashboardPrerenderPlugin.ts writes the English one into
 * index.html (and public/dashboard-paint.js fetches the others), so it is on screen before any of the app's
 * JavaScript has arrived; the app removes it as soon as its own page is ready (App.tsx).
 *
 * Like an embed's copy it is a picture, not the page: nothing in it takes focus or a click (see pictureOf), but
 * screen readers can read it until the live page takes its place.
 */
import { InitialWidthContext } from "../charts/common/useWidth";
import type { Manifest, ReleaseData } from "../data/schema";
import { pictureOf, renderCopy, type PrerenderWidth } from "../embed/prerender";
import { loadMessages } from "../i18n";
import type { Lang } from "../i18n/format";
import { DEFAULT_VIEW, useStore } from "../state/store";
import { App } from "./App";

export async function prerenderDashboard(
  manifest: Manifest,
  release: ReleaseData,
  lang: Lang,
  width: PrerenderWidth = 640,
): Promise<string> {
  await loadMessages(lang);
  // On the server preact/compat reads the store's initial state (useSyncExternalStore's server snapshot): the
  // view of a URL without parameters, in this language, with the release already loaded.
  // Put back afterwards: the embeds' copies are rendered from the same store.
  const initial = useStore.getInitialState();
  const saved = { ...initial };
  Object.assign(initial, { ...DEFAULT_VIEW, lang, data: { state: "ready", manifest, release } });
  try {
    const html = renderCopy(
      <InitialWidthContext.Provider value={width}>
        <App />
      </InitialWidthContext.Provider>,
    );
    return pictureOf(html, release.entry.id, lang);
  } finally {
    Object.assign(initial, saved);
  }
}
