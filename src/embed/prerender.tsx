/**
 * Build-time rendering of embeds (run by build/embedPrerenderPlugin.ts inside an SSR Vite server, and by tests), for
 * one release, widget, language and width:
 * - prerenderEmbed: the embed page's own markup once its data is ready (embedElement, the tree the browser renders),
 *   as an HTML string. The first-paint script (src/embed/paint.ts) puts it into #root before any of the app's
 *   JavaScript has arrived; the app hydrates it once the same release is verified (src/embed/main.tsx), so the
 *   first picture is the live widget.
 * - prerenderWidget: a still picture of the widget (pictureOf: nothing in it takes focus or a click), from which
 *   the build draws the standalone SVG pictures of embed codes' <noscript> (src/export/picture/).
 */
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import type { ReactElement } from "react";
import { InitialWidthContext } from "../charts/common/useWidth";
import type { ReleaseData } from "../data/schema";
import { loadMessages, translator } from "../i18n";
import type { Lang } from "../i18n/format";
import { useStore } from "../state/store";
import type { WidgetContext } from "../widgets/types";
import { EmbedModeContext } from "./embedMode";
import { EmbedView } from "./EmbedView";
import { loadWidget } from "./lazyWidgets";
import { dashboardPath, parseEmbedParams } from "./params";
import { embedElement } from "./embedRoot";
import type { PrerenderWidth } from "./fragment";
import type { ReadBytes } from "../data/loader";
import { loadReleaseState } from "../state/releases";
// SVG marks' tabIndex written as tabindex, as in the browser (pictureOf then makes it -1).
import "../widgets/preactTabIndex";

const NOWHERE = "https://prerender.invalid/";

/**
 * The embed page's markup for `releaseId` (null: the newest, as embed-prerendered/latest/ serves it) as the browser
 * renders it once the release and the widget are loaded: `read` is loaded through the app's release cache first,
 * as src/embed/main.tsx does before it hydrates.
 */
/**
 * On the server preact/compat reads the store's initial state (useSyncExternalStore's server snapshot): components
 * that take the language or the view from the store (useT) must find this render's there: the whole release, no
 * selection, in `lang`.
 */
function renderState(lang: Lang): void {
  Object.assign(useStore.getInitialState(), { lang, range: null, selection: null, categories: [], tables: [] });
}

export async function prerenderEmbed(
  read: ReadBytes,
  releaseId: string | null,
  widget: string,
  lang: Lang,
  width: PrerenderWidth = 640,
): Promise<string> {
  await loadWidget(widget);
  await loadMessages(lang);
  const data = await loadReleaseState(releaseId, read);
  if (data.state !== "ready") throw data.state === "error" ? data.error : new Error("the release did not load");
  renderState(lang);
  const search = new URLSearchParams({ widget, lang });
  if (releaseId) search.set("release", releaseId);
  const params = parseEmbedParams(`?${search.toString()}`, []);
  return renderToString(embedElement(params, read, NOWHERE, width) as unknown as VNode);
}

export async function prerenderWidget(
  release: ReleaseData,
  widget: string,
  lang: Lang,
  width: PrerenderWidth = 640,
): Promise<string> {
  const def = await loadWidget(widget);
  await loadMessages(lang);
  renderState(lang);
  const t = translator(lang);
  const ctx: WidgetContext = {
    release,
    lang,
    t,
    range: null,
    selection: null,
    categories: [],
    setView: () => {},
  };
  // embed.html and index.html sit side by side: a relative link works under any host and BASE_PATH.
  const dashboardHref = dashboardPath({ widget, releaseId: release.entry.id, lang });
  const html = renderCopy(
    <EmbedModeContext.Provider value={true}>
      <InitialWidthContext.Provider value={width}>
        <div className="embed-root">
          <EmbedView def={def} ctx={ctx} dashboardHref={dashboardHref} />
        </div>
      </InitialWidthContext.Provider>
    </EmbedModeContext.Provider>,
  );
  return pictureOf(html, release.entry.id, lang);
}

/**
 * A tree as HTML, rendered by the runtime of the built site (preact/compat, through preact-render-to-string; it
 * reads useSyncExternalStore's server snapshot, so useServerRender() is true inside). The ids useId() makes
 * carry "pre" ("Ppre-0" where the live page has "P0-0"), so the copy and the live page never share an id while
 * both are in the document.
 */
export function renderCopy(tree: ReactElement): string {
  const root = tree as unknown as VNode & { __m?: [string, number] };
  // Preact's useId numbers ids from the `__m` pair of the nearest vnode that has one, else the root's [0, 0].
  root.__m = ["pre", 0];
  return renderToString(root);
}

const esc = (s: string) => encodeURIComponent(s);

/**
 * Makes rendered markup a still picture: no control takes focus (tabindex -1, buttons disabled); links to the
 * dashboard's sources page (relative "?panel=sources#…", which the live embed opens in a new window) point at
 * the dashboard; SVGs drawn at the fallback width get a viewBox so CSS can scale them down on a phone. The
 * folded part of a source line ("and 60 more sources") is left out: a picture's disclosure cannot be opened,
 * so it was never shown (about 60 kB of the dashboard's copy).
 */
export function pictureOf(html: string, releaseId: string, lang: Lang): string {
  return html
    .replace(/(<details class="sources-more">[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g, "$1</details>")
    .replace(/ tabindex="0"/g, ' tabindex="-1"')
    .replace(/<(a|summary|input|select|textarea)(?=[\s>])/g, '<$1 tabindex="-1"')
    .replace(/<button(?=[\s>])/g, '<button disabled="" tabindex="-1"')
    .replace(
      /href="\?([^"#]*)(#[^"]*)?"/g,
      (_, query: string, hash = "") =>
        `href="index.html?${query}&amp;release=${esc(releaseId)}&amp;lang=${lang}${hash}" target="_blank" rel="noopener"`,
    )
    .replace(/<svg(?=[\s>])([^>]*)>/g, (tag: string, attrs: string) => {
      if (/\sviewBox=/.test(attrs)) return tag;
      const w = /\swidth="(\d+(?:\.\d+)?)"/.exec(attrs)?.[1];
      const h = /\sheight="(\d+(?:\.\d+)?)"/.exec(attrs)?.[1];
      return w && h && Number(w) > 0 && Number(h) > 0 ? `<svg viewBox="0 0 ${w} ${h}"${attrs}>` : tag;
    });
}
