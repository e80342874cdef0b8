/**
 * The drawing of one symbol as a few primitive shapes, rendered two ways from the same list: an
 * SVG string for Leaflet's DivIcon (symbolSvg) and React elements for the legend (SymbolGlyph).
 * Colours come from CSS classes (cat-*, mark-*), so light and dark themes apply without redraws.
 *
 * How a symbol reads without colour:
 * - exact figure: filled disc, solid outline;
 * - at least / more than: hollow disc, solid outline plus a dotted outer halo ("the true figure is higher");
 * - about: hollow disc, dashed outline; fewer than: dotted outline; range: one ring per bound, dashed;
 * - count unknown: small hollow square with "?";
 * - region-wide: a dashed square frame around the symbol;
 * - category: a letter badge on the upper right (D/R/P in English) besides the colour.
 */
import type { Category } from "./detentionModel";
import { UNKNOWN_HALF, type Ring } from "./symbols";

/** Room around the outer ring for the halo, the badge and the focus ring. */
export const PAD = 9;
const BADGE_R = 6.5;

export type Shape =
  | { kind: "circle"; cx: number; cy: number; r: number; className: string }
  | { kind: "rect"; x: number; y: number; size: number; className: string }
  | { kind: "text"; x: number; y: number; text: string; className: string };

export interface SymbolDrawing {
  size: number;
  category: Category;
  shapes: Shape[];
}

export interface SymbolInput {
  rings: readonly Ring[];
  category: Category;
  region?: boolean;
  /** The category letter in the reader's language. */
  letter: string;
  /** Half the side of the "count unknown" square. */
  half?: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

export function drawSymbol({
  rings,
  category,
  region = false,
  letter,
  half = UNKNOWN_HALF,
}: SymbolInput): SymbolDrawing {
  const r = rings[0]?.r ?? half;
  const frame = region ? r + 5 : 0;
  // The badge sits on the ring at 45° (d is its x and y offset): pushed off small rings and off the
  // "?" square so it hides neither.
  const d = rings.length === 0 ? half + 3 : (r < 10 ? r + 4 : r) * Math.SQRT1_2;
  const size = round(2 * Math.max(Math.max(r, frame) + PAD, d + BADGE_R + 2));
  const c = size / 2;
  const shapes: Shape[] = [{ kind: "circle", cx: c, cy: c, r: round(Math.max(r, frame) + 5), className: "sym-focus" }];
  if (region) shapes.push({ kind: "rect", x: c - frame, y: c - frame, size: 2 * frame, className: "region-frame" });
  if (rings.length === 0) {
    const h = half;
    shapes.push({ kind: "rect", x: c - h, y: c - h, size: 2 * h, className: "unknown hit" });
    shapes.push({ kind: "text", x: c, y: c, text: "?", className: "unknown-mark" });
  }
  rings.forEach((ring, i) => {
    if (ring.qualifier === "at_least" || ring.qualifier === "more_than") {
      shapes.push({ kind: "circle", cx: c, cy: c, r: round(ring.r + 2.5), className: "halo" });
    }
    const hit = i === 0 ? " hit" : "";
    shapes.push({ kind: "circle", cx: c, cy: c, r: round(ring.r), className: `ring mark-${ring.qualifier}${hit}` });
  });
  shapes.push({ kind: "circle", cx: round(c + d), cy: round(c - d), r: BADGE_R, className: "badge hit" });
  shapes.push({ kind: "text", x: round(c + d), y: round(c - d), text: letter, className: "badge-letter" });
  return { size, category, shapes };
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

function shapeSvg(s: Shape): string {
  switch (s.kind) {
    case "circle":
      return `<circle class="${s.className}" cx="${s.cx}" cy="${s.cy}" r="${s.r}"/>`;
    case "rect":
      return `<rect class="${s.className}" x="${s.x}" y="${s.y}" width="${s.size}" height="${s.size}"/>`;
    case "text":
      return `<text class="${s.className}" x="${s.x}" y="${s.y}" text-anchor="middle" dominant-baseline="central">${escapeHtml(s.text)}</text>`;
  }
}

/** The DivIcon markup: the picture (hidden from assistive tech) and a text name for the button. */
export function symbolHtml(d: SymbolDrawing, label: string): string {
  return (
    `<svg class="det-svg cat-${d.category}" width="${d.size}" height="${d.size}" viewBox="0 0 ${d.size} ${d.size}" aria-hidden="true" focusable="false">` +
    d.shapes.map(shapeSvg).join("") +
    `</svg><span class="visually-hidden">${escapeHtml(label)}</span>`
  );
}
