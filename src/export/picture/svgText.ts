/**
 * Building blocks of the standalone pictures (map.ts, keyFigures.ts, charts.ts): SVG as strings, no DOM, so the
 * same code runs in Node at build time (dist/embed-static/) and in the browser (the Share dialog's SVG/PNG).
 *
 * Text is wrapped without font metrics: a character is taken as 0.56 em on average and every block keeps a
 * margin, so no line runs out of the picture in the fonts a reader's system has (a picture in an <img> loads
 * no web fonts). The colours are the light theme's (src/styles.css :root; a unit test keeps them equal).
 */
import type { Lang } from "../../i18n/format";

/** The light theme's colours (src/styles.css :root). */
export const LIGHT = {
  bg: "#fbfaf7",
  surface: "#ffffff",
  text: "#1d1d1f",
  muted: "#5a5a60",
  border: "#d9d6cf",
  accent: "#b3261e",
  detention: "#b3261e",
  raid: "#a35200",
  preventive: "#0072b2",
  mapLand: "#efece4",
  mapStroke: "#86827a",
} as const;

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
/** Average glyph width in em, generous for Cyrillic and bold text. */
export const CHAR_EM = 0.56;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text for XML content or a double-quoted attribute; control characters (not allowed in XML) dropped. */
export function esc(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "").replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

/** One decimal: short path data and coordinates. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** The share of a width that text is wrapped to: the margin for fonts wider than the estimate (DejaVu Sans). */
export const TEXT_SHARE = 0.92;
/** How many characters of this size fit in a width (with the margin). */
export const fits = (width: number, size: number) => Math.max(4, Math.floor((width * TEXT_SHARE) / (size * CHAR_EM)));

/** Greedy word wrap by the average glyph width; a word longer than a line is cut (with a hyphen-free break). */
export function wrap(text: string, width: number, size: number): string[] {
  const per = fits(width, size);
  const lines: string[] = [];
  let line = "";
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > per) {
      if (line) lines.push(line);
      line = "";
      lines.push(word.slice(0, per));
      word = word.slice(per);
    }
    if (line && line.length + 1 + word.length > per) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextStyle {
  size: number;
  fill?: string;
  weight?: number;
  /** At most this many lines; the last one ends with "…" when the text is longer. */
  maxLines?: number;
}

export const lineHeight = (size: number) => Math.round(size * 1.35);

/** Wrapped text whose first line's top is at y; returns the markup and the y below the block. */
export function textBlock(
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
): { svg: string; y: number } {
  // Bold glyphs are wider: wrapped as if a tenth larger.
  const measure = style.size * ((style.weight ?? 400) >= 600 ? 1.1 : 1);
  let lines = wrap(text, width, measure);
  if (style.maxLines && lines.length > style.maxLines) {
    lines = lines.slice(0, style.maxLines);
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = `${last.slice(0, Math.max(1, fits(width, measure) - 1))}…`;
  }
  const lh = lineHeight(style.size);
  const attrs = `font-size="${style.size}"${style.weight ? ` font-weight="${style.weight}"` : ""} fill="${style.fill ?? LIGHT.text}"`;
  const svg = lines
    .map((line, i) => `<text x="${r1(x)}" y="${r1(y + i * lh + style.size)}" ${attrs}>${esc(line)}</text>`)
    .join("");
  return { svg, y: y + lines.length * lh };
}

/** What every picture says besides its drawing. */
export interface PictureText {
  title: string;
  /** The widget's generated summary sentence: the picture's <desc> and its alt text. */
  summary: string;
  /** "As of 6 December 2026 · Release 2026-12-06-r2" */
  asOf: string;
  /** "Sources: Viasna; Human Constanta …" */
  source: string;
  /** The qualifier legend, when the view has inexact figures shown as marks. */
  qualifierNote?: string | null;
  /** "Data: CC BY 4.0, Belarus Repression Tracker; sources as listed" */
  licence?: string;
}

export const PAD = 16;
/** Side margin of a picture this wide. */
export const padFor = (width: number) => (width < 480 ? 12 : PAD);

