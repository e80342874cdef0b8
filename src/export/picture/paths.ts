/**
 * Where the build puts the embeds' still pictures, relative to the site root (beside embed.html). Embed codes
 * (src/embed/embedCode.ts) refer to them by this contract, so it lives here without dependencies:
 *
 *   embed-static/<release id | latest>/<widget>.<en|be|ru>.<320|640>.svg
 *   embed-static/<release id | latest>/index.json   (StaticIndex: alt text and size of each picture)
 */
export const STATIC_DIR = "embed-static";
/** The folder of the newest release's pictures, for embeds that follow the newest release. */
export const STATIC_LATEST = "latest";
// The pictures' widths are the prerender's (src/embed/prerender.tsx PRERENDER_WIDTHS: a phone and an article column):
// a chart's picture is drawn from its prerendered markup.

export const staticPicturePath = (release: string, widget: string, lang: string, width: number) =>
  `${STATIC_DIR}/${release}/${widget}.${lang}.${width}.svg`;

export const staticIndexPath = (release: string) => `${STATIC_DIR}/${release}/index.json`;

/** embed-static/<folder>/index.json: per widget and language, the alt text (the widget's summary sentence) and
 * each width's size in CSS pixels. `release` is the release drawn (for `latest`, the newest at build time). */
export interface StaticIndex {
  release: string;
  widgets: Record<string, Record<string, { alt: string; sizes: Record<string, { width: number; height: number }> }>>;
}
