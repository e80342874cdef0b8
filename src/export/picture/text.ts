/** The words around a picture (title, summary, as-of, sources, licence), read from the widget contract. */
import { formatDate } from "../../i18n/format";
import type { WidgetContext, WidgetDef } from "../../widgets/types";
import type { PictureText } from "./svgText";

/** The publishers the view cites, each once, in the order of its sources. */
export function publishersOf(def: WidgetDef, ctx: WidgetContext): string[] {
  const byId = new Map(ctx.release.sources.map((s) => [s.id, s]));
  return [...new Set(def.sources(ctx).map((id) => byId.get(id)?.publisher ?? id))];
}

export function pictureText(def: WidgetDef, ctx: WidgetContext): PictureText {
  const { t, release, lang } = ctx;
  const publishers = publishersOf(def, ctx);
  return {
    title: def.title(t),
    summary: def.summary(ctx),
    asOf: `${t("app.asOf", { date: formatDate(release.entry.asOf, lang) })} · ${t("app.releaseLine", { id: release.entry.id })}`,
    source: publishers.length
      ? `${publishers.length > 1 ? t("source.labelPlural") : t("source.label")}: ${publishers.join("; ")}`
      : "",
    qualifierNote: def.hasQualifiers(ctx) ? t("qualifier.legend") : null,
    licence: t("export.licence"),
  };
}
