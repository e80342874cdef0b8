/** The embed entry: one widget, its release and nothing else (widgets load as their own chunks). */
import { createRoot, hydrateRoot } from "react-dom/client";
import { manifestKey } from "../data/manifestKey";
import { dataReader, loadReleaseState } from "../state/releases";
import { hydrateWithStoreState, useStore } from "../state/store";
import { loadMessages } from "../i18n";
import { FRAGMENT_ATTRS, FRAGMENT_PENDING_CLASS, LIVE_ATTR, WAITING_CLASS } from "./fragment";
import { embedElement } from "./embedRoot";
import { embedContext } from "./EmbedApp";
import { nextTask } from "../data/nextTask";
import { listenForHostTheme } from "./hostTheme";
import { loadWidget } from "./lazyWidgets";
import { parseEmbedParams } from "./params";
import "../styles.css";
import "./embed.css";
import { BuildMarkup } from "../widgets/KeptGroup";

const params = parseEmbedParams(window.location.search, navigator.languages ?? []);
// No URL sync here: the embed URL is fixed by the host page; interactions stay inside the frame.
useStore
  .getState()
  .setView({ releaseId: params.releaseId, lang: params.lang, theme: params.theme, range: params.range });
const html = document.documentElement;
html.lang = params.lang;
if (params.theme !== "auto") html.dataset.theme = params.theme;
// The first-paint script (paint.ts) has set this already.
html.classList.toggle("embed-transparent", params.transparent === true);
// The host page may set the theme at any time (data-brt-theme via embed.js, or its own message): listen before
// the first await, so a message sent as the frame loads is not missed.
listenForHostTheme(params.frame, (theme) => {
  if (theme === "auto") delete html.dataset.theme;
  else html.dataset.theme = theme;
  useStore.getState().setView({ theme });
});

const root = document.getElementById("root")!;
const fragmentWanted = root.hasAttribute(FRAGMENT_ATTRS.release) || html.classList.contains(FRAGMENT_PENDING_CLASS);
// No fragment on its way (a time range, plain or compact, the dev server): the app draws at once, "Loading…" first,
// and a fragment that comes after all is not put in.
if (!fragmentWanted) root.setAttribute(LIVE_ATTR, "");

// The data and the widget's chunk are needed in any language: they load beside the messages' chunk, not after it.
const loading = Promise.all([loadReleaseState(params.releaseId), loadWidget(params.widget).catch(() => null)]);
await loadMessages(params.lang);

/**
 * The chart width of the build's markup in #root (src/embed/paint.ts put it there), when the app may hydrate it:
 * the widget and the release are loaded first (through the caches EmbedApp reads from its first render on), and
 * the markup must have been rendered from that very release, manifest and language; else null (#root is drawn anew).
 */
async function hydratableWidth(): Promise<number | null> {
  if (!fragmentWanted) return null;
  // The data is needed anyway; meanwhile the fragment, if still on its way, arrives and shows.
  const [data] = await loading;
  const width = Number(root.getAttribute(FRAGMENT_ATTRS.width));
  const fits =
    data.state === "ready" &&
    root.getAttribute(FRAGMENT_ATTRS.release) === data.release.entry.id &&
    root.getAttribute(FRAGMENT_ATTRS.manifest) === manifestKey(data.manifest) &&
    root.getAttribute(FRAGMENT_ATTRS.lang) === params.lang &&
    width > 0;
  return fits ? width : null;
}

const width = await hydratableWidth();
if (width !== null) {
  // The widget's view model (what its summary, marks, table and sources read) is built in a task of its own: the
  // hydration that follows finds it in the widget's memo (widgets/viewModel.ts) and is a shorter task.
  const [data, def] = await loading;
  if (data.state === "ready" && def) def.summary(embedContext(data.release, useStore.getState()));
  await nextTask();
}
// From here on, the first-paint script leaves #root alone.
root.setAttribute(LIVE_ATTR, "");
if (width !== null) {
  // Marks the build drew stay as they are until what they show changes (widgets/KeptGroup.tsx).
  const element = embedElement(params, dataReader, window.location.href, width);
  const build = { hydrating: true };
  hydrateWithStoreState(() => hydrateRoot(root, <BuildMarkup.Provider value={build}>{element}</BuildMarkup.Provider>));
  build.hydrating = false;
} else {
  root.replaceChildren();
  createRoot(root).render(embedElement(params, dataReader, window.location.href, null));
}
for (const name of Object.values(FRAGMENT_ATTRS)) root.removeAttribute(name);
html.classList.remove(WAITING_CLASS);
