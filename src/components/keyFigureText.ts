/**
 * The words of a key figure — its label, what a computed total is made of, the computed note — for the live card,
 * the key-figures widget and the exported picture alike. The label agrees with the figure above it
 * ("1 140 палітвязняў", "не менее 21 человека освобождены … в 5 этапах"): see src/i18n/plural.ts.
 */
import type { KeyFigure } from "../data/keyFigures";
import type { Translate } from "../i18n";
import { formatMeasure, type Lang } from "../i18n/format";
import { plural } from "../i18n/plural";

/** "in 5 stages", "у 21 этапе". */
function inStages(n: number, lang: Lang, t: Translate): string {
  return plural(t, lang, "keys.inStages", n);
}

/** The words under a key figure, in the form its first figure needs. */
export function keyFigureLabel(k: KeyFigure, lang: Lang, t: Translate): string {
  const first = k.figures[0] ?? 0;
  if (k.id === "pardoned") return plural(t, lang, "keys.pardoned", first, { stages: inStages(k.stages ?? 0, lang, t) });
  return plural(t, lang, `keys.${k.id}`, first);
}

/** "Of them: 146 by pardon, in 5 stages; 52 by amnesty." — undefined when the figure has no parts. */
export function keyFigureParts(k: KeyFigure, lang: Lang, t: Translate): string | undefined {
  if (!k.kinds?.length) return undefined;
  return t("keys.pardoned.parts", {
    parts: k.kinds
      .map((p) => {
        const value = formatMeasure(p, lang);
        // "5 foreign nationals": the noun agrees with the figure.
        if (p.kind === "foreigners") return plural(t, lang, "keys.foreigners", p, { value });
        return t(`keys.kind.${p.kind}`, { value, stages: inStages(p.stages, lang, t) });
      })
      .join("; "),
  });
}

/** "our sum of the 21 stages", "наша сума 21 этапа". */
export function keyFigureComputed(k: KeyFigure, lang: Lang, t: Translate): string {
  return plural(t, lang, "keys.computed", k.stages ?? 0);
}
