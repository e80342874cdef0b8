/**
 * What an embed shows once its widget and release are there: the widget frame and the credit line. The live
 * embed (EmbedApp) renders it, and so does the build (prerender.tsx → embed-prerendered/…): one markup for both.
 */
import { useLayoutEffect, type ReactNode } from "react";
import { WidgetBoundary } from "../components/ErrorPanel";
import { WidgetFrame } from "../widgets/WidgetFrame";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { PRERENDERED_ID } from "./embedMode";

interface EmbedViewProps {
  def: WidgetDef;
  ctx: WidgetContext;
  /** This view on the full dashboard, its release pinned. */
  dashboardHref: string;
  /** Shown above the widget (the live embed's "newer data" notice). */
  notice?: ReactNode;
}

export function EmbedView({ def, ctx, dashboardHref, notice }: EmbedViewProps) {
  const { t } = ctx;
  return (
    <>
      {notice}
      <WidgetBoundary name={def.title(t)}>
        <WidgetFrame def={def} ctx={ctx} />
      </WidgetBoundary>
      <p className="embed-credit">
        <span>{t("app.title")}</span> · <span>{t("embed.licence")}</span> ·{" "}
        <a href={dashboardHref} target="_blank" rel="noopener">
          {t("embed.openDashboard")}
        </a>
      </p>
    </>
  );
}

/**
 * Takes the prerendered copy off the page as the live view (or an error) is committed. Rendered as the FIRST
 * child of that view: its layout effect runs before those of the widget's charts, so they measure their
 * width with #root already shown (embed.css hides #root while a prerendered copy is on screen). Removing the
 * element, not emptying it, also tells embed-paint.js that a fragment arriving late is no longer wanted.
 */
export function RemovePrerendered() {
  useLayoutEffect(() => {
    document.getElementById(PRERENDERED_ID)?.remove();
  }, []);
  return null;
}
