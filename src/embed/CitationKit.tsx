/** Citation kit: plain text in the reader's language, APA and BibTeX, each ready to copy. */
import "virtual:i18n/en/share";
import { useState } from "react";
import {
  apaCitation,
  bibtexCitation,
  isoToday,
  plainCitation,
  widgetCitation,
  type CitationInfo,
} from "../export/citation";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { CopyField } from "./CopyField";

interface CitationKitProps {
  def: WidgetDef;
  ctx: WidgetContext;
  /** The view on the dashboard with its release pinned. */
  url: string;
}

export function CitationKit({ def, ctx, url }: CitationKitProps) {
  const { t, lang, release } = ctx;
  const [retrieved] = useState(() => isoToday());
  const info: CitationInfo = widgetCitation(def, t, release.entry, url, retrieved);
  return (
    <section className="embed-section" aria-labelledby="embed-cite-title">
      <h3 id="embed-cite-title">{t("cite.heading")}</h3>
      <p className="embed-hint">{t("cite.hint")}</p>
      <div className="copy-grid">
        <CopyField label={t("cite.plainLabel")} value={plainCitation(info, t, lang)} action={t("cite.copyPlain")} />
        <CopyField label={t("cite.apaLabel")} value={apaCitation(info)} action={t("cite.copyApa")} />
        <CopyField label={t("cite.bibtexLabel")} value={bibtexCitation(info)} action={t("cite.copyBibtex")} rows={6} />
      </div>
    </section>
  );
}
