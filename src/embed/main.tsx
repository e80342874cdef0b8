/** The embed entry: one widget, its release and nothing else (widgets load as their own chunks). */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { DATA_ROOT } from "../app/useReleaseLoader";
import { httpReader } from "../data/loader";
import { useStore } from "../state/store";
import { EmbedApp } from "./EmbedApp";
import { loadMessages } from "../i18n";
import { parseEmbedParams } from "./params";
import "../styles.css";
import "./embed.css";

const params = parseEmbedParams(window.location.search, navigator.languages ?? []);
// No URL sync here: the embed URL is fixed by the host page; interactions stay inside the frame.
useStore
  .getState()
  .setView({ releaseId: params.releaseId, lang: params.lang, theme: params.theme, range: params.range });
document.documentElement.lang = params.lang;
if (params.theme !== "auto") document.documentElement.dataset.theme = params.theme;

const read = httpReader(DATA_ROOT);
await loadMessages(params.lang);

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <EmbedApp params={params} read={read} base={window.location.href} />
  </StrictMode>,
);
