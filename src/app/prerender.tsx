/**
 * Build-time rendering of the dashboard (run by build/dashboardPrerenderPlugin.ts inside an SSR Vite server, and by
 * tests): the page a reader sees at index.html with no view in its URL (the newest release, in English), as the
 * HTML the app itself renders, charts drawn at the dashboard's column width. The build writes it into index.html's
 * #root, so it is on screen before any of the app's JavaScript has arrived; the app then hydrates it (main.tsx):
 * the same nodes become the live page.
 *
 * It must be exactly the app's first render in the browser: the same tree (useServerRender() is true in both,
 * see whileHydrating), the same store (the view of a URL without parameters, the release loaded) and the same
 * ids (useId numbers them as the browser does: no prefix, unlike the embeds' copies).
 */
import { renderToString } from "preact-render-to-string";
import type { VNode } from "preact";
import { InitialWidthContext } from "../charts/common/useWidth";
import type { Manifest, ReleaseData } from "../data/schema";
import { loadMessages } from "../i18n";
import { DEFAULT_VIEW, useStore } from "../state/store";
import { App } from "./App";
// SVG marks' tabIndex written as tabindex, as in the browser.
import "../widgets/preactTabIndex";

export { manifestKey } from "../data/manifestKey";

/** The width the charts are drawn at; the browser measures the real one right after hydrating. */
export const PRERENDER_CHART_WIDTH = 640;

export async function prerenderDashboard(manifest: Manifest, release: ReleaseData): Promise<string> {
  await loadMessages(DEFAULT_VIEW.lang);
  // On the server preact/compat reads the store's initial state (useSyncExternalStore's server snapshot): the
  // view of a URL without parameters, with the release already loaded.
  // Put back afterwards: the embeds' copies are rendered from the same store.
  const initial = useStore.getInitialState();
  const saved = { ...initial };
  Object.assign(initial, { ...DEFAULT_VIEW, data: { state: "ready", manifest, release } });
  try {
    // No StrictMode here (main.tsx has one): it renders nothing of its own in Preact.
    return renderToString(
      (
        <InitialWidthContext.Provider value={PRERENDER_CHART_WIDTH}>
          <App />
        </InitialWidthContext.Provider>
      ) as unknown as VNode,
    );
  } finally {
    Object.assign(initial, saved);
  }
}
