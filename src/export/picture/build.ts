/**
 * Build-time pictures of the embeds (run by build/embedPrerenderPlugin.ts inside its SSR Vite server): one
 * standalone SVG per release, widget, language and width, for embed codes' <noscript> and for readers and
 * tools that run no JavaScript. The map and key figures are drawn from the data (map.ts, keyFigures.ts), the
 * charts from their prerendered markup (charts.ts), the list widgets as their first rows (tablePicture).
 */
import type { ReleaseData } from "../../data/schema";
import { loadMessages, translator } from "../../i18n";
import { formatNumber, type Lang } from "../../i18n/format";
import type { WidgetContext, WidgetDef } from "../../widgets/types";
import { CHART_WIDGETS, chartPicture, tablePicture } from "./charts";
import { keyFiguresPicture } from "./keyFigures";
import { mapPicture, type Picture } from "./map";
import { pictureText } from "./text";

export interface WidgetPicture extends Picture {
  /** The widget's summary sentence: the picture's alt text. */
  alt: string;
}

export async function widgetPicture(
  release: ReleaseData,
  /** The widget, loaded by the caller (the embed's registry; export/ imports no widget of its own). */
  def: WidgetDef,
  lang: Lang,
  width: number,
  /** The widget's prerendered fragment at this width (charts are made from it). */
  fragment: string,
  /** The page's built CSS (src/styles.css), for charts. */
  pageCss: string,
): Promise<WidgetPicture> {
  const widget = def.id;
  await loadMessages(lang);
  const t = translator(lang);
  const ctx: WidgetContext = { release, lang, t, range: null, selection: null, categories: [], setView: () => {} };
  const text = pictureText(def, ctx);
  let picture: Picture | null = null;
  if (widget === "detention-map") picture = mapPicture(ctx, text, width);
  else if (widget === "key-figures") picture = keyFiguresPicture(ctx, text, width);
  else if (CHART_WIDGETS.has(widget)) picture = chartPicture({ fragment, lang, pageCss }, text, width);
  picture ??= tablePicture(def.table(ctx), text, width, lang, (n) => t("picture.more", { n: formatNumber(n, lang) }));
  return { ...picture, alt: text.summary };
}
