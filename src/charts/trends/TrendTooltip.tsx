import "virtual:i18n/en/trends";
import type { ReleaseData, SeriesId } from "../../data/schema";
import { LocalText } from "../../components/LocalText";
import { SourceLinks } from "../../components/SourceLinks";
import type { Translate } from "../../i18n";
import { formatDate, formatMeasure, type Lang } from "../../i18n/format";
import { QualifierMark } from "../common/QualifierMark";
import type { Annotation } from "./annotations";
import { conflictGroups, mergeSame, type TrendPoint } from "./trendModel";
import type { SeriesStyle } from "./TrendPanel";

interface TrendTooltipProps {
  points: readonly TrendPoint[];
  /** Context events between the previous observation date and this one. */
  context: readonly Annotation[];
  /** Opened by click, tap or keyboard: sources are links. */
  pinned: boolean;
  styles: Record<SeriesId, SeriesStyle>;
  release: ReleaseData;
  lang: Lang;
  t: Translate;
}

export function publisherNames(release: ReleaseData, ids: readonly string[]): string {
  const names = [...new Set(ids)].map((id) => release.sources.find((s) => s.id === id)?.publisher ?? id);
  return [...new Set(names)].join(", ");
}

/** What is known on one date: every figure with its qualifier, note and sources; disagreements flagged. */
export function TrendTooltip({ points: all, context, pinned, styles, release, lang, t }: TrendTooltipProps) {
  const points = mergeSame(all);
  const dates = [...new Set(points.map((p) => p.date))];
  const conflict = [...new Set(points.map((p) => p.seriesId))].some(
    (id) => conflictGroups(points.filter((p) => p.seriesId === id)).length > 0,
  );
  return (
    <div className="trend-tooltip">
      {dates.length === 1 && <p className="tt-date">{formatDate(dates[0]!, lang)}</p>}
      <ul className="tt-rows">
        {points.map((p) => (
          <li key={p.key} data-series={p.seriesId}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
              <QualifierMark x={7} y={7} r={3.5} qualifier={p.qualifier} color={styles[p.seriesId].color} />
            </svg>
            <span>
              {dates.length > 1 && <span className="tt-rowdate">{formatDate(p.date, lang)} · </span>}
              {styles[p.seriesId].label}: <strong className="tt-value">{formatMeasure(p, lang)}</strong>
              {p.note && (
                <>
                  {" "}
                  <LocalText text={p.note} lang={lang} parens className="tt-note" />
                </>
              )}
              <br />
              {pinned ? (
                <SourceLinks release={release} ids={p.sources} />
              ) : (
                <span className="sources">
                  {t(p.sources.length > 1 ? "source.labelPlural" : "source.label")}:{" "}
                  {publisherNames(release, p.sources)}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      {conflict && <p className="tt-conflict">{t("trends.tooltip.conflict")}</p>}
      {context.length > 0 && (
        <div className="tt-context">
          <span>{t("trends.tooltip.context")}</span>
          <ul>
            {context.slice(0, 3).map((a) => (
              <li key={a.id}>
                {a.dateText}: <span lang={a.textLang}>{a.text}</span>
                {a.textLang && <span className="in-english"> {t("text.inEnglish")}</span>}
              </li>
            ))}
            {context.length > 3 && <li>{t("trends.tooltip.more", { n: context.length - 3 })}</li>}
          </ul>
        </div>
      )}
    </div>
  );
}
