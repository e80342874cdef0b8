/**
 * The key-figures card as a widget, for embeds and briefing slides (the dashboard renders KeyFigures itself).
 * The figures are derived the way KeyFigures derives them, so the card, its table and its CSV agree.
 */
import type { ReleaseData } from "../data/schema";
import { keyFigures, type KeyFigure } from "../data/keyFigures";
import type { TidyFact } from "../data/facts";
import { KeyFigures } from "../components/KeyFigures";
import { keyFigureLabel } from "../components/keyFigureText";
import type { Translate } from "../i18n";
import { formatDate, formatMeasure, type Lang } from "../i18n/format";
import type { TableRow, WidgetContext } from "./types";
import { defineWidget } from "./viewModel";
import "./keyFiguresWidget.css";

interface LabelledKeyFigure extends KeyFigure {
  label: string;
}

/** The four headline figures of a release with their labels in the reader's language. */
export function keyFigureList(release: ReleaseData, t: Translate, lang: Lang): LabelledKeyFigure[] {
  return keyFigures(release).map((k) => ({ ...k, label: keyFigureLabel(k, lang, t) }));
}

/** The widget's view model: the figures of the release with their labels in the reader's language. */
function labelled(ctx: WidgetContext, figures: KeyFigure[]): LabelledKeyFigure[] {
  return figures.map((k) => ({ ...k, label: keyFigureLabel(k, ctx.lang, ctx.t) }));
}

/** "1,275 political prisoners in custody (as of 15 November 2024)" — the first figure of a key figure. */
function sentence(k: LabelledKeyFigure, lang: Lang, t: Translate): string {
  const figures = k.figures.map((f) => formatMeasure(f, lang)).join(" / ");
  const date = k.date ? ` (${t("keys.asOf", { date: formatDate(k.date, lang) })})` : "";
  return `${figures} ${k.label}${date}`;
}

/** What each key figure counts, as a tidy measure (the same names the other widgets' rows use). */
const MEASURES: Record<KeyFigure["id"], string> = {
  prisoners: "prisoners_in_custody",
  pardoned: "running_total_released",
  deaths: "deaths_in_custody_counted",
  treason: "treason_convictions_cumulative",
};

/** One row per figure of each card: our sum and the totals sources reported for the pardons, and so on. */
function claims(list: readonly LabelledKeyFigure[], ctx: WidgetContext): TidyFact[] {
  return list.flatMap((k) =>
    k.figures.map((f): TidyFact => ({
      record: `key-figures/${k.id}`,
      measure: MEASURES[k.id],
      date: f.asOf ?? k.date ?? ctx.release.entry.asOf,
      ...(k.id === "pardoned" ? { periodStart: "2024-07" } : {}),
      figure: f,
      basis: f.basis,
      note:
        k.id === "pardoned" && f.basis === "computed"
          ? `Sum of the ${k.stages ?? 0} stages listed since 3 July 2024 (computed by the tracker).`
          : k.id === "deaths"
            ? "Deaths of political prisoners in custody since 2020 as Viasna counts them (its ordinal of the latest)."
            : undefined,
      sources: f.sources,
    })),
  );
}

export const keyFiguresWidget = defineWidget({
  id: "key-figures",
  title: (t) => t("keys.heading"),
  shared: { view: [], build: (ctx) => keyFigures(ctx.release) },
  view: ["lang"],
  model: labelled,
  summary: (_, ctx) => ctx.t("embed.keys.summary", { date: formatDate(ctx.release.entry.asOf, ctx.lang) }),
  headline: (list, ctx) => {
    const first = list[0];
    return first ? sentence(first, ctx.lang, ctx.t) : "";
  },
  table: (list, ctx) => ({
    columns: [ctx.t("embed.keys.figure"), ctx.t("embed.keys.value"), ctx.t("embed.keys.date")],
    rows: list.flatMap((k) =>
      k.figures.map((f, i): TableRow => ({
        key: `${k.id}-${i}`,
        cells: [k.label, formatMeasure(f, ctx.lang), k.date ? formatDate(k.date, ctx.lang) : ""],
        sources: f.sources,
      })),
    ),
  }),
  claims,
  sources: (list) => [...new Set(list.flatMap((k) => k.figures.flatMap((f) => f.sources)))],
  // The cards spell every qualifier out in words ("at least 88"): there are no hollow or dashed marks to explain.
  hasQualifiers: () => false,
  Component: ({ ctx }) => (
    <div className="key-figures-widget">
      <KeyFigures release={ctx.release} lang={ctx.lang} />
    </div>
  ),
});
