/**
 * A chart widget as a standalone SVG picture, made from its prerendered markup (src/embed/prerender.tsx): the
 * fragment's chart <svg>, every <pattern>/<clipPath>/… it references elsewhere in the fragment, its legend
 * redrawn as SVG swatches and words, the title, the summary sentence, the as-of + release line and the sources.
 * The page's CSS (the widget's rules and the light theme's variables) goes into a <style> inside the picture,
 * and the chart sits inside <g>s carrying the classes of the elements around it on the page, so its classes
 * and var(--…) colours resolve as they do on the page, also inside an <img> (which loads nothing else).
 * Pure string work: it runs in Node at build time.
 */
import type { Lang } from "../../i18n/format";
import type { WidgetTable } from "../../widgets/types";
import type { Picture } from "./map";
import {
  attrOf,
  classesIn,
  elements,
  outer,
  pictureCss,
  rootVariables,
  textOf,
  wrapInClasses,
  type Element,
} from "./markup";
import { flowItems, footer, header, LIGHT, padFor, pictureRoot, r1, textBlock, type PictureText } from "./svgText";

/** Widgets whose picture is their chart (the others are drawn by map.ts, keyFigures.ts or tablePicture). */
export const CHART_WIDGETS: ReadonlySet<string> = new Set(["pardon-timeline", "prisoners-trend", "treason-trend"]);

const num = (attrs: string, name: string) => Number(attrOf(attrs, name) ?? NaN);

/** The chart: the largest top-level <svg> of the fragment (not the legend's swatches, not pattern holders). */
export function findChart(html: string, all: readonly Element[] = elements(html)): Element | null {
  let best: Element | null = null;
  let area = 0;
  for (const el of all) {
    if (el.tag !== "svg" || all.some((o) => o.tag === "svg" && o.start < el.start && o.end >= el.end)) continue;
    const w = num(el.attrs, "width");
    const h = num(el.attrs, "height");
    if (w >= 120 && h >= 60 && w * h > area) [best, area] = [el, w * h];
  }
  return best;
}

/** Ids a piece of markup refers to (url(#id), href="#id"). */
export function referencedIds(markup: string): string[] {
  const ids = new Set<string>();
  for (const m of markup.matchAll(/url\(\s*["']?#([^)"'\s]+)["']?\s*\)|href="#([^"]+)"/g)) ids.add((m[1] ?? m[2])!);
  return [...ids];
}

/** Page attributes that mean nothing in a picture, and links (a picture links nowhere). */
function clean(markup: string): string {
  return markup
    .replace(/\s(?:tabindex|focusable|aria-live|aria-describedby|aria-labelledby)="[^"]*"/g, "")
    .replace(/\s(?:xlink:)?href="(?!#)[^"]*"/g, "")
    .replace(/<!--[\s\S]*?-->/g, "");
}

