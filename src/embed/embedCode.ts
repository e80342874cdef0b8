/**
 * The code a journalist pastes: an iframe that reads well on its own (fixed heights per width band, no script),
 * the same iframe with the auto-height script, and in both a <noscript> picture for readers without JavaScript.
 */
import type { Lang } from "../i18n/format";
import type { EmbedHeights } from "./heightBands";
import { STATIC_LATEST, staticPicturePath } from "../export/picture/paths";
import measuredHeights from "./heights.json";

export const SIZE_PRESETS = [
  { id: "narrow", width: 360 },
  { id: "medium", width: 640 },
  { id: "wide", width: 960 },
  { id: "full", width: null },
] as const;
export type SizePreset = (typeof SIZE_PRESETS)[number]["id"];

/**
 * Added to every measured height. Measured in Chromium 156 (Debian) and again in Chromium 147 (@sparticuz,
 * E2E_BROWSER=sparticuz), the heights agreed to the pixel at every width (both lay text out in DejaVu Sans, which
 * is wider than the usual system fonts, so readers' fonts mostly wrap fewer lines). The margin is for what that
 * cannot show: another font wrapping a line more here and there, and a height that grows with the width between
 * two measured widths (the map's, by up to ~40 px).
 */
export const HEIGHT_MARGIN = { px: 40, share: 0.05 };

/** A height that fits most widgets at this width. Only for a widget that src/embed/heights.json does not list
 * (a widget added since `npm run embed:heights` last ran): the code then says nothing better than this. */
export function defaultHeight(width: number | null): number {
  if (width === null) return 640;
  if (width <= 400) return 760;
  if (width <= 700) return 640;
  return 600;
}

/** From this container width up (CSS px), the iframe is this tall. */
export interface HeightBand {
  minWidth: number;
  height: number;
}

const withMargin = (h: number) => Math.ceil((h * (1 + HEIGHT_MARGIN.share) + HEIGHT_MARGIN.px) / 10) * 10;

/**
 * The iframe's height per width band, narrowest first, margin included. A pinned release takes its own
 * measurements; following the newest release (or a release newer than the heights file) takes the tallest of
 * every release measured, since the next release may well be as long as the longest so far. Bands wider than
 * a fixed width are dropped, and a band as tall as the one before it merges into it.
 */
export function heightBands(
  widget: string,
  releaseId: string | null,
  lang: Lang,
  width: number | null,
  file: EmbedHeights = measuredHeights as EmbedHeights,
): HeightBand[] {
  const bands = (releaseId ? file.releases[releaseId]?.[widget]?.[lang] : undefined) ?? file.all[widget]?.[lang];
  if (!bands) return [{ minWidth: 0, height: defaultHeight(width) }];
  const out: HeightBand[] = [];
  for (const [i, start] of file.bandStarts.entries()) {
    const measured = bands[i];
    if (measured === undefined || (width !== null && start > width)) continue;
    const height = withMargin(measured);
    if (out.at(-1)?.height !== height) out.push({ minWidth: start, height });
  }
  return out.length ? out : [{ minWidth: 0, height: defaultHeight(width) }];
}

/** The height that fits at every width: the iframe's inline height, used wherever the bands' CSS is lost. */
export const tallest = (bands: readonly HeightBand[]) => Math.max(...bands.map((b) => b.height));

const attr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The build's static picture of a widget (the path contract of src/export/picture/paths.ts). */
export function staticImageUrl(
  base: string,
  p: { widget: string; releaseId: string | null; lang: Lang },
  width: 320 | 640,
): string {
  const folder = encodeURIComponent(p.releaseId ?? STATIC_LATEST);
  return new URL(staticPicturePath(folder, encodeURIComponent(p.widget), p.lang, width), base).href;
}

/** What readers without JavaScript (RSS readers, newsletters, archives) get instead of the live widget. */
export interface StaticFallback {
  /** The view on the dashboard. */
  href: string;
  /** The pictures for a column of 640 px and of 320 px. */
  image640: string;
  image320: string;
  /** The widget's summary sentence in the embed's language. */
  alt: string;
  /** The pictures' sizes, from the build's embed-static/<folder>/index.json when the dialog could read it: the
   * page then reserves the picture's height before it arrives. */
  sizes?: { 320?: PictureSize; 640?: PictureSize };
}

