/**
 * Each slide's way back from paper to the live tracker: the dashboard's own URL for the view the slide
 * shows, pinned to the slide's release (the loaded one when the slide pins none), with its time range,
 * language, selection and map categories, and an anchor on the view. The shortest form that keeps the
 * view: the dashboard's short parameter names, no parameter at its default, no percent-encoding (every
 * value is a date or an id from deck.ts's strict patterns, so none needs escaping).
 */
import { DEFAULT_VIEW } from "../state/store";
import type { Lang } from "../i18n/format";
import { slideReleaseId } from "./context";
import type { Slide } from "./slides";

/** Where a view sits on the dashboard: its section (WidgetFrame's id), the key figures' heading. */
function anchor(widget: string): string {
  return widget === "key-figures" ? "key-figures-title" : widget;
}

/** The live view of a slide, as a URL on `base` (the page's origin and path). */
export function liveLink(slide: Slide, currentId: string, lang: Lang, base: string): string {
  const params: [string, string][] = [];
  const release = slideReleaseId(slide, currentId);
  if (release) params.push(["release", release]);
  let hash = "";
  if (slide.kind === "widget") {
    const { spec } = slide;
    if (spec.range) params.push(["from", spec.range.start], ["to", spec.range.end]);
    const slideLang = spec.lang ?? lang;
    if (slideLang !== DEFAULT_VIEW.lang) params.push(["lang", slideLang]);
    if (spec.selection) params.push(["sel", spec.selection]);
    if (spec.categories.length) params.push(["cat", spec.categories.join(",")]);
    hash = `#${anchor(spec.widget)}`;
  } else {
    if (lang !== DEFAULT_VIEW.lang) params.push(["lang", lang]);
    if (slide.kind === "sources") params.push(["panel", "sources"]);
    if (slide.kind === "figure") hash = `#${anchor("key-figures")}`;
  }
  const query = params.map(([k, v]) => `${k}=${v}`).join("&");
  return `${base}${query ? `?${query}` : ""}${hash}`;
}

/** The link as printed beside its QR code: without "https://", which a browser adds by itself. */
export function printedLink(url: string): string {
  return url.replace(/^https:\/\//, "");
}
