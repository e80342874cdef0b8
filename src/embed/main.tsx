/** The embed entry: one widget, its release and nothing else (widgets load as their own chunks). */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { dataReader } from "../state/releases";
import { useStore } from "../state/store";
import { EmbedApp } from "./EmbedApp";
import { loadMessages } from "../i18n";
import { listenForHostTheme } from "./hostTheme";
import { parseEmbedParams } from "./params";
import "../styles.css";
import "./embed.css";

const params = parseEmbedParams(window.location.search, navigator.languages ?? []);
// No URL sync here: the embed URL is fixed by the host page; interactions stay inside the frame.
useStore
  .getState()
  .setView({ releaseId: params.releaseId, lang: params.lang, theme: params.theme, range: params.range });
const root = document.documentElement;
root.lang = params.lang;
if (params.theme !== "auto") root.dataset.theme = params.theme;
// embed-paint.js has set this already; the dev server's page may have run without it.
root.classList.toggle("embed-transparent", params.transparent === true);
// The host page may set the theme at any time (data-brt-theme via embed.js, or its own message): listen before
// the first await, so a message sent as the frame loads is not missed.
listenForHostTheme(params.frame, (theme) => {
  if (theme === "auto") delete root.dataset.theme;
  else root.dataset.theme = theme;
  useStore.getState().setView({ theme });
});

await loadMessages(params.lang);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <EmbedApp params={params} read={dataReader} base={window.location.href} />
  </StrictMode>,
);
