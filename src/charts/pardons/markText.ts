/**
 * The words on the pardon chart's marks in one language: short value labels and each mark's accessible name.
 * Part of the widget's shared model (one per release and language, see widget.tsx): stage and recognition views
 * live as long as it, so each text is worked out once however often the range changes and labels are placed anew.
 */
import "virtual:i18n/en/pardons";
import type { Claim } from "../../data/schema";
import type { Translate } from "../../i18n";
import { formatDate, formatDateRange, formatMeasure, formatMeasureShort, type Lang } from "../../i18n/format";
import type { RecognitionView, StageView } from "./pardonModel";
import { kindLabel } from "./text";

export interface MarkTexts {
  lang: Lang;
  /** formatMeasureShort of a figure; `key` is the claim, or the stage for its computed total. */
  short: (key: object, m: Pick<Claim, "value" | "qualifier" | "hi">) => string;
  /** The short label of a stage's computed running total. */
  computedShort: (s: StageView) => string;
  stageLabel: (s: StageView) => string;
  recognitionLabel: (r: RecognitionView) => string;
}

/** Texts worked out on first use and kept by mark (the views are the model's, so they die with it). */
export function markTexts(lang: Lang, t: Translate): MarkTexts {
  const once = <K extends object>(make: (k: K) => string) => {
    const made = new WeakMap<K, string>();
    return (k: K) => {
      let text = made.get(k);
      if (text === undefined) made.set(k, (text = make(k)));
      return text;
    };
  };
  const shorts = new WeakMap<object, string>();
  const short: MarkTexts["short"] = (key, m) => {
    let text = shorts.get(key);
    if (text === undefined) shorts.set(key, (text = formatMeasureShort(m, lang)));
    return text;
  };
  return {
    lang,
    short,
    computedShort: (s) => short(s, { value: s.computed, qualifier: s.computedInexact ? "at_least" : "exact" }),
    stageLabel: once((s: StageView) => {
      const count = s.counts.map((c) => formatMeasure(c, lang)).join(" / ");
      const totals = [
        ...s.reported.map((c) => formatMeasure(c, lang)),
        formatMeasure({ value: s.computed, qualifier: s.computedInexact ? "at_least" : "exact" }, lang),
      ];
      const total = t("pardons.aria.total", { total: [...new Set(totals)].join(" / ") });
      return `${t("pardons.aria.stage", { date: formatDate(s.stage.date, lang), kind: kindLabel(s.stage.kind, t), count })}; ${total}`;
    }),
    recognitionLabel: once((r: RecognitionView) =>
      t("pardons.aria.recognition", {
        period: formatDateRange(r.startIso, r.endIso, lang),
        count: r.claims.map((c) => formatMeasure(c, lang)).join(" / "),
      }),
    ),
  };
}
