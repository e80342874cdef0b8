/**
 * The embed's first-paint script: bundled by build/embedPaintPlugin.ts and inlined into embed.html's <head>, so it
 * runs before the body is parsed, long before the app's module scripts. It reads the URL with the embed's own rule
 * (parseEmbedParams: theme, language, options), then fetches the embed page's markup as the build rendered it
 * (embed-prerendered/<release or "latest">/<widget>.<lang>.<320 or 640>.html, drawn for a phone or a column) and puts
 * it into #root, its CSS (inline) into <head>, with what it was drawn from on #root (FRAGMENT_ATTRS). The app
 * hydrates that markup once the same release is verified (src/embed/main.tsx): the widget on screen becomes the live
 * one, nothing is drawn twice (decision 011). If the app has drawn #root already (LIVE_ATTR), the fragment came too
 * late and is dropped; while it is on its way, <html> has FRAGMENT_PENDING_CLASS and the app waits for it or its
 * data. No fragment (an unknown widget or release, a draft) means nothing is put in and the app draws the embed.
 *
 * It also asks the browser to start downloading what the live widget will need while the app's modules are still
 * on their way: the data (data/manifest.json and the release's bundle: the one the URL names, or for `latest` the
 * one the fragment was drawn from) by <link rel="preload" as="fetch">, which the app's own fetch() then takes over;
 * and the widget's lazy chunk by <link rel="modulepreload">, as the fragment's hints say (FragmentHints).
 *
 * The fragments are drawn with the full frame and the whole release: an embed with `plain=1`, `compact=1` or a time
 * range shows none (the app draws it). `transparent=1` takes the page's background away at once; `maxheight` caps
 * the height posted to the host. Keep it small: it delays the first byte of the body.
 */
import { BUNDLE_FILE } from "../data/loader";
import { HEIGHT_MESSAGE, type HeightMessage } from "./autoHeight";
import {
  FRAGMENT_ATTRS,
  FRAGMENT_MARK,
  FRAGMENT_PENDING_CLASS,
  HINTS_OPEN,
  LIVE_ATTR,
  PHONE_BELOW,
  WAITING_CLASS,
  type FragmentHints,
} from "./fragment";
import { parseEmbedParams } from "./params";

const html = document.documentElement;
html.classList.add(WAITING_CLASS);
const params = parseEmbedParams(location.search, navigator.languages ?? []);
if (params.theme !== "auto") html.dataset.theme = params.theme;
html.lang = params.lang;
if (params.transparent) html.classList.add("embed-transparent");

const ID = /^[\w-]{1,64}$/;
/** Our own build's files only: a relative path inside the site, nothing that could leave it. */
const OWN_FILE = /^[\w-]+(\/[\w.-]+)*$/;

function link(rel: string, href: string, as?: string, crossOrigin = "anonymous"): void {
  const el = document.createElement("link");
  el.rel = rel;
  if (as) el.as = as;
  // fetch() requests same-origin CORS: a preload matches it only with the same mode and credentials.
  el.crossOrigin = crossOrigin;
  el.href = href;
  document.head.appendChild(el);
}

let dataAsked = false;
/**
 * The live widget's data, whether or not there is markup to show: the manifest always; a release's bundle when we
 * know it exists and which it is (the fragment came: it was built for a published release, and for `latest` its
 * hints name the one it was drawn from; or the URL names one and skipped the fragment). No fragment for a named
 * release (an unknown or misspelt id) means no guess: a request that would 404. Asked for after the markup and its
 * CSS, which come first: a browser opens only a few connections to one host at a time.
 */
function preloadData(id: unknown): void {
  if (dataAsked) return;
  dataAsked = true;
  link("preload", "data/manifest.json", "fetch");
  if (typeof id === "string" && ID.test(id)) link("preload", `data/releases/${id}/${BUNDLE_FILE}`, "fetch");
}

/** The fragment's hints, or an empty object when it has none or they do not parse. */
function hintsOf(text: string): Partial<FragmentHints> {
  if (text.indexOf(HINTS_OPEN, FRAGMENT_MARK.length) !== FRAGMENT_MARK.length) return {};
  try {
    const hints: unknown = JSON.parse(
      text.slice(FRAGMENT_MARK.length + HINTS_OPEN.length, text.indexOf("-->", FRAGMENT_MARK.length)),
    );
    return hints && typeof hints === "object" ? (hints as Partial<FragmentHints>) : {};
  } catch {
    return {};
  }
}

