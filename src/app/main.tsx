import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { startUrlSync } from "../state/url";
import { useStore } from "../state/store";
import "../styles.css";
// The briefing's styles come before the print sheet that overrides them, although its code loads lazily.
import "../briefing/briefing.css";
import "../briefing/print.css";
import { registerServiceWorker } from "../briefing/offline";
import { loadMessages } from "../i18n";
import { preloadMap } from "../map/DetentionView";

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
if (import.meta.env.PROD || import.meta.env.MODE === "production") registerServiceWorker();

// The dashboard's map needs Leaflet (a chunk of its own): download it alongside the data, not after the
// whole page has been drawn. Other panels leave it until the reader comes back to the dashboard.
if (useStore.getState().panel === "dashboard") void preloadMap();

// The reader's language is drawn from the first paint (English is in the bundle; be/ru are a chunk each).
await loadMessages(useStore.getState().lang);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
