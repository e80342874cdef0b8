/**
 * URL ⇄ view state. The URL is the shareable form of a view: `?release=` (public API, used by
 * embeds and links), `lang`, `theme`, `from`/`to` (time range), `sel`, `panel`, `cat`, `q` (the map's search), `who` (the people search), `table`.
 * Sync is a store subscriber, not scattered through components. The URL's form of a view (viewFromSearch,
 * searchFromView) lives beside the view in view.ts, which the dashboard's first-paint script reads without the store.
 */
import { useStore } from "./store";
import { DEFAULT_VIEW, searchFromView, viewFromSearch, type ViewState } from "./view";

function pick(s: ViewState): ViewState {
  const { releaseId, lang, theme, range, selection, panel, categories, query, who, tables, deck, slide } = s;
  return { releaseId, lang, theme, range, selection, panel, categories, query, who, tables, deck, slide };
}

/**
 * How long the URL waits for the view to settle once it is changing quickly (a dragged range, typed
 * dates). Writing the URL is not free: in Chromium each history write re-resolves the page's SVG
 * references (patterns, clip paths), about 25 ms on the dashboard, and Safari refuses more than 100
 * writes in 30 s.
 */
export const URL_SETTLE_MS = 300;

/**
 * Starts two-way sync between the store and window.location. Returns the unsubscribe function.
 *
 * A change is written at once, as a new history entry, unless it only moves the time range or edits a search within
 * URL_SETTLE_MS of the last write: such changes (a dragged range, typed dates, a typed query) are coalesced into one
 * write when they stop, replacing that entry. Back undoes a whole drag, not one step of it, and a drag
 * costs one history write however many frames it lasts. Any other change (a selection, a language, a
 * panel) is written at once, with the range as it stands.
 */
export function startUrlSync(win: Window = window): () => void {
  const initial = viewFromSearch(win.location.search, win.navigator.languages ?? []);
  // A language from the browser is not written into the URL unless the reader chose it (a shared link then
  // opens in the recipient's language).
  let langChosen = new URLSearchParams(win.location.search).has("lang");
  const browserLang = initial.lang;
  const search = (v: ViewState) =>
    searchFromView({ ...v, lang: langChosen || v.lang !== browserLang ? v.lang : DEFAULT_VIEW.lang });
  useStore.getState().setView(initial);
  let last = search(initial);
  let applyingPop = false;
  let lastWrite = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const write = (mode: "push" | "replace") => {
    const url = `${win.location.pathname}${last}${win.location.hash}`;
    if (mode === "push") win.history.pushState(null, "", url);
    else win.history.replaceState(null, "", url);
    lastWrite = Date.now();
  };
  const settle = () => {
    timer = null;
    write("replace");
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  // Typing a search is a burst like a drag ("Гродно" is one history entry, not six); starting a search or
  // clearing it is a step of its own, so Back returns to it.
  const withoutRange = (search: string) =>
    search.replace(/(^|[?&])(from|to)=[^&]*/g, "").replace(/(^|[?&])(q|who)=[^&]*/g, "$1$2");

  const unsubscribe = useStore.subscribe((state) => {
    if (applyingPop) return;
    if (state.lang !== browserLang) langChosen = true;
    const next = search(pick(state));
    if (next === last) return;
    const rangeOnly = withoutRange(next) === withoutRange(last);
    last = next;
    const burst = rangeOnly && (timer !== null || Date.now() - lastWrite < URL_SETTLE_MS);
    cancel();
    if (burst) timer = setTimeout(settle, URL_SETTLE_MS);
    else write("push");
  });
  const onPop = () => {
    // The browser's URL wins over a write still waiting.
    cancel();
    applyingPop = true;
    const view = viewFromSearch(win.location.search, win.navigator.languages ?? []);
    useStore.getState().setView(view);
    last = search(view);
    applyingPop = false;
  };
  // Leaving mid-drag keeps the last view in the entry the reader comes back to.
  const onHide = () => {
    if (timer !== null) settle();
    cancel();
  };
  win.addEventListener("popstate", onPop);
  win.addEventListener("pagehide", onHide);
  return () => {
    onHide();
    unsubscribe();
    win.removeEventListener("popstate", onPop);
    win.removeEventListener("pagehide", onHide);
  };
}
