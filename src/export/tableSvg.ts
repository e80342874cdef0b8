/**
 * A widget's data table as a standalone SVG: for views without a chart SVG on the page (the lists) and for
 * widgets showing their table. (The map and key figures are drawn from the data: src/export/picture/.) Each row is
 * a block: first cell in bold, the other cells after it, then the row's sources. Honest and readable.
 */
import type { ReleaseData } from "../data/schema";
import type { WidgetTable } from "../widgets/types";
import { appendCaption, el, PAD, svgRoot, textBlock, type CaptionInfo, type Palette } from "./caption";
import { serialise, type ExportedSvg } from "./svg";

export const TABLE_SVG_WIDTH = 720;

export function tableToSvg(
  doc: Document,
  table: WidgetTable,
  release: ReleaseData,
  info: CaptionInfo,
  palette: Palette,
  width = TABLE_SVG_WIDTH,
): ExportedSvg {
  const { root, top, finish } = svgRoot(doc, width, info, palette);
  const publisher = new Map(release.sources.map((s) => [s.id, s.publisher]));
  const inner = width - 2 * PAD;
  let y = textBlock(doc, root, info.summary, { x: PAD, y: top - 8, width: inner, size: 13, fill: palette.text });
  y = textBlock(doc, root, table.columns.join(" · "), {
    x: PAD,
    y: y + 6,
    width: inner,
    size: 12,
    weight: 700,
    fill: palette.muted,
  });
  for (const row of table.rows) {
    root.appendChild(el(doc, "line", { x1: PAD, x2: width - PAD, y1: y + 4, y2: y + 4, stroke: palette.border }));
    const [first = "", ...rest] = row.cells;
    y = textBlock(doc, root, first, { x: PAD, y: y + 4, width: inner, size: 14, weight: 700, fill: palette.text });
    const others = rest.filter(Boolean).join(" · ");
    if (others) y = textBlock(doc, root, others, { x: PAD, y, width: inner, size: 13, fill: palette.text });
    const sources = [...new Set(row.sources)].map((id) => publisher.get(id) ?? id).join("; ");
    if (sources) y = textBlock(doc, root, sources, { x: PAD, y, width: inner, size: 11, fill: palette.muted });
  }
  const bottom = appendCaption(doc, root, y + 4, width, info, palette);
  const height = finish(bottom);
  return { svg: serialise(root), width, height };
}