/** <link rel="modulepreload"> for each .js and rel="preload" as="style" for each .css file listed. */
function preloadChunk(files: unknown, ext: "js" | "css"): void {
  if (!Array.isArray(files)) return;
  for (const file of files) {
    if (typeof file !== "string" || !OWN_FILE.test(file) || file.includes("..") || !file.endsWith(`.${ext}`)) continue;
    if (ext === "js") link("modulepreload", file, undefined, "");
    else link("preload", file, "style", "");
  }
}

/** Once the HTML is parsed ("interactive"), which is before the app's module scripts run (DOMContentLoaded would
 * wait for them). */
function whenParsed(fn: () => void): void {
  if (document.readyState !== "loading") return fn();
  document.addEventListener("readystatechange", function once() {
    document.removeEventListener("readystatechange", once);
    fn();
  });
}

/** Auto-height (src/embed/autoHeight.ts) until the app has hydrated the markup; it posts its own from then on. */
function post(box: HTMLElement): void {
  if (!box.hasAttribute(FRAGMENT_ATTRS.release) || window.parent === window) return;
  const height = Math.ceil(box.getBoundingClientRect().height);
  const message: HeightMessage = {
    type: HEIGHT_MESSAGE,
    widget: params.widget,
    frame: params.frame,
    height: params.maxHeight ? Math.min(height, params.maxHeight) : height,
    ready: false,
  };
  window.parent.postMessage(message, "*");
}

const notComing = () => html.classList.remove(FRAGMENT_PENDING_CLASS);

/** Puts the fragment's markup into #root for the app to hydrate, unless the app has drawn #root already. */
function show(text: string, hints: Partial<FragmentHints>, width: number): void {
  const box = document.getElementById("root");
  const taken = () => !box || !!box.firstChild || box.hasAttribute(LIVE_ATTR);
  if (taken()) return notComing();
  const tpl = document.createElement("template");
  tpl.innerHTML = text;
  // The widget's own CSS goes to <head>. The build puts it in the fragment as <style> elements, so the markup shows
  // at once; a <link> (if a fragment has one) is waited for. The comments (mark, hints) stay out of #root: #root
  // holds exactly what the app renders.
  for (const style of tpl.content.querySelectorAll("style")) document.head.appendChild(style);
  const links = [...tpl.content.querySelectorAll("link")];
  for (const node of [...tpl.content.childNodes]) if (node.nodeType === Node.COMMENT_NODE) node.remove();
  let waiting = links.length + 1;
  const done = () => {
    if (--waiting > 0) return;
    if (taken()) return notComing();
    box!.setAttribute(FRAGMENT_ATTRS.release, String(hints.release));
    box!.setAttribute(FRAGMENT_ATTRS.manifest, String(hints.manifest));
    box!.setAttribute(FRAGMENT_ATTRS.width, String(width));
    box!.setAttribute(FRAGMENT_ATTRS.lang, params.lang);
    box!.appendChild(tpl.content);
    notComing();
    post(box!);
    if (window.ResizeObserver) new ResizeObserver(() => post(box!)).observe(box!);
  };
  for (const el of links) {
    el.onload = el.onerror = done;
    document.head.appendChild(el);
  }
  done();
}

const release = params.releaseId ?? "latest";
// (Without fetch, a very old browser, nothing is put in: the app draws the embed.)
if (ID.test(params.widget) && ID.test(release) && "fetch" in window) {
  if (params.range || params.plain || params.compact) {
    preloadData(params.releaseId);
  } else {
    const width = window.innerWidth && window.innerWidth < PHONE_BELOW ? 320 : 640;
    html.classList.add(FRAGMENT_PENDING_CLASS);
    fetch(`embed-prerendered/${release}/${params.widget}.${params.lang}.${width}.html`)
      .then((r) => (r.ok ? r.text() : ""))
      .then((text) => {
        if (!text.startsWith(FRAGMENT_MARK)) {
          notComing();
          return preloadData(null);
        }
        const hints = hintsOf(text);
        preloadChunk(hints.js, "js");
        preloadChunk(hints.css, "css");
        whenParsed(() => {
          show(text, hints, width);
          preloadData(params.releaseId ?? hints.release);
        });
      })
      .catch(() => {
        notComing();
        preloadData(null);
      });
  }
}
