import "virtual:i18n/en/map";
import { memo, useId } from "react";
import type { ReleaseData } from "../data/schema";
import type { Translate } from "../i18n";
import type { Lang } from "../i18n/format";
import type { EventView } from "./detentionModel";
import { EventDetails } from "./EventDetails";
import { categoryLetter, categoryText, countText, datesText, placesText } from "./eventText";

interface UnlocatedPanelProps {
  /** Nationwide events and events at places without coordinates, newest first. */
  views: readonly EventView[];
  release: ReleaseData;
  lang: Lang;
  t: Translate;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/** The strip beside the map for figures that have no place on it; their sizes are not to scale. */
function UnlocatedPanelImpl({ views, release, lang, t, selectedId, onSelect }: UnlocatedPanelProps) {
  const id = useId();
  if (views.length === 0) return null;
  const selected = views.find((v) => v.id === selectedId);
  return (
    <div className="det-unlocated">
      <h3 id={`${id}-title`}>{t("map.unlocated.title")}</h3>
      <p className="det-note">{t("map.unlocated.note")}</p>
      <div className="det-unlocated-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
        <ul>
          {views.map((v) => (
            <li key={v.id} className={`cat-${v.event.category}`}>
              <button
                type="button"
                className="unlocated-item"
                aria-pressed={v.id === selectedId}
                onClick={() => onSelect(v.id === selectedId ? null : v.id)}
              >
                <span className={`cat-badge cat-${v.event.category}`} aria-hidden="true">
                  {categoryLetter(v.event.category, t)}
                </span>
                <span className="visually-hidden">{categoryText(v.event.category, t)}: </span>
                <span className="unlocated-count">{countText(v, lang, t)}</span>
                <span className="unlocated-when">{datesText(v, lang)}</span>
                {v.event.scope !== "national" && <span className="unlocated-where">{placesText(v, lang, t)}</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
      {selected && (
        <div className="det-unlocated-detail">
          <EventDetails view={selected} release={release} lang={lang} t={t} headingLevel={4} />
          <button type="button" onClick={() => onSelect(null)}>
            {t("map.detail.close")}
          </button>
        </div>
      )}
    </div>
  );
}

/** Memoised: the dashboard re-renders on every range change; this re-renders only when its props do. */
export const UnlocatedPanel = memo(UnlocatedPanelImpl);
