/**
 * The embed URL is public API: `embed.html?widget=<id>&release=<id>&lang=<en|be|ru>&theme=<light|dark|auto>`,
 * plus `frame=<instance id>` (echoed in height messages so a host page can tell its iframes apart) and the
 * optional time range `from`/`to` of the dashboard. No `release` = follow the newest release.
 *
 * Options for a newsroom's page (each off unless given; any other value is ignored):
 * - `plain=1`: no chrome, only the chart and one compact line with as-of date, sources (and the qualifier
 *   legend where a figure has one) and the link back; no title block (the article has its headline), no buttons.
 * - `transparent=1`: no page background, the host page's shows through (it should suit the theme).
 * - `compact=1`: tighter spacing, no table button, and no list of sources to expand: more than a few sources
 *   become one "Sources: N — see the dashboard" link.
 * - `maxheight=<px>`: the height the embed reports to its host is at most this (clamped to 200–10000);
 *   taller content scrolls inside the frame.
 * The theme can also come from the host page: a message `{type: "brt:embed:theme", theme: "light"|"dark"|"auto",
 * frame}` posted by the parent window (public/embed.js sends it from the iframe's `data-brt-theme`); see
 * src/embed/hostTheme.ts.
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
  /** No title block or buttons: the chart and one compact source line. */
  plain?: boolean;
  /** Transparent page background. */
  transparent?: boolean;
  /** Tighter spacing, no table button, no source list to expand. */
  compact?: boolean;
  /** Cap of the reported height in CSS pixels (content beyond it scrolls inside); null = none. */
  maxHeight?: number | null;
}

export const MIN_MAX_HEIGHT = 200;
export const MAX_MAX_HEIGHT = 10000;

/** `maxheight=<px>`: whole pixels only ("600", not "600px" or "1e3"), clamped to 200–10000; else none. */
export function parseMaxHeight(value: string | null): number | null {
  if (!value || !/^\d{1,6}$/.test(value)) return null;
  return Math.min(MAX_MAX_HEIGHT, Math.max(MIN_MAX_HEIGHT, Number(value)));
}

/** A switch like `plain=1`: "1" or "true" turns it on; anything else (absent, "0", "yes") leaves it off. */
const flag = (value: string | null) => value === "1" || value === "true";

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
    plain: flag(q.get("plain")),
    transparent: flag(q.get("transparent")),
    compact: flag(q.get("compact")),
    maxHeight: parseMaxHeight(q.get("maxheight")),
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
  if (p.plain) url.searchParams.set("plain", "1");
  if (p.transparent) url.searchParams.set("transparent", "1");
  if (p.compact) url.searchParams.set("compact", "1");
  if (p.maxHeight) url.searchParams.set("maxheight", String(p.maxHeight));
  if (p.frame) url.searchParams.set("frame", p.frame);
  return url.href;
}

/** The same view on the full dashboard: index.html?release=…&lang=…#<widget id>. */
export function dashboardUrl(
  base: string,
  p: { widget: string; releaseId: string | null; lang: Lang; range?: DateRange },
): string {
  return new URL(dashboardPath(p), base).href;
}

/**
 * dashboardUrl relative to the embed page (embed.html and index.html sit side by side): what the embed's own
 * links carry, so the markup the build renders for an embed is the live one wherever the site is hosted.
 */
export function dashboardPath(p: { widget: string; releaseId: string | null; lang: Lang; range?: DateRange }): string {
  const query = new URLSearchParams();
  if (p.releaseId) query.set("release", p.releaseId);
  query.set("lang", p.lang);
  if (p.range) {
    query.set("from", p.range.start);
    query.set("to", p.range.end);
  }
  return `index.html?${query.toString()}#${encodeURIComponent(p.widget)}`;
}
