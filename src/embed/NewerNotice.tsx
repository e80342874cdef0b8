import { useState } from "react";
import type { ReaderManifest } from "../data/loader";
import type { ReleaseData, ReleaseEntry } from "../data/schema";
import { useT } from "../i18n";
import { useStore } from "../state/store";
import { formatDate } from "../i18n/format";
import type { WidgetContext, WidgetDef } from "../widgets/types";

interface NewerNoticeProps {
  def: WidgetDef;
  /** Context of the pinned view. */
  ctx: WidgetContext;
  /** The newest release, or "failed" when it could not be loaded (the notice then says only that it exists). */
  newest: ReleaseData | "failed";
  newestId: string;
  /** The same view on the dashboard with the newest release. */
  href: string;
}

export function headlineOf(def: WidgetDef, ctx: WidgetContext): string {
  // The notice adds its own full stop.
  return (def.headline ? def.headline(ctx) : def.summary(ctx)).trim().replace(/[.。]+$/, "");
}

/**
 * A pinned embed never changes, but it says when newer data exists and what it says for this view,
 * e.g. "Newer data: 1,131 political prisoners as of 31 December 2025". Dismissible.
 */
export function NewerNotice({ def, ctx, newest, newestId, href }: NewerNoticeProps) {
  const [open, setOpen] = useState(true);
  if (!open) return null;
  const { t, lang } = ctx;
  let message: string;
  if (newest === "failed") message = t("embed.newer.exists", { id: newestId });
  else {
    const now = headlineOf(def, ctx);
    const next = headlineOf(def, { ...ctx, release: newest });
    message = next === now ? t("embed.newer.same", { id: newestId }) : t("embed.newer.headline", { headline: next });
  }
  const asOf = newest === "failed" ? null : formatDate(newest.entry.asOf, lang);
  return (
    <aside className="embed-notice" aria-label={t("embed.newer.label")}>
      <p>
        <strong>{message}</strong>{" "}
        {asOf && <span className="embed-notice-meta">{t("embed.newer.release", { id: newestId, date: asOf })} </span>}
        <span className="embed-notice-meta">{t("embed.newer.pinned", { id: ctx.release.entry.id })} </span>
        <a href={href} target="_blank" rel="noopener">
          {t("embed.newer.open")}
        </a>
      </p>
      <button type="button" className="embed-notice-close" onClick={() => setOpen(false)}>
        <span aria-hidden="true">×</span>
        <span className="visually-hidden">{t("embed.newer.dismiss")}</span>
      </button>
    </aside>
  );
}

/**
 * An embed that follows the newest release, when the newest entry of the manifest is broken, shows the newest
 * release that loads (as the dashboard does) and says so, so that nobody takes older figures for the newest.
 */
export function NewestSkipped({ manifest, shown }: { manifest: ReaderManifest; shown: ReleaseEntry }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const skipped = manifest.skipped?.[0];
  if (!skipped) return null;
  return (
    <p className="embed-notice" role="status">
      {t("app.newestSkipped", { id: skipped.id, shown: shown.id, date: formatDate(shown.asOf, lang) })}
    </p>
  );
}