/** The referenced definitions found elsewhere in the fragment (outside the chart), by id. */
function definitions(html: string, all: readonly Element[], chart: string): string {
  const inChart = new Set([...chart.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const found = new Map<string, string>();
  const queue = referencedIds(chart).filter((id) => !inChart.has(id));
  while (queue.length) {
    const id = queue.shift()!;
    if (found.has(id)) continue;
    const el = all.find((e) => attrOf(e.attrs, "id") === id);
    if (!el) continue;
    const markup = outer(html, el);
    found.set(id, markup);
    // A pattern may use another one.
    queue.push(...referencedIds(markup).filter((x) => !found.has(x) && !inChart.has(x)));
  }
  return [...found.values()].join("");
}

interface LegendItem {
  swatch: string;
  w: number;
  h: number;
  label: string;
}

/** The legend's entries: each <li> inside an element whose class names a legend, with its swatch and words. */
export function legendItems(html: string, all: readonly Element[] = elements(html)): LegendItem[] {
  const items: LegendItem[] = [];
  for (const li of all) {
    if (li.tag !== "li" || !li.ancestors.some((c) => /(^|[\s-])legend\b|\blegend(-|$)/.test(c))) continue;
    const markup = outer(html, li);
    const svg = all.find((e) => e.tag === "svg" && e.start > li.start && e.end <= li.end);
    const label = textOf(svg ? markup.replace(outer(html, svg), " ") : markup);
    if (!label) continue;
    if (!svg) {
      items.push({ swatch: "", w: 0, h: 12, label });
      continue;
    }
    const w = num(svg.attrs, "width") || 16;
    const h = num(svg.attrs, "height") || 16;
    const classes = [...svg.ancestors, attrOf(li.attrs, "class") ?? ""];
    items.push({ swatch: wrapInClasses(classes, clean(outer(html, svg))), w, h, label });
  }
  return items;
}

export interface ChartPictureInput {
  /** The widget's prerendered fragment at the picture's width (or the nearest). */
  fragment: string;
  lang: Lang;
  /** The page's own CSS (src/styles.css as built), for the light theme's variables and shared chart rules. */
  pageCss: string;
}

/** The chart picture, or null when the fragment has no chart. */
export function chartPicture(input: ChartPictureInput, text: PictureText, width: number): Picture | null {
  const { fragment, lang, pageCss } = input;
  const all = elements(fragment);
  const chart = findChart(fragment, all);
  if (!chart) return null;
  const pad = padFor(width);
  const inner = width - 2 * pad;
  const top = header(text, width);

  const markup = outer(fragment, chart);
  const cw = num(chart.attrs, "width");
  const ch = num(chart.attrs, "height");
  const k = Math.min(1, inner / cw);
  // The nested <svg> keeps its size whatever the page's CSS says about svg elements (inline style wins).
  const sized = clean(markup).replace(
    /^<svg/,
    `<svg x="0" y="0" style="width:${cw}px;height:${ch}px;overflow:visible;max-width:none"`,
  );
  const chartSvg = `<g transform="translate(${pad} ${r1(top.y)}) scale(${r1(k * 1000) / 1000})">${wrapInClasses(chart.ancestors, sized)}</g>`;
  let y = top.y + ch * k + 12;

  const legend = flowItems(legendItems(fragment, all), pad, y, inner);
  y = legend.y + 4;
  const foot = footer(text, width, y);

  const styles = [...fragment.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join("\n");
  const vars = rootVariables(pageCss);
  const body = top.svg + chartSvg + legend.svg + foot.svg;
  const used = classesIn(body);
  const style = [
    vars ? `:root{${vars}}` : "",
    // The page's rules, then the widget's, as the page orders them; then the picture's own text colour.
    pictureCss(pageCss, used),
    pictureCss(styles, used),
    `:root{color:${LIGHT.text};font-family:var(--font)}`,
  ].join("\n");
  return {
    svg: pictureRoot({ width, height: foot.y, lang, text, style, defs: definitions(fragment, all, markup) }, body),
    width,
    height: Math.ceil(foot.y),
  };
}

/** How many rows of a table the picture of a list widget shows (the rest are counted). */
export const TABLE_ROWS_SHOWN = 10;

/**
 * A list widget (people, deaths, incommunicado spans) as a picture: its first rows as text blocks, each row's
 * first cell in bold and the others after it, then how many more the live widget has.
 */
export function tablePicture(
  table: WidgetTable,
  text: PictureText,
  width: number,
  lang: Lang,
  more: (n: number) => string,
): Picture {
  const pad = padFor(width);
  const inner = width - 2 * pad;
  const top = header(text, width);
  let y = top.y;
  let body = top.svg;
  const rows = table.rows.slice(0, TABLE_ROWS_SHOWN);
  for (const row of rows) {
    body += `<line x1="${pad}" x2="${width - pad}" y1="${r1(y + 2)}" y2="${r1(y + 2)}" stroke="${LIGHT.border}"/>`;
    const [first = "", ...rest] = row.cells;
    const head = textBlock(first, pad, y + 6, inner, { size: 13, weight: 700, maxLines: 2 });
    body += head.svg;
    y = head.y;
    const others = rest.filter(Boolean).join(" · ");
    if (others) {
      const b = textBlock(others, pad, y, inner, { size: 12, maxLines: 4 });
      body += b.svg;
      y = b.y;
    }
    y += 4;
  }
  const total = table.total ?? table.rows.length;
  if (total > rows.length) {
    const b = textBlock(more(total - rows.length), pad, y + 4, inner, { size: 12, fill: LIGHT.muted });
    body += b.svg;
    y = b.y;
  }
  const foot = footer(text, width, y + 4);
  body += foot.svg;
  return { svg: pictureRoot({ width, height: foot.y, lang, text }, body), width, height: Math.ceil(foot.y) };
}
