/**
 * The embed URL is public API: `embed.html?widget=<id>&release=<id>&lang=<en|be|ru>&theme=<light|dark|auto>`,
 * plus `frame=<instance id>` (echoed in height messages so a host page can tell its iframes apart) and the
 * optional time range `from`/`to` of the dashboard. No `release` = follow the newest release.
 */
import { isLang, type Lang } from "../i18n/format";
import { rangeFromParams } from "../state/range";
import type { DateRange, Theme } from "../state/store";

export interface EmbedParams {
  widget: string;
  /** null = follow the newest release. */
  releaseId: string | null;
  lang: Lang;
  theme: Theme;
  frame: string | null;
  range: DateRange;
}

/** Frame ids are echoed into postMessage payloads and HTML attributes: keep them boring. */
const FRAME = /^[A-Za-z0-9_-]{1,40}$/;

/** Language as on the dashboard: `lang=`, then the reader's browser, then English (embed code always sets it). */
export function parseEmbedParams(search: string, browserLangs: readonly string[] = []): EmbedParams {
  const q = new URLSearchParams(search);
  const lang = q.get("lang");
  const theme = q.get("theme");
  const frame = q.get("frame");
  return {
    widget: q.get("widget") ?? "",
    releaseId: q.get("release") || null,
    lang: isLang(lang) ? lang : (browserLangs.map((l) => l.slice(0, 2).toLowerCase()).find(isLang) ?? "en"),
    theme: theme === "light" || theme === "dark" ? theme : "auto",
    frame: frame && FRAME.test(frame) ? frame : null,
    range: rangeFromParams(q.get("from"), q.get("to")),
  };
}

/** The embed URL for these options, resolved against the site's base URL (e.g. "https://x.org/tracker/"). */
export function embedUrl(base: string, p: EmbedParams): string {
  const url = new URL("embed.html", base);
  url.searchParams.set("widget", p.widget);
  if (p.releaseId) url.searchParams.set("release", p.releaseId);
  url.searchParams.set("lang", p.lang);
  url.searchParams.set("theme", p.theme);
  if (p.range) {
    url.searchParams.set("from", p.range.start);
    url.searchParams.set("to", p.range.end);
  }
  if (p.frame) url.searchParams.set("frame", p.frame);
  return url.href;
}

/** The same view on the full dashboard: index.html?release=…&lang=…#<widget id>. */
export function dashboardUrl(
  base: string,
  p: { widget: string; releaseId: string | null; lang: Lang; range?: DateRange },
): string {
  const url = new URL("index.html", base);
  if (p.releaseId) url.searchParams.set("release", p.releaseId);
  url.searchParams.set("lang", p.lang);
  if (p.range) {
    url.searchParams.set("from", p.range.start);
    url.searchParams.set("to", p.range.end);
  }
  url.hash = p.widget;
  return url.href;
}
