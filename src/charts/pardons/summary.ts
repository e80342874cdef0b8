/**
 * The generated sentence of the pardon view (also the chart's accessible name) and its data table.
 * Both follow the selected range.
 */
import "virtual:i18n/en/pardons";
import type { Translate } from "../../i18n";
import { formatDate, formatDateRange, formatMeasure, type Lang } from "../../i18n/format";
import { plural } from "../../i18n/plural";
import type { ReleaseData } from "../../data/schema";
import type { WidgetTable } from "../../widgets/types";
import { latestReported, type PardonView, type StageView } from "./pardonModel";
import {
  breakdownItems,
  claimsText,
  kindLabel,
  periodsPhrase,
  publishers,
  stageNumberTexts,
  stagesPhrase,
} from "./text";

interface Ctx {
  release: ReleaseData;
  lang: Lang;
  t: Translate;
}

function latestSentence(view: PardonView, { release, lang, t }: Ctx): string {
  const last = view.stages[view.stages.length - 1]!;
  const [first, ...others] = last.counts;
  let s = plural(t, lang, "pardons.summary.latest", first!, {
    count: formatMeasure(first!, lang),
    date: formatDate(last.stage.date, lang),
  });
  if (others.length) s += ` (${t("pardons.summary.otherCounts", { counts: claimsText(others, release, lang) })})`;
  return s;
}

function totalSentence(view: PardonView, { release, lang, t }: Ctx): string {
  const total = formatMeasure(view.total, lang);
  const stages = stagesPhrase(view.stages.length, lang, t);
  const head = view.ranged
    ? t("pardons.summary.totalRange", {
        total,
        stages,
        start: formatDate(view.window.start, lang),
        end: formatDate(view.window.end, lang),
      })
    : t("pardons.summary.totalSince", { total, stages });
  const rep = latestReported(view);
  const last = view.stages[view.stages.length - 1]!;
  // Whole view, and the sources' latest running total is the sum we computed: one figure, cited.
  if (!view.ranged && rep === last && !rep.totalConflict) {
    return `${head} (${publishers(
      release,
      rep.reported.flatMap((c) => c.sources),
    )})`;
  }
  let s = `${head} (${t("pardons.summary.computed")})`;
  if (rep) {
    const vars = {
      date: formatDate(rep.stage.date, lang),
      reported: claimsText(rep.reported, release, lang),
      computed: formatMeasure({ value: rep.computed, qualifier: rep.computedInexact ? "at_least" : "exact" }, lang),
    };
    s += `; ${t(rep.totalConflict ? "pardons.summary.runningConflict" : "pardons.summary.runningSame", vars)}`;
  }
  return s;
}

function recognisedSentence(view: PardonView, { lang, t }: Ctx): string {
  const tiles = view.recognisedInWindow;
  const total = view.recognisedTotal;
  if (!total || tiles.length === 0) return t("pardons.summary.noRecognised");
  const count = formatMeasure(total, lang);
  if (tiles.length === 1) {
    const r = tiles[0]!;
    const period = formatDateRange(r.startIso, r.endIso, lang);
    return plural(t, lang, "pardons.summary.recognisedOne", total, { count, period });
  }
  return plural(t, lang, "pardons.summary.recognisedMany", total, {
    count,
    periods: periodsPhrase(tiles.length, lang, t),
    start: formatDate(tiles[0]!.startIso, lang),
    end: formatDate(tiles[tiles.length - 1]!.endIso, lang),
  });
}

/** "31 people were released in the stage of 7 November 2024; 146 in 5 stages since 3 July 2024 (Human Constanta). …" */
export function pardonSummaryText(view: PardonView, ctx: Ctx): string {
  if (view.stages.length === 0) return `${ctx.t("pardons.summary.none")} ${recognisedSentence(view, ctx)}`;
  return `${latestSentence(view, ctx)}; ${totalSentence(view, ctx)}. ${recognisedSentence(view, ctx)}`;
}

/** The short figure line embeds use to say what a newer release changed: "18 people were released in the stage of 5 March 2026". */
export function pardonHeadline(view: PardonView, ctx: Ctx): string {
  if (view.stages.length === 0) return ctx.t("pardons.summary.none");
  return latestSentence(view, ctx);
}

/** The running-total cell: every reported claim with its sources, and our computed sum. */
export function runningTotalText(s: StageView, { release, lang, t }: Ctx): string {
  const parts = s.reported.map((c) => {
    const text = t("pardons.table.reported", {
      value: formatMeasure(c, lang),
      sources: publishers(release, c.sources),
    });
    return c.asOf ? `${text} ${t("pardons.table.reportedAsOf", { date: formatDate(c.asOf, lang) })}` : text;
  });
  const computed = formatMeasure({ value: s.computed, qualifier: s.computedInexact ? "at_least" : "exact" }, lang);
  parts.push(t("pardons.table.computed", { value: computed }));
  if (s.totalConflict) parts.push(`≠ ${t("pardons.table.conflict")}`);
  return parts.join("; ");
}

/** Every source the stage row cites: the record's and those of each claim in it. */
function stageSourceIds(s: StageView): string[] {
  const { stage } = s;
  const claims = [...stage.count, ...stage.runningTotal, ...Object.values(stage.breakdown)];
  return [
    ...new Set([
      ...stage.sources,
      ...claims.flatMap((c) => c.sources),
      ...stage.stageNumbers.flatMap((n) => n.sources),
    ]),
  ];
}

export function pardonTable(view: PardonView, ctx: Ctx): WidgetTable {
  const { release, lang, t } = ctx;
  const dash = "—";
  const stageRows = view.stages.map((s) => ({
    key: s.stage.id,
    cells: [
      formatDate(s.stage.date, lang),
      kindLabel(s.stage.kind, t),
      claimsText(s.counts, release, lang, true),
      runningTotalText(s, ctx),
      breakdownItems(s.stage, lang, t)
        .map((b) => b.text)
        .join(", ") || dash,
      stageNumberTexts(s.stage, release, lang, t).join("; ") || dash,
    ],
    sources: stageSourceIds(s),
  }));
  const recognitionRows = view.recognitions.map((r) => ({
    key: `recognised:${r.key}`,
    cells: [
      formatDateRange(r.startIso, r.endIso, lang),
      t("pardons.rec.title"),
      claimsText(r.claims, release, lang, true),
      dash,
      dash,
      dash,
    ],
    sources: [...new Set(r.claims.flatMap((c) => c.sources))],
  }));
  return {
    columns: [
      t("pardons.col.date"),
      t("pardons.col.kind"),
      t("pardons.col.count"),
      t("pardons.col.total"),
      t("pardons.col.breakdown"),
      t("pardons.col.numbers"),
    ],
    rows: [...stageRows, ...recognitionRows],
  };
}