/** Title, as-of line and (optionally) the summary at the top; returns the markup and the y below it. */
export function header(text: PictureText, width: number, withSummary = true): { svg: string; y: number } {
  const pad = padFor(width);
  const inner = width - 2 * pad;
  const title = textBlock(text.title, pad, pad, inner, { size: width < 480 ? 17 : 20, weight: 700 });
  const asOf = textBlock(text.asOf, pad, title.y + 2, inner, { size: 12, fill: LIGHT.muted });
  let svg = title.svg + asOf.svg;
  let y = asOf.y;
  if (withSummary) {
    const summary = textBlock(text.summary, pad, y + 8, inner, { size: 13 });
    svg += summary.svg;
    y = summary.y;
  }
  return { svg, y: y + 10 };
}

/** The qualifier note, source line and licence under the drawing, after a rule; returns the y below them. */
export function footer(text: PictureText, width: number, y: number): { svg: string; y: number } {
  const pad = padFor(width);
  const inner = width - 2 * pad;
  let svg = `<line x1="${pad}" x2="${width - pad}" y1="${r1(y + 6)}" y2="${r1(y + 6)}" stroke="${LIGHT.border}"/>`;
  let at = y + 12;
  for (const line of [text.qualifierNote, text.source, text.licence]) {
    if (!line) continue;
    // A long list of sources is cut after a few lines: the live widget and the CSV list them all.
    const block = textBlock(line, pad, at, inner, { size: 11, fill: LIGHT.muted, maxLines: 4 });
    svg += block.svg;
    at = block.y + 2;
  }
  return { svg, y: at + pad - 4 };
}

/**
 * The picture's root: its size and viewBox, language, a name and description (the alt text of an <img>), a
 * background, optional CSS, then the body. Nothing outside the file is referenced.
 */
export function pictureRoot(
  o: { width: number; height: number; lang: Lang; text: PictureText; style?: string; defs?: string },
  body: string,
): string {
  const { width, lang, text } = o;
  const height = Math.ceil(o.height);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `lang="${lang}" xml:lang="${lang}" role="img" font-family="${esc(FONT)}">` +
    `<title>${esc(text.title)}</title><desc>${esc(text.summary)}</desc>` +
    (o.style ? `<style>${o.style.replace(/<\/?style/gi, "")}</style>` : "") +
    (o.defs ? `<defs>${o.defs}</defs>` : "") +
    `<rect width="${width}" height="${height}" fill="${LIGHT.surface}"/>` +
    body +
    `</svg>\n`
  );
}

/**
 * Items (a swatch and its words) flowed left to right and wrapped to the width, as a legend does on the page.
 * `swatch` is drawn in a box `w` × `h` at the origin; returns the markup and the y below the last row.
 */
export function flowItems(
  items: readonly { swatch: string; w: number; h: number; label: string }[],
  x0: number,
  y0: number,
  width: number,
  size = 12,
): { svg: string; y: number } {
  let x = x0;
  let y = y0;
  let rowH = 0;
  let svg = "";
  const lh = lineHeight(size);
  for (const item of items) {
    const textW = width - item.w - 6;
    const lines = wrap(item.label, Math.min(textW, width * 0.9), size);
    const longest = Math.max(...lines.map((l) => l.length)) * size * CHAR_EM;
    const w = item.w + 6 + longest;
    const h = Math.max(item.h, lines.length * lh);
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += rowH + 6;
      rowH = 0;
    }
    const sy = y + (h - item.h) / 2;
    svg += `<g transform="translate(${r1(x)} ${r1(sy)})">${item.swatch}</g>`;
    const ty = y + (h - lines.length * lh) / 2;
    lines.forEach((line, i) => {
      svg += `<text x="${r1(x + item.w + 6)}" y="${r1(ty + i * lh + size)}" font-size="${size}" fill="${LIGHT.text}">${esc(line)}</text>`;
    });
    x += w + 16;
    rowH = Math.max(rowH, h);
  }
  return { svg, y: y + rowH };
}
