/**
 * What an embed shows once its widget and release are there: the widget frame, the credit line and the
 * "Get the data" / "Download image" links. The live embed (EmbedApp) renders it, and so does the build
 * (prerender.tsx → embed-prerendered/…): one markup for both. A plain embed has no credit line of its own: the
 * frame's source line carries the link back (WidgetFrame).
 */
import { useState, type ReactNode } from "react";
import { WidgetBoundary } from "../components/ErrorPanel";
import { WidgetFrame } from "../widgets/WidgetFrame";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { EmbedLookContext, type EmbedLook } from "../widgets/embedLook";

interface EmbedViewProps {
  def: WidgetDef;
  ctx: WidgetContext;
  /** This view on the full dashboard, its release pinned. */
  dashboardHref: string;
  /** Shown above the widget (the live embed's "newer data" notice). */
  notice?: ReactNode;
  /** The URL's `plain` and `compact` options; absent = the full frame. */
  look?: { plain?: boolean; compact?: boolean };
  /** The page's address, which dashboardHref is relative to (exported files name the view absolutely). */
  base?: string;
}

export function EmbedView({ def, ctx, dashboardHref, notice, look, base }: EmbedViewProps) {
  const { t } = ctx;
  const plain = look?.plain ?? false;
  const trimmed: EmbedLook | null =
    plain || look?.compact ? { plain, compact: look?.compact ?? false, dashboardHref } : null;
  return (
    <EmbedLookContext.Provider value={trimmed}>
      {notice}
      <WidgetBoundary name={def.title(t)}>
        <WidgetFrame def={def} ctx={ctx} />
      </WidgetBoundary>
      {!plain && (
        <div className="embed-credit">
          <p>
            <span>{t("app.title")}</span> · <span>{t("embed.licence")}</span> ·{" "}
            <a href={dashboardHref} target="_blank" rel="noopener">
              {t("embed.openDashboard")}
            </a>
          </p>
          <GetTheData def={def} ctx={ctx} dashboardHref={dashboardHref} base={base} />
        </div>
      )}
    </EmbedLookContext.Provider>
  );
}

/**
 * "Get the data" (the widget's CSV, as shown) and "Download image" (its SVG, caption and sources inside).
 * The export code loads on the first click, so the embed's first load stays small.
 */
function GetTheData({
  def,
  ctx,
  dashboardHref,
  base,
}: {
  def: WidgetDef;
  ctx: WidgetContext;
  dashboardHref: string;
  base?: string;
}) {
  const { t, release } = ctx;
  const [error, setError] = useState<string | null>(null);
  const save = async (kind: "csv" | "svg") => {
    setError(null);
    try {
      const [{ exportWidgetCsv, exportWidgetSvg }, { downloadBlob, exportFileName }] = await Promise.all([
        import("../export/widgetExport"),
        import("../export/download"),
      ]);
      const range = ctx.range ? `${ctx.range.start}_${ctx.range.end}` : undefined;
      const name = exportFileName(def.id, release.entry.id, kind, range);
      // The files name the dashboard view as an absolute address: they leave this page.
      const url = new URL(dashboardHref, base ?? window.location.href).href;
      if (kind === "csv") {
        // The tidy CSV of the view as shown (one row per claim; see docs/data-downloads.md).
        const data = exportWidgetCsv(def, ctx, false, name, url);
        if (!data) throw new Error(t("embed.noData"));
        downloadBlob(new Blob([data.csv()], { type: "text/csv;charset=utf-8" }), name);
      } else {
        downloadBlob(new Blob([exportWidgetSvg(def, ctx, url).svg], { type: "image/svg+xml" }), name);
      }
    } catch (e) {
      setError(t("embed.getFailed", { message: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <>
      <p className="embed-get">
        <button type="button" className="link-button" onClick={() => void save("csv")}>
          {t("embed.getData")}
        </button>{" "}
        ·{" "}
        <button type="button" className="link-button" onClick={() => void save("svg")}>
          {t("embed.getImage")}
        </button>
      </p>
      {error && (
        <p className="embed-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
