import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./App";
import { hydrateInTurns } from "./hydrateInTurn";
import { startUrlSync } from "../state/url";
import { hydrateWithStoreState, useStore } from "../state/store";
import { BuildMarkup } from "../widgets/KeptGroup";
import "../styles.css";
// The briefing's styles come before the print sheet that overrides them, although its code loads lazily.
import "../briefing/briefing.css";
import "../briefing/print.css";
import { registerServiceWorker } from "../briefing/offline";
import { loadMessages } from "../i18n";
import { preloadMap } from "../map/DetentionView";
import { loadStoreRelease } from "../state/releases";
import { manifestKey } from "../data/manifestKey";
import { isPrerenderedView, MANIFEST_ATTR, OTHER_VIEW_CLASS, PRERENDERED_ATTR } from "./prerenderedView";

startUrlSync();

// The theme follows the OS unless the reader picked one; the attribute drives the CSS variables.
const applyTheme = () => {
  const theme = useStore.getState().theme;
  if (theme === "auto") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
};
applyTheme();
useStore.subscribe(applyTheme);

// Offline use (briefings in rooms without wifi): built bundles only, never the dev server, never embeds.
// (MODE, not just PROD: a build run with NODE_ENV=test, as under vitest, has PROD false but is still a build.)
// The worker is registered once the page is live (its first install would compete with the page for the CPU).
let live = () => {};
if (import.meta.env.PROD || import.meta.env.MODE === "production")
  registerServiceWorker(new Promise<void>((r) => (live = r)));

// The dashboard's map needs Leaflet (a chunk of its own): download it alongside the data, not after the
// whole page has been drawn. Other panels leave it until the reader comes back to the dashboard.
if (useStore.getState().panel === "dashboard") void preloadMap();

// The release is needed in any language: its download and checks start now, beside the messages' chunk.
const release = loadStoreRelease();
// The reader's language is drawn from the first paint (English is in the bundle; be/ru are a chunk each).
await loadMessages(useStore.getState().lang);

const root = document.getElementById("root")!;
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

/**
 * The build wrote the dashboard of the newest release, in English, into #root (build/dashboardPrerenderPlugin.ts).
 * For that view, once the same release is loaded and verified, the app hydrates that markup: its first render is
 * the markup's, so the page on screen becomes the live one without a node drawn twice. For any other view (hidden
 * by boot.ts meanwhile), or another manifest than the build's (a release published or broken since), #root starts
 * empty and the app draws its page.
 */
async function hydratesPrerendered(): Promise<boolean> {
  const built = root.getAttribute(PRERENDERED_ATTR);
  if (!built || !isPrerenderedView(useStore.getState())) return false;
  const data = await release;
  // The reader may have changed the view (the URL) meanwhile: then it is not the markup's view any more.
  return (
    data.state === "ready" &&
    data.release.entry.id === built &&
    manifestKey(data.manifest) === root.getAttribute(MANIFEST_ATTR) &&
    isPrerenderedView(useStore.getState())
  );
}

if (await hydratesPrerendered()) {
  // The page's shell at once, then its widgets a few per task (hydrateInTurn.tsx): the page is live once the last is.
  // Marks the build drew stay as they are until what they show changes, and charts are drawn again at their real
  // width in an idle moment (widgets/KeptGroup.tsx, charts/common/useWidth.ts).
  const build = { hydrating: true, laterWidth: true };
  const kept = <BuildMarkup.Provider value={build}>{app}</BuildMarkup.Provider>;
  await hydrateWithStoreState(() => hydrateInTurns(() => hydrateRoot(root, kept)));
  build.hydrating = false;
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
live();
root.removeAttribute(PRERENDERED_ATTR);
root.removeAttribute(MANIFEST_ATTR);
document.documentElement.classList.remove(OTHER_VIEW_CLASS);
