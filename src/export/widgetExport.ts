/** What a widget exports, read from the registry contract and the live page: SVG, tidy CSV (shown / full). */
import { tidyRows } from "../data/tidy";
import { formatDate } from "../i18n/format";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import type { CaptionInfo, Palette } from "./caption";
import { apaCitation, widgetCitation } from "./citation";
import { chartToSvg, paletteOf, type ExportedSvg } from "./svg";
import { keyFiguresPicture } from "./picture/keyFigures";
import { mapPicture } from "./picture/map";
import { pictureText, publishersOf } from "./picture/text";
import { tableToSvg } from "./tableSvg";
import { tidyCsv, tidyMetadata } from "./tidy";

/** Widgets whose picture is not one self-contained SVG on the page: their SVG export is drawn from the data
 * (src/export/picture/), with the live view's filters and range. */
export const PICTURE_SVG_WIDGETS: ReadonlySet<string> = new Set(["detention-map", "key-figures"]);
/** Width of those drawn pictures: an article column. */
export const PICTURE_EXPORT_WIDTH = 640;

const DEFAULT_PALETTE: Palette = { background: "#ffffff", text: "#1d1d1f", muted: "#5a5a60", border: "#d9d6cf" };

export function captionInfo(def: WidgetDef, ctx: WidgetContext, url: string): CaptionInfo {
  const { t, release, lang } = ctx;
  const publishers = publishersOf(def, ctx);
  return {
    title: def.title(t),
    summary: def.summary(ctx),
    qualifierNote: def.hasQualifiers(ctx) ? t("qualifier.legend") : null,
    sourceLine: `${publishers.length > 1 ? t("source.labelPlural") : t("source.label")}: ${publishers.join("; ")}`,
    releaseLine: `${t("app.releaseLine", { id: release.entry.id })} · ${t("app.asOf", {
      date: formatDate(release.entry.asOf, lang),
    })} · ${url}`,
    licence: t("export.licence"),
  };
}

export interface SvgExport extends ExportedSvg {
  /** "chart" = the rendered chart; "picture" = drawn from the data (map, key figures); "table" = the data table. */
  kind: "chart" | "picture" | "table";
}

/** The widget's SVG: the map or key figures drawn from the data; a chart as rendered on the page; else its table. */
export function exportWidgetSvg(def: WidgetDef, ctx: WidgetContext, url: string, doc: Document = document): SvgExport {
  if (PICTURE_SVG_WIDGETS.has(def.id)) {
    const text = pictureText(def, ctx);
    const withUrl = { ...text, asOf: `${text.asOf} · ${url}` };
    const draw = def.id === "detention-map" ? mapPicture : keyFiguresPicture;
    return { ...draw(ctx, withUrl, PICTURE_EXPORT_WIDTH), kind: "picture" };
  }
  const info = captionInfo(def, ctx, url);
  const container = doc.querySelector(`[data-widget="${def.id}"]`);
  if (container) {
    const chart = chartToSvg(container, info);
    if (chart) return { ...chart, kind: "chart" };
  }
  const palette = container ? paletteOf(container) : DEFAULT_PALETTE;
  return { ...tableToSvg(doc, def.table(ctx), ctx.release, info, palette), kind: "table" };
}

/**
 * The tidy CSV (one row per claim, src/data/tidy.ts) of the view as shown (the selected range) or of the whole
 * release (no range), and its CSVW metadata: how many rows it has, and the texts, written when asked for
 * (100,000 rows take a while to quote and join; the Share dialog shows the count when it opens and writes the
 * file on a click). Null when the widget has no claims to export.
 */
export function exportWidgetCsv(
  def: WidgetDef,
  ctx: WidgetContext,
  full: boolean,
  csvFileName: string,
  url: string,
): { rows: number; csvFileName: string; csv: () => string; metadata: () => string } | null {
  if (!def.claims) return null;
  const { t, release } = ctx;
  const citation = apaCitation(widgetCitation(def, t, release.entry, url));
  const view = full ? { ...ctx, range: null } : ctx;
  const rows = tidyRows(def.claims(view), ctx.release);
  return {
    rows: rows.length,
    csvFileName,
    csv: () => tidyCsv(rows),
    metadata: () =>
      JSON.stringify(
        tidyMetadata({
          csvFileName,
          url,
          citation,
          title: def.title(t),
          description: def.summary(view),
          lang: ctx.lang,
          release: ctx.release.entry,
          range: view.range,
          rows: rows.length,
        }),
        null,
        2,
      ) + "\n",
  };
}
