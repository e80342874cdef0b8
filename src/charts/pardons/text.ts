/**
 * Words of the pardon view: counted phrases (src/i18n/plural.ts), breakdown lists, stage ordinals, publisher lists. Every
 * figure goes through formatMeasure so that a qualifier is never lost on the way to a sentence.
 */
import "virtual:i18n/en/pardons";
import { BREAKDOWN_KEYS, type BreakdownKey, type Claim, type PardonStage, type ReleaseData } from "../../data/schema";
import { localText, type Translate } from "../../i18n";
import { formatMeasure, formatNumber, type Lang } from "../../i18n/format";
import { plural } from "../../i18n/plural";

type OrdinalForm = "one" | "two" | "few" | "other";

const LOCALES: Record<Lang, string> = { en: "en-GB", be: "be", ru: "ru" };
const ordinalRules = new Map<Lang, Intl.PluralRules>();

/** "5th", "5-ы", "5-й". */
export function ordinal(n: number, lang: Lang, t: Translate): string {
  let rules = ordinalRules.get(lang);
  if (!rules) ordinalRules.set(lang, (rules = new Intl.PluralRules(LOCALES[lang], { type: "ordinal" })));
  const f = rules.select(n);
  const form: OrdinalForm = f === "one" || f === "two" || f === "few" ? f : "other";
  return t(`pardons.ordinal.${form}`, { n: formatNumber(n, lang) });
}

/** "5 stages", "5 этапаў". */
export function stagesPhrase(n: number, lang: Lang, t: Translate): string {
  return plural(t, lang, "pardons.n.stages", n);
}

export function periodsPhrase(n: number, lang: Lang, t: Translate): string {
  return plural(t, lang, "pardons.n.periods", n);
}

export function kindLabel(kind: PardonStage["kind"], t: Translate): string {
  return t(`pardons.kind.${kind}`);
}

/** Publishers of the given sources, each once, in order: "Human Constanta, Viasna". */
export function publishers(release: ReleaseData, ids: readonly string[]): string {
  const names = ids.map((id) => release.sources.find((s) => s.id === id)?.publisher ?? id);
  return [...new Set(names)].join(", ");
}

/** "52 (CIVICUS, Polskie Radio); 40 (HRW)"; with `notes` (the table) each claim's note after its figure. */
export function claimsText(claims: readonly Claim[], release: ReleaseData, lang: Lang, notes = false): string {
  const note = (c: Claim) => (notes && c.note ? ` (${localText(c.note, lang)})` : "");
  return claims.map((c) => `${formatMeasure(c, lang)}${note(c)} (${publishers(release, c.sources)})`).join("; ");
}

export interface BreakdownItem {
  key: BreakdownKey;
  claim: Claim;
  text: string;
}

/** The published breakdown in a fixed order: "2 women", "29 men", "17 chronically ill" … */
export function breakdownItems(stage: PardonStage, lang: Lang, t: Translate): BreakdownItem[] {
  return BREAKDOWN_KEYS.flatMap((key) => {
    const claim = stage.breakdown[key];
    if (!claim) return [];
    return [{ key, claim, text: plural(t, lang, `pardons.breakdown.${key}`, claim) }];
  });
}

/** "5th of the stages since 3 July 2024 (newsletter) — Human Constanta", one per way of counting. */
export function stageNumberTexts(stage: PardonStage, release: ReleaseData, lang: Lang, t: Translate): string[] {
  return stage.stageNumbers.map(
    (s) =>
      `${t("pardons.stageNumber", { ordinal: ordinal(s.number, lang, t), counting: localText(s.counting, lang) })} — ${publishers(release, s.sources)}`,
  );
}
