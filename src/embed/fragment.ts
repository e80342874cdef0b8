/**
 * What the build's embed markup (embed-prerendered/<release>/<widget>.<lang>.<width>.html, written by
 * build/embedPrerenderPlugin.ts), the first-paint script that puts it into embed.html (src/embed/paint.ts) and the
 * app that hydrates it (src/embed/main.tsx) agree on. No imports: the build's own code and the inlined first-paint
 * script read it too.
 */

/** Every fragment starts with this comment; the first-paint script puts nothing else into the page (a host
 * answering 200 with its own page for a missing file must not end up inside the embed). */
export const FRAGMENT_MARK = "<!--brt-prerendered-->";

/** The fragment's second comment: its hints as JSON (`<!--brt-hints:{…}-->`). */
export const HINTS_OPEN = "<!--brt-hints:";

/** What the first-paint script may fetch early for the live widget, and what the app checks before it hydrates:
 * the fragment's second comment. */
export interface FragmentHints {
  /** The release the fragment was drawn from (for `latest`, the newest when the site was built). */
  release: string;
  /** manifestKey of the manifest it was drawn with: the app hydrates the markup only with the same one. */
  manifest: string;
  /** The widget chunk's JavaScript not already loaded by embed.html, for <link rel="modulepreload">. */
  js: string[];
  /** Its CSS files (inline in the fragment too): the live widget's chunk waits for them as <link>s. */
  css: string[];
}

/**
 * The chart widths each widget is drawn at: a phone (a 360 px frame) and an article column (the charts' own
 * fallback). The first-paint script takes the one for the frame's width; CSS keeps the SVG inside a narrower box.
 */
export const PRERENDER_WIDTHS = [320, 640] as const;
export type PrerenderWidth = (typeof PRERENDER_WIDTHS)[number];

/** Frames narrower than this get the phone's fragment. */
export const PHONE_BELOW = 560;

/**
 * embed.html's #root while it holds the build's markup, until the app hydrates it: the release it was rendered
 * from, the manifestKey of the build's manifest, the chart width and the language it was drawn at. The
 * dashboard's #root carries the first two too (src/app/prerenderedView.ts); the bench's probe reads
 * `data-prerendered`.
 */
export const FRAGMENT_ATTRS = {
  release: "data-prerendered",
  manifest: "data-manifest",
  width: "data-width",
  lang: "data-lang",
} as const;

/** On #root once the app has drawn or hydrated it: the first-paint script puts no fragment there any more. */
export const LIVE_ATTR = "data-live";

/** On <html> while the first-paint script is fetching a fragment: the app waits for it (or its data) to draw. */
export const FRAGMENT_PENDING_CLASS = "brt-fragment-pending";

/**
 * On <html> from the first-paint script's start until the app has drawn or hydrated #root: while #root is still
 * empty (a fragment on its way, or none and the app's modules and data still loading), embed.css shows a quiet
 * progress bar after a moment, so the frame is not blank. No words: the language's catalogue is not loaded yet.
 */
export const WAITING_CLASS = "brt-waiting";
