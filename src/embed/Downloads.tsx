/** Download buttons of one widget: SVG, PNG 1× and 2×, tidy CSV as shown and of the full series, each with its
 * CSVW metadata. */
import "virtual:i18n/en/share";
import { useState } from "react";
import { downloadBlob, exportFileName } from "../export/download";
import { pngSize, svgToPng } from "../export/png";
import { metadataFileName } from "../export/tidy";
import { exportWidgetCsv, exportWidgetSvg, type SvgExport } from "../export/widgetExport";
import { formatNumber } from "../i18n/format";
import type { WidgetContext, WidgetDef } from "../widgets/types";

interface DownloadsProps {
  def: WidgetDef;
  ctx: WidgetContext;
  /** The dashboard URL of this view, printed in the caption. */
  url: string;
}

function tryExport(def: WidgetDef, ctx: WidgetContext, url: string): SvgExport | Error {
  try {
    return exportWidgetSvg(def, ctx, url);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}

export function Downloads({ def, ctx, url }: DownloadsProps) {
  const { t, lang, release } = ctx;
  // Read once when the dialog opens: the picture is the widget as it is on screen now.
  const [svg] = useState(() => tryExport(def, ctx, url));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = (ext: string, variant?: string) => exportFileName(def.id, release.entry.id, ext, variant);
  // Claims read once when the dialog opens, like the picture; the CSV text is written on a click.
  const rangeVariant = ctx.range ? `${ctx.range.start}_${ctx.range.end}` : undefined;
  const tidy = (full: boolean) => exportWidgetCsv(def, ctx, full, name("csv", full ? "full" : rangeVariant), url);
  const [shown] = useState(() => tidy(false));
  const [full] = useState(() => tidy(true));
  const size = (scale: number) => {
    if (svg instanceof Error) return "";
    const s = pngSize(svg, scale);
    return t("export.px", { width: formatNumber(s.width, lang), height: formatNumber(s.height, lang) });
  };

  const png = async (scale: number) => {
    if (svg instanceof Error) return;
    setBusy(true);
    setError(null);
    try {
      const blob = await svgToPng(svg.svg, svg, scale);
      downloadBlob(blob, name("png", scale === 1 ? undefined : `${scale}x`));
    } catch (e) {
      setError(t("export.pngFailed", { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };
  const csvButtons = (data: NonNullable<typeof shown>, label: string, metaLabel: string) => (
    <>
      <button
        type="button"
        onClick={() => downloadBlob(new Blob([data.csv()], { type: "text/csv;charset=utf-8" }), data.csvFileName)}
      >
        {label} <span className="download-meta">{t("export.rows", { n: formatNumber(data.rows, lang) })}</span>
      </button>
      <button
        type="button"
        onClick={() =>
          downloadBlob(
            new Blob([data.metadata()], { type: "application/csvm+json" }),
            metadataFileName(data.csvFileName),
          )
        }
      >
        {metaLabel}
      </button>
    </>
  );

  return (
    <section className="embed-section" aria-labelledby="embed-downloads-title">
      <h3 id="embed-downloads-title">{t("export.heading")}</h3>
      {svg instanceof Error ? (
        <p className="embed-error" role="alert">
          {t("export.svgFailed", { message: svg.message })}
        </p>
      ) : (
        svg.kind === "table" && <p className="embed-hint">{t("export.tableNote")}</p>
      )}
      <div className="download-buttons">
        <button
          type="button"
          disabled={svg instanceof Error}
          onClick={() =>
            !(svg instanceof Error) && downloadBlob(new Blob([svg.svg], { type: "image/svg+xml" }), name("svg"))
          }
        >
          {t("export.svg")}
        </button>
        <button type="button" disabled={svg instanceof Error || busy} onClick={() => png(1)}>
          {t("export.png1")} <span className="download-meta">{size(1)}</span>
        </button>
        <button type="button" disabled={svg instanceof Error || busy} onClick={() => png(2)}>
          {t("export.png2")} <span className="download-meta">{size(2)}</span>
        </button>
      </div>
      {/* Each CSV beside its metadata, one pair per row. */}
      {shown && (
        <div className="download-buttons">{csvButtons(shown, t("export.csvShown"), t("export.csvShownMeta"))}</div>
      )}
      {full && <div className="download-buttons">{csvButtons(full, t("export.csvFull"), t("export.csvFullMeta"))}</div>}
      {error && (
        <p className="embed-error" role="alert">
          {error}
        </p>
      )}
      {shown && <p className="embed-hint">{t("export.csvNote")}</p>}
      <p className="embed-hint">{t("export.licence")}</p>
    </section>
  );
}
