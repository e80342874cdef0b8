/**
 * Building blocks of a standalone SVG: a title, wrapped text lines and the caption (qualifier note, sources,
 * release, licence). No external fonts: a generic system font stack, so the file renders the same offline.
 */
import { wrap } from "./picture/svgText";

export const SVG_NS = "http://www.w3.org/2000/svg";
export const FONT_STACK = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
export const PAD = 16;

export interface CaptionInfo {
  title: string;
  /** The generated summary sentence: the SVG's <desc> (its text alternative). */
  summary: string;
  /** The qualifier legend, when the view has inexact figures. */
  qualifierNote: string | null;
  /** "Sources: Viasna; Human Constanta (newsletter) …" */
  sourceLine: string;
  /** "Release 2024-11-15 · As of 15 November 2024" */
  releaseLine: string;
  /** "Data: CC BY 4.0, Belarus Repression Tracker; sources as listed" */
  licence: string;
}

export interface Palette {
  background: string;
  text: string;
  muted: string;
  border: string;
}

/** Word wrap by an average glyph width, no DOM measuring: the one rule of the build's pictures (./picture/svgText),
 * so an export wraps as the pictures do, in tests and in every font. */
export const wrapText = wrap;

export function el(
  doc: Document,
  name: string,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElement {
  const node = doc.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends wrapped lines of text at (x, y); returns the y below the block. */
export function textBlock(
  doc: Document,
  parent: Element,
  text: string,
  o: { x: number; y: number; width: number; size: number; fill: string; weight?: number; className?: string },
): number {
  const lineHeight = Math.round(o.size * 1.35);
  let y = o.y;
  for (const line of wrapText(text, o.width, o.size)) {
    y += lineHeight;
    parent.appendChild(
      el(
        doc,
        "text",
        {
          x: o.x,
          y: y - Math.round(lineHeight * 0.3),
          "font-size": o.size,
          "font-weight": o.weight ?? 400,
          fill: o.fill,
          ...(o.className ? { class: o.className } : {}),
        },
        line,
      ),
    );
  }
  return y;
}

/** The root of a standalone SVG with its text alternative; call `finish` once the height is known. */
export function svgRoot(doc: Document, width: number, info: CaptionInfo, palette: Palette) {
  const root = el(doc, "svg", { width, viewBox: `0 0 ${width} 0`, "font-family": FONT_STACK });
  root.setAttribute("role", "img");
  root.appendChild(el(doc, "title", {}, info.title));
  root.appendChild(el(doc, "desc", {}, info.summary));
  const background = el(doc, "rect", { x: 0, y: 0, width, height: 0, fill: palette.background });
  root.appendChild(background);
  const y = textBlock(doc, root, info.title, {
    x: PAD,
    y: PAD - 4,
    width: width - 2 * PAD,
    size: 18,
    weight: 700,
    fill: palette.text,
  });
  const finish = (height: number) => {
    const h = Math.ceil(height);
    root.setAttribute("height", String(h));
    root.setAttribute("viewBox", `0 0 ${width} ${h}`);
    background.setAttribute("height", String(h));
    return h;
  };
  return { root, top: y + 8, finish };
}

/** Caption under the picture: qualifier note, sources, release, licence. Returns the y below it. */
export function appendCaption(
  doc: Document,
  root: Element,
  y: number,
  width: number,
  info: CaptionInfo,
  palette: Palette,
) {
  root.appendChild(el(doc, "line", { x1: PAD, x2: width - PAD, y1: y + 6, y2: y + 6, stroke: palette.border }));
  const g = el(doc, "g", { class: "caption" });
  root.appendChild(g);
  let bottom = y + 8;
  for (const text of [info.qualifierNote, info.sourceLine, info.releaseLine, info.licence]) {
    if (text)
      bottom = textBlock(doc, g, text, { x: PAD, y: bottom, width: width - 2 * PAD, size: 12, fill: palette.muted });
  }
  return bottom + PAD;
}
