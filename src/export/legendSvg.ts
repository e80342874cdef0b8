/**
 * The widget's legend drawn into its exported SVG: each key's own small glyph (cloned from the page, so a
 * pattern swatch, a hollow or dashed qualifier mark looks as on screen) and its label, flowing in rows like
 * the HTML legend and wrapped to the file's width.
 */
import { el, PAD, wrapText } from "./caption";

/**
 * The legend keys of a widget: list items of its legends (pardons' `.pardon-legend`, the trends'
 * `.trend-legend` with its qualifier keys, people's `.people-legend`) that carry a glyph.
 */
const LEGEND_ITEMS = '[class*="legend"] li';
const FONT_SIZE = 12;
const LINE = Math.round(FONT_SIZE * 1.35);
/** Between a glyph and its label, and between two keys on a row (as the HTML legends space them). */
const GLYPH_GAP = 6;
const ITEM_GAP = 16;

export interface LegendKey {
  glyph: SVGSVGElement;
  label: string;
  /** The label's colour on screen. */
  color: string;
}

function shown(node: Element): boolean {
  const view = node.ownerDocument.defaultView;
  for (let n: Element | null = node; n; n = n.parentElement) {
    if (n.hasAttribute("hidden") || view?.getComputedStyle(n).display === "none") return false;
  }
  return true;
}

/** The label of a key: its text outside the glyph (a glyph may hold text of its own, like a sample number). */
function labelOf(li: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === 3) parts.push(c.textContent ?? "");
      else if (c instanceof Element && c.localName !== "svg") walk(c);
    }
  };
  walk(li);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** The keys the widget's legend shows now, in its order. */
export function legendKeys(container: Element): LegendKey[] {
  const view = container.ownerDocument.defaultView;
  const keys: LegendKey[] = [];
  for (const li of container.querySelectorAll(LEGEND_ITEMS)) {
    const glyph = li.querySelector<SVGSVGElement>(":scope > svg");
    const label = labelOf(li);
    if (!glyph || !label || !shown(li)) continue;
    const color = view?.getComputedStyle(li).color ?? "";
    // Only a colour a standalone file can paint (not a system keyword like "canvastext").
    keys.push({ glyph, label, color: /^(#|rgb|hsl)/.test(color) ? color : "" });
  }
  return keys;
}

function glyphSize(svg: SVGSVGElement): { width: number; height: number } {
  const r = svg.getBoundingClientRect();
  if (r.width > 0 && r.height > 0) return { width: Math.round(r.width), height: Math.round(r.height) };
  return { width: Number(svg.getAttribute("width")) || 16, height: Number(svg.getAttribute("height")) || 16 };
}

/**
 * Draws the keys at `y` across a file `width` wide; `copy` clones a glyph with its styles inlined. Returns the y
 * below the legend (`y` itself when there are no keys).
 */
export function appendLegend(
  doc: Document,
  root: Element,
  keys: readonly LegendKey[],
  y: number,
  width: number,
  textColor: string,
  copy: (glyph: SVGSVGElement) => SVGSVGElement,
): number {
  if (keys.length === 0) return y;
  const g = el(doc, "g", { class: "legend" });
  root.appendChild(g);
  const right = width - PAD;
  let x = PAD;
  let rowTop = y + 8;
  let rowHeight = 0;
  for (const key of keys) {
    const size = glyphSize(key.glyph);
    const room = right - PAD - size.width - GLYPH_GAP;
    const lines = wrapText(key.label, room, FONT_SIZE);
    const textWidth = Math.max(...lines.map((l) => l.length)) * FONT_SIZE * 0.58;
    const itemWidth = size.width + GLYPH_GAP + textWidth;
    if (x > PAD && x + itemWidth > right) {
      x = PAD;
      rowTop += rowHeight + 4;
      rowHeight = 0;
    }
    const textTop = Math.max(0, (size.height - LINE) / 2);
    const height = Math.max(size.height, textTop + lines.length * LINE);
    const glyph = copy(key.glyph);
    // The glyph centred on the label's first line, as the HTML legend aligns them.
    const glyphY = rowTop + Math.max(0, (Math.min(height, LINE) - size.height) / 2);
    glyph.setAttribute("x", String(x));
    glyph.setAttribute("y", String(Math.round(glyphY)));
    glyph.setAttribute("width", String(size.width));
    glyph.setAttribute("height", String(size.height));
    glyph.setAttribute("overflow", "visible");
    g.appendChild(glyph);
    lines.forEach((line, i) => {
      const baseline = rowTop + textTop + (i + 1) * LINE - Math.round(LINE * 0.3);
      g.appendChild(
        el(
          doc,
          "text",
          { x: x + size.width + GLYPH_GAP, y: baseline, "font-size": FONT_SIZE, fill: key.color || textColor },
          line,
        ),
      );
    });
    rowHeight = Math.max(rowHeight, height);
    x += itemWidth + ITEM_GAP;
  }
  return rowTop + rowHeight;
}
