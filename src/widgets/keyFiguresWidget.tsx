/**
 * The key-figures card as a widget, for embeds and briefing slides (the dashboard renders KeyFigures itself).
 * The figures are derived the way KeyFigures derives them, so the card, its table and its CSV agree.
 */
import type { Claim, ReleaseData } from "../data/schema";
import { distinctClaims, findSeries, latestObservations, pardonSummary } from "../data/selectors";
import { KeyFigures } from "../components/KeyFigures";
import type { Translate } from "../i18n";
import { formatDate, formatMeasure, formatNumber, type Lang } from "../i18n/format";
import type { TableRow, WidgetContext, WidgetDef } from "./types";
import "../embed/keyFiguresWidget.css";

type Figure = Pick<Claim, "value" | "qualifier" | "hi" | "sources">;

interface KeyFigure {
  id: "prisoners" | "pardoned" | "deaths" | "treason";
  label: string;
  /** Every distinct figure; more than one = sources disagree. */
  figures: Figure[];
  date?: string;
}

function latest(release: ReleaseData, id: "prisoners_in_custody" | "treason_convictions_cumulative") {
  const obs = latestObservations(findSeries(release, id));
  return { figures: distinctClaims(obs) as Figure[], date: obs[0]?.date };
}

/** The four headline figures of a release, each with every version the sources give. */
export function keyFigureList(release: ReleaseData, t: Translate, lang: Lang): KeyFigure[] {
  const prisoners = latest(release, "prisoners_in_custody");
  const treason = latest(release, "treason_convictions_cumulative");
  const pardons = pardonSummary(release);
  const pardonFigures: Figure[] = [...pardons.reportedTotals];
  const computed: Figure = {
    value: pardons.computedTotal,
    qualifier: pardons.computedInexact ? "at_least" : "exact",
    sources: [...new Set(pardons.stages.flatMap((s) => s.count[0]!.sources))],
  };
  if (pardons.stages.length && !pardonFigures.some((f) => f.value === computed.value)) pardonFigures.push(computed);
  // Viasna's count: the deaths it numbers (ordinal), as KeyFigures counts them.
  const counted = release.deaths.filter((d) => d.ordinal !== undefined).sort((a, b) => a.ordinal! - b.ordinal!);
  const lastDeath = counted[counted.length - 1];
  const list: KeyFigure[] = [
    { id: "prisoners", label: t("keys.prisoners"), ...prisoners },
    {
      id: "pardoned",
      label: t("keys.pardoned", { stages: formatNumber(pardons.stages.length, lang) }),
      figures: pardonFigures,
      date: pardons.reportedAfter?.date ?? pardons.stages[pardons.stages.length - 1]?.date,
    },
    {
      id: "deaths",
      label: t("keys.deaths"),
      figures: lastDeath ? [{ value: lastDeath.ordinal!, qualifier: "exact", sources: lastDeath.sources }] : [],
      date: lastDeath?.reported[0]?.date ?? lastDeath?.died[0]?.date,
    },
    { id: "treason", label: t("keys.treason"), ...treason },
  ];
  return list.filter((k) => k.figures.length > 0);
}

function list(ctx: WidgetContext) {
  return keyFigureList(ctx.release, ctx.t, ctx.lang);
}

/** "1,275 political prisoners in custody (as of 15 November 2024)" — the first figure of a key figure. */
function sentence(k: KeyFigure, lang: Lang, t: Translate): string {
  const figures = k.figures.map((f) => formatMeasure(f, lang)).join(" / ");
  const date = k.date ? ` (${t("keys.asOf", { date: formatDate(k.date, lang) })})` : "";
  return `${figures} ${k.label}${date}`;
}

export const keyFiguresWidget: WidgetDef = {
  id: "key-figures",
  title: (t) => t("keys.heading"),
  summary: (ctx) => ctx.t("embed.keys.summary", { date: formatDate(ctx.release.entry.asOf, ctx.lang) }),
  headline: (ctx) => {
    const first = list(ctx)[0];
    return first ? sentence(first, ctx.lang, ctx.t) : "";
  },
  table: (ctx) => ({
    columns: [ctx.t("embed.keys.figure"), ctx.t("embed.keys.value"), ctx.t("embed.keys.date")],
    rows: list(ctx).flatMap((k) =>
      k.figures.map((f, i): TableRow => ({
        key: `${k.id}-${i}`,
        cells: [k.label, formatMeasure(f, ctx.lang), k.date ? formatDate(k.date, ctx.lang) : ""],
        sources: f.sources,
      })),
    ),
  }),
  sources: (ctx) => [...new Set(list(ctx).flatMap((k) => k.figures.flatMap((f) => f.sources)))],
  // The cards spell every qualifier out in words ("at least 88"): there are no hollow or dashed marks to explain.
  hasQualifiers: () => false,
  Component: ({ ctx }) => (
    <div className="key-figures-widget">
      <KeyFigures release={ctx.release} lang={ctx.lang} />
    </div>
  ),
};