export interface PictureSize {
  width: number;
  height: number;
}

/** width/height attributes of a picture whose size is known (nothing otherwise). */
const sizeAttrs = (size: PictureSize | undefined) =>
  size && size.width > 0 && size.height > 0
    ? ` width="${Math.round(size.width)}" height="${Math.round(size.height)}"`
    : "";

export interface IframeOptions {
  src: string;
  title: string;
  /** null = the full width of the article column. */
  width: number | null;
  bands: readonly HeightBand[];
  frame: string;
  fallback: StaticFallback;
}

/** A <noscript> with the static picture, linked to the dashboard; the 320 px picture on narrow screens. */
export function noscriptCode(f: StaticFallback): string {
  return (
    `<noscript><a href="${attr(f.href)}"><picture>` +
    `<source media="(max-width: 480px)" srcset="${attr(f.image320)}"${sizeAttrs(f.sizes?.[320])}>` +
    `<img src="${attr(f.image640)}" alt="${attr(f.alt)}"${sizeAttrs(f.sizes?.[640]) || ' width="640"'} style="max-width:100%;height:auto">` +
    `</picture></a></noscript>`
  );
}

/** A class name for this code's CSS rules: the frame id, kept to the characters a selector needs no escape for. */
const heightClass = (frame: string) => `brt-h-${frame.replace(/[^A-Za-z0-9_-]/g, "-")}`;

/** Without JavaScript the iframe would be an empty box above the <noscript> picture: the host hides it. */
const noScriptRule = (cls: string) => `@media (scripting:none){iframe.${cls}{display:none!important}}`;

/**
 * The script-less code: a wrapper that is a CSS size container, the iframe at the tallest height inline, and
 * one container query per band that sets the band's height (`!important` beats the inline style). Where a CMS
 * strips the <style> or the wrapper's style, the inline (or the attribute's) tallest height still never clips.
 */
export function iframeCode(o: IframeOptions): string {
  const cls = heightClass(o.frame);
  const top = tallest(o.bands);
  const wrapper = `container-type:inline-size;width:100%;${o.width === null ? "" : `max-width:${o.width}px;`}`;
  // Narrow bands as tall as the inline height need no rule; from the first lower one on, each band needs its own.
  let lowered = false;
  const rules =
    o.bands
      .filter((b) => (lowered ||= b.height !== top))
      .map((b) => `@container (min-width:${b.minWidth}px){iframe.${cls}{height:${b.height}px!important}}`)
      .join("") + noScriptRule(cls);
  return (
    `<div style="${wrapper}">` +
    `<iframe class="${cls}" src="${attr(o.src)}" title="${attr(o.title)}" width="${o.width ?? "100%"}" height="${top}" ` +
    `style="display:block;width:100%;height:${top}px;border:0" loading="lazy" data-brt-embed="${attr(o.frame)}"></iframe>` +
    `${noscriptCode(o.fallback)}</div>` +
    `\n<style>${rules}</style>`
  );
}

/**
 * The iframe with the auto-height script. Its <style> only hides the iframe without JavaScript: embed.js sets the
 * iframe's inline height, which an `!important` height rule would override. Until the script runs the iframe is at its tallest, so nothing clips.
 */
export function scriptCode(o: IframeOptions, scriptSrc: string): string {
  const width = o.width === null ? "100%" : String(o.width);
  const top = tallest(o.bands);
  const style = `width:100%;${o.width === null ? "" : `max-width:${o.width}px;`}height:${top}px;border:0`;
  const cls = heightClass(o.frame);
  return (
    `<iframe class="${cls}" src="${attr(o.src)}" title="${attr(o.title)}" width="${width}" height="${top}" ` +
    `style="${style}" loading="lazy" data-brt-embed="${attr(o.frame)}"></iframe>\n` +
    `${noscriptCode(o.fallback)}\n<style>${noScriptRule(cls)}</style>\n<script src="${attr(scriptSrc)}" async></script>`
  );
}

/** A short id telling this iframe's height messages apart from other embeds on the same page. */
export function newFrameId(random: () => number = Math.random): string {
  return `brt-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0")}`;
}
