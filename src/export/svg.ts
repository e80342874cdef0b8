/**
 * Standalone SVG of a widget as rendered: the chart's <svg> is cloned from the page and every computed style
 * that paints is written inline (CSS variables become the colours they resolve to), then framed with a title,
 * a background rect, the widget's legend and the caption. Patterns and other definitions the chart refers to
 * are copied in wherever on the page they live (svgRefs.ts). Widgets without a chart SVG (the map, key
 * figures, or a widget showing its table) export their data table instead: see tableSvg.ts.
 */
import { appendCaption, PAD, svgRoot, type CaptionInfo, type Palette } from "./caption";
import { appendLegend, legendKeys } from "./legendSvg";
import { embedReferences } from "./svgRefs";

export interface ExportedSvg {
  svg: string;
  width: number;
  height: number;
}

/** Properties copied from the computed style onto each cloned element. */
const PAINT = [
  "fill",
  "fill-opacity",
  "fill-rule",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-opacity",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "visibility",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "shape-rendering",
  "letter-spacing",
  "text-decoration",
] as const;

/** Properties that refer to other elements: copied only when set (their usual value, none, would be noise). */
const REFERENCES = ["clip-path", "mask", "filter", "marker-start", "marker-mid", "marker-end"] as const;

/** Attributes that make sense only on the live page. */
const DROP_ATTRS = /^(tabindex|focusable|data-.*|aria-(?!label$).*|role|style|on.*)$/;

function box(svg: SVGSVGElement): { width: number; height: number } {
  const r = svg.getBoundingClientRect();
  if (r.width > 0 && r.height > 0) return { width: Math.round(r.width), height: Math.round(r.height) };
  const vb = svg.viewBox?.baseVal;
  const width = Number(svg.getAttribute("width")) || vb?.width || 0;
  const height = Number(svg.getAttribute("height")) || vb?.height || 0;
  return { width, height };
}

/** The widget's chart: its largest <svg>, not the small legend glyphs. */
export function findChartSvg(container: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of container.querySelectorAll<SVGSVGElement>("svg")) {
    if (svg.parentElement?.closest("svg")) continue;
    const { width, height } = box(svg);
    if (width * height > bestArea && width >= 120 && height >= 60) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}

/** Copies painting styles of `from` (live) onto `to` (clone), element by element. */
export function inlineStyles(from: Element, to: Element): void {
  const view = from.ownerDocument.defaultView;
  const style = view?.getComputedStyle(from);
  for (const attr of [...to.attributes]) {
    if (DROP_ATTRS.test(attr.name)) to.removeAttribute(attr.name);
  }
  if (style) {
    const inline: string[] = [];
    for (const prop of PAINT) {
      const value = style.getPropertyValue(prop);
      if (value && !value.includes("var(")) inline.push(`${prop}:${value}`);
      // Presentation attributes that still name a CSS variable would not resolve in a standalone file.
      if (to.getAttribute(prop)?.includes("var(")) to.removeAttribute(prop);
    }
    for (const prop of REFERENCES) {
      const value = style.getPropertyValue(prop);
      if (value && value !== "none" && !value.includes("var(")) inline.push(`${prop}:${value}`);
    }
    if (style.display === "none") inline.push("display:none");
    if (inline.length) to.setAttribute("style", inline.join(";"));
  }
  const a = [...from.children];
  const b = [...to.children];
  a.forEach((child, i) => b[i] && inlineStyles(child, b[i]!));
}

/** Removes what cannot render standalone: HTML islands and images from other places. */
export function sanitise(node: Element): void {
  node.querySelectorAll("foreignObject, script").forEach((n) => n.remove());
  node.querySelectorAll("image").forEach((img) => {
    const href = img.getAttribute("href") ?? img.getAttribute("xlink:href") ?? "";
    if (!href.startsWith("data:")) img.remove();
  });
}

/** A copy of a live element for the file: cloned, its painting styles inlined, what cannot stand alone removed. */
export function copyForFile<T extends Element>(live: T): T {
  const clone = live.cloneNode(true) as T;
  inlineStyles(live, clone);
  sanitise(clone);
  return clone;
}

export function serialise(root: Element): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}\n`;
}

/** The colours a standalone file needs, read from the live widget. */
export function paletteOf(container: Element): Palette {
  const view = container.ownerDocument.defaultView;
  const style = (sel: string) => {
    const node = container.querySelector(sel) ?? container;
    return view?.getComputedStyle(node);
  };
  let background = "";
  for (let n: Element | null = container; n && !background; n = n.parentElement) {
    const c = view?.getComputedStyle(n).backgroundColor ?? "";
    if (c && c !== "transparent" && !/rgba\(.*,\s*0\)$/.test(c)) background = c;
  }
  return {
    background: background || "#ffffff",
    text: style("h2")?.color || "#1d1d1f",
    muted: style(".as-of")?.color || "#5a5a60",
    border: style(".widget-foot")?.borderTopColor || "#d9d6cf",
  };
}

/**
 * The chart SVG of a widget as a standalone file, or null when the widget shows no chart SVG: title, chart,
 * legend (the keys the widget shows, with their own glyphs), caption; self-contained (see svgRefs.ts).
 */
export function chartToSvg(container: Element, info: CaptionInfo): ExportedSvg | null {
  const chart = findChartSvg(container);
  if (!chart) return null;
  const doc = container.ownerDocument;
  const size = box(chart);
  const palette = paletteOf(container);
  const width = Math.max(320, size.width + 2 * PAD);
  const { root, top, finish } = svgRoot(doc, width, info, palette);
  const clone = copyForFile(chart);
  clone.setAttribute("x", String(PAD));
  clone.setAttribute("y", String(top));
  clone.setAttribute("width", String(size.width));
  clone.setAttribute("height", String(size.height));
  clone.setAttribute("overflow", "visible");
  const labelled = chart.getAttribute("aria-label");
  if (labelled) clone.setAttribute("aria-label", labelled);
  root.appendChild(clone);
  const legendBottom = appendLegend(
    doc,
    root,
    legendKeys(container),
    top + size.height,
    width,
    palette.text,
    copyForFile,
  );
  const bottom = appendCaption(doc, root, legendBottom, width, info, palette);
  embedReferences(root, doc, { copy: copyForFile, fallbackPaint: palette.text });
  const height = finish(bottom);
  return { svg: serialise(root), width, height };
}
