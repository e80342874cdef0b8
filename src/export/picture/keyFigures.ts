/**
 * The key-figures card as a standalone SVG picture (a string, no DOM): each figure with its qualifier
 * (formatMeasure), its label, as-of date, what a computed total is made of, its source, and — where the live
 * card shows one — the other sources' figures under "Sources disagree" (or the reported totals). Cards are laid
 * out in a grid that fits the width: one column on a phone, two in an article column.
 */
import type { ReleaseData } from "../../data/schema";
import { keyFigures, type KeyFigure } from "../../data/keyFigures";
import type { Translate } from "../../i18n";
import { formatDate, formatMeasure, type Lang } from "../../i18n/format";
import { keyFigureComputed, keyFigureLabel, keyFigureParts } from "../../components/keyFigureText";
import type { Picture } from "./map";
import {
  CHAR_EM,
  esc,
  footer,
  header,
  LIGHT,
  padFor,
  pictureRoot,
  r1,
  TEXT_SHARE,
  textBlock,
  type PictureText,
} from "./svgText";

export interface KeyFiguresInput {
  release: ReleaseData;
  lang: Lang;
  t: Translate;
}

/** One card's lines, in the order the live card (src/components/KeyFigures.tsx) shows them. */
export interface CardText {
  id: KeyFigure["id"];
  value: string;
  label: string;
  date?: string;
  parts?: string;
  source: string;
  conflict?: { heading: string; claims: string[] };
}

/** The cards' words, derived as the live card derives them. */
export function keyFigureCards(release: ReleaseData, lang: Lang, t: Translate): CardText[] {
  const publisher = new Map(release.sources.map((s) => [s.id, s.publisher]));
  const sourcesOf = (ids: readonly string[]) => [...new Set(ids.map((id) => publisher.get(id) ?? id))].join("; ");
  return keyFigures(release).map((k) => {
    const [first, ...rest] = k.figures;
    const computed = first!.basis === "computed";
    const label = keyFigureLabel(k, lang, t);
    const parts = keyFigureParts(k, lang, t);
    return {
      id: k.id,
      value: formatMeasure(first!, lang),
      label,
      date: k.date ? t("keys.asOf", { date: formatDate(k.date, lang) }) : undefined,
      parts,
      source: computed ? keyFigureComputed(k, lang, t) : sourcesOf(first!.sources),
      conflict: rest.length
        ? {
            heading: computed ? t("keys.reportedTotals") : t("keys.conflict"),
            claims: rest.map((f) =>
              [
                formatMeasure(f, lang),
                f.asOf ? `(${t("keys.asOf", { date: formatDate(f.asOf, lang) })})` : "",
                `— ${sourcesOf(f.sources)}`,
              ]
                .filter(Boolean)
                .join(" "),
            ),
          }
        : undefined,
    };
  });
}

const GAP = 12;
const CARD_PAD = 12;

/** One card's markup at (x, y), `w` wide; returns it and its height. */
function card(c: CardText, x: number, y: number, w: number, valueSize: number): { svg: string; h: number } {
  const inner = w - 2 * CARD_PAD;
  const cx = x + CARD_PAD;
  let at = y + CARD_PAD;
  let svg = "";
  const add = (text: string, style: Parameters<typeof textBlock>[4], gap = 2) => {
    const b = textBlock(text, cx, at, inner, style);
    svg += b.svg;
    at = b.y + gap;
  };
  // The figure stays on one line: a long one ("не менее 1 140") is set smaller.
  const size = Math.min(valueSize, Math.floor((inner * TEXT_SHARE) / (Math.max(1, c.value.length) * CHAR_EM * 1.1)));
  add(c.value, { size, weight: 700, fill: LIGHT.accent }, 4);
  add(c.label, { size: 13, weight: 600 });
  if (c.date) add(c.date, { size: 12, fill: LIGHT.muted });
  if (c.parts) add(c.parts, { size: 12 });
  add(c.source, { size: 11, fill: LIGHT.muted, maxLines: 3 }, 4);
  if (c.conflict) {
    add(c.conflict.heading, { size: 12, weight: 700 });
    for (const claim of c.conflict.claims) add(claim, { size: 12, maxLines: 3 });
  }
  return { svg, h: at - y + CARD_PAD - 2 };
}

/** The key figures picture at a width (320 = phone, 640 = column). */
export function keyFiguresPicture(input: KeyFiguresInput, text: PictureText, width: number): Picture {
  const { release, lang, t } = input;
  const pad = padFor(width);
  const inner = width - 2 * pad;
  const top = header(text, width, false);
  const cards = keyFigureCards(release, lang, t);
  const cols = inner >= 440 ? 2 : 1;
  const w = (inner - GAP * (cols - 1)) / cols;
  const valueSize = cols === 1 ? 28 : 30;
  let body = top.svg;
  let y = top.y + 4;
  for (let i = 0; i < cards.length; i += cols) {
    const row = cards.slice(i, i + cols).map((c, j) => ({ c, x: pad + j * (w + GAP) }));
    const drawn = row.map(({ c, x }) => ({ ...card(c, x, y, w, valueSize), x, c }));
    const h = Math.max(...drawn.map((d) => d.h));
    for (const d of drawn) {
      body +=
        `<g class="key-figure" data-key="${d.c.id}"><title>${escTitle(d.c)}</title>` +
        `<rect x="${r1(d.x + 0.5)}" y="${r1(y + 0.5)}" width="${r1(w - 1)}" height="${r1(h - 1)}" rx="6" fill="${LIGHT.surface}" stroke="${LIGHT.border}"/>` +
        `${d.svg}</g>`;
    }
    y += h + GAP;
  }
  const foot = footer({ ...text, qualifierNote: null }, width, y - GAP + 4);
  body += foot.svg;
  return { svg: pictureRoot({ width, height: foot.y, lang, text }, body), width, height: Math.ceil(foot.y) };
}

/** "1,275 political prisoners in custody, as of 1 December 2026" for the card's <title>. */
function escTitle(c: CardText): string {
  return esc([`${c.value} ${c.label}`, c.date].filter(Boolean).join(", "));
}
