import "virtual:i18n/en/map";
import { memo, useId, useLayoutEffect, useState } from "react";
import { useSlideFit, useSlideHeight, type SlideFit } from "../charts/common/slideFit";
import type { ReleaseData } from "../data/schema";
import type { Translate } from "../i18n";
import { formatNumber, type Lang } from "../i18n/format";
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
  const fit = useSlideFit();
  if (views.length === 0) return null;
  if (fit) return <SlideList views={views} lang={lang} t={t} fit={fit} titleId={`${id}-title`} />;
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

/** Lines an entry takes on a slide (the figure, then its dates and place), with the gap below it. */
const ENTRY_LINES = 2.7;
/** Narrowest column of entries, in units of the slide's text size. */
const COLUMN_EMS = 11;

/**
 * On a briefing slide: the largest figures first, as many as the box holds at the slide's text size (in
 * columns), and how many more the handout lists. A projected list cannot be scrolled from the back of the room.
 */
function SlideList({
  views,
  lang,
  t,
  fit,
  titleId,
}: Pick<UnlocatedPanelProps, "views" | "lang" | "t"> & { fit: SlideFit; titleId: string }) {
  const [ref, height] = useSlideHeight<HTMLUListElement>(true);
  const width = ref.current?.clientWidth ?? 0;
  const columns = Math.max(1, Math.floor(width / (fit.font * COLUMN_EMS)));
  const rows = height === null ? 0 : Math.max(1, Math.floor(height / (fit.font * ENTRY_LINES)));
  // Entries whose figure or dates wrap take more room than estimated: drop one more until nothing spills over.
  const [drop, setDrop] = useState({ box: "", n: 0 });
  const box = `${width}×${height}×${fit.font}`;
  const dropped = drop.box === box ? drop.n : 0;
  const sorted = [...views].sort((a, b) => (b.max ?? -1) - (a.max ?? -1));
  const room = Math.max(1, rows * columns - dropped);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || height === null || room <= 1) return;
    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
      setDrop((d) => ({ box, n: (d.box === box ? d.n : 0) + 1 }));
  }, [ref, height, room, box]);
  // The last place goes to the "+ n more" line when not all fit.
  const shown = sorted.length <= room ? sorted : sorted.slice(0, Math.max(0, room - 1));
  const more = sorted.length - shown.length;
  return (
    <div className="det-unlocated det-unlocated-slide">
      <h3 id={titleId}>{t("map.unlocated.title")}</h3>
      <ul ref={ref} aria-labelledby={titleId} style={{ columnCount: columns }}>
        {shown.map((v) => (
          <li key={v.id} className={`cat-${v.event.category}`}>
            <span className="unlocated-figure">
              <span className={`cat-badge cat-${v.event.category}`} aria-hidden="true">
                {categoryLetter(v.event.category, t)}
              </span>
              <span className="visually-hidden">{categoryText(v.event.category, t)}: </span>
              <span className="unlocated-count">{countText(v, lang, t)}</span>
            </span>
            <span className="unlocated-when">
              {datesText(v, lang)}
              {v.event.scope !== "national" && ` · ${placesText(v, lang, t)}`}
            </span>
          </li>
        ))}
        {more > 0 && (
          <li className="unlocated-more">{t("map.unlocated.slideMore", { n: formatNumber(more, lang) })}</li>
        )}
      </ul>
    </div>
  );
}

/** Memoised: the dashboard re-renders on every range change; this re-renders only when its props do. */
export const UnlocatedPanel = memo(UnlocatedPanelImpl);
