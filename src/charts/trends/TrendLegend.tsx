import "virtual:i18n/en/trends";
import { memo } from "react";
import type { Qualifier, SeriesId } from "../../data/schema";
import type { Translate } from "../../i18n";
import { QualifierLegend } from "../common/QualifierMark";
import type { Annotation } from "./annotations";
import type { SeriesStyle } from "./TrendPanel";
import { seriesIndex, type TrendSeries } from "./trendModel";

interface TrendLegendProps {
  series: readonly TrendSeries[];
  annotations: readonly Annotation[];
  styles: Record<SeriesId, SeriesStyle>;
  t: Translate;
}

const QUALIFIER_ORDER: Qualifier[] = ["exact", "about", "at_least", "more_than", "fewer_than", "range"];

/**
 * Keys for what the chart draws, listing only what is present: series, qualifier shapes, special marks.
 * Read from the series' cached indexes, and memoised: its props do not change with the range.
 */
export const TrendLegend = memo(function TrendLegend({ series, annotations, styles, t }: TrendLegendProps) {
  const indexes = series.map(seriesIndex);
  const qualifiers = Object.fromEntries(
    QUALIFIER_ORDER.filter((q) => indexes.some((i) => i.qualifiers.has(q))).map((q) => [q, t(`trends.qualifier.${q}`)]),
  ) as Partial<Record<Qualifier, string>>;
  const hasGap = indexes.some((i) => i.hasGap);
  const hasConflict = indexes.some((i) => i.conflicts.length > 0);
  const hasYear = indexes.some((i) => i.hasYear);
  const hasPardon = annotations.some((a) => a.kind === "pardon");
  const hasRule = annotations.some((a) => a.kind !== "pardon");
  const swatch = (d: string, cls: string, color = "var(--muted)") => (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true">
      <path d={d} className={cls} stroke={color} fill="none" />
    </svg>
  );
  return (
    <div className="trend-legend">
      <ul className="series-keys">
        {series.map((s) => (
          <li key={s.id} data-series={s.id}>
            {swatch("M1,7H21", "key-line", styles[s.id].color)}
            {styles[s.id].label}
          </li>
        ))}
      </ul>
      <QualifierLegend labels={qualifiers} />
      <ul className="qualifier-keys mark-keys">
        {hasGap && (
          <li>
            {swatch("M1,7H21", "key-gap")}
            {t("trends.legend.gap")}
          </li>
        )}
        {hasConflict && (
          <li>
            {swatch("M11,1V13", "key-conflict")}
            {t("trends.legend.conflict")}
          </li>
        )}
        {hasYear && (
          <li>
            {swatch("M3,4V10M3,7H19", "key-period")}
            {t("trends.legend.period")}
          </li>
        )}
        {hasRule && (
          <li>
            {swatch("M11,0V14", "key-rule")}
            {t("trends.legend.events")}
          </li>
        )}
        {hasPardon && (
          <li>
            {swatch("M11,14V7", "key-tick", "var(--c-pardon)")}
            {t("trends.legend.pardons")}
          </li>
        )}
      </ul>
    </div>
  );
});
