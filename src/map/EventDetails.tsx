import "virtual:i18n/en/map";
import { LocalText } from "../components/LocalText";
import { SourceLinks } from "../components/SourceLinks";
import type { ReleaseData } from "../data/schema";
import type { Translate } from "../i18n";
import { formatMeasure, type Lang } from "../i18n/format";
import type { EventView } from "./detentionModel";
import { ClaimGlyph } from "./Legend";
import { categoryLetter, categoryText, datesText, placesText } from "./eventText";

interface EventDetailsProps {
  view: EventView;
  release: ReleaseData;
  lang: Lang;
  t: Translate;
  /** Heading level inside the popup or panel. */
  headingLevel?: 3 | 4;
}

/** Everything known about one event: places, dates, every figure with its own sources, context,
 * category, the disagreement if any, and the event's sources. Shared by the map popup and the
 * panel of nationwide events. */
export function EventDetails({ view, release, lang, t, headingLevel = 3 }: EventDetailsProps) {
  const { event } = view;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <div className="event-details" data-event={view.id}>
      <Heading className="event-title">{placesText(view, lang, t)}</Heading>
      <dl>
        <dt>{t("map.detail.dates")}</dt>
        <dd>{datesText(view, lang)}</dd>
        <dt>{t("map.detail.count")}</dt>
        <dd>
          {view.claims.length === 0 ? (
            <span className="count-unknown">{t("map.countUnknown")}</span>
          ) : (
            <ul className="claims">
              {view.claims.map((c, i) => (
                <li key={i} className={`claim claim-${c.qualifier}`}>
                  <ClaimGlyph qualifier={c.qualifier} category={event.category} />
                  <span>
                    <strong>{formatMeasure(c, lang)}</strong>
                    {c.note && (
                      <>
                        {" "}
                        <LocalText text={c.note} lang={lang} parens />
                      </>
                    )}{" "}
                    — <SourceLinks release={release} ids={c.sources} label={false} />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t("map.detail.category")}</dt>
        <dd>
          <span className={`cat-badge cat-${event.category}`} aria-hidden="true">
            {categoryLetter(event.category, t)}
          </span>{" "}
          {categoryText(event.category, t)}
        </dd>
        <dt>{t("map.detail.context")}</dt>
        <LocalText as="dd" text={event.context} lang={lang} />
        {event.conflict && (
          <>
            <dt>{t("map.detail.conflict")}</dt>
            <LocalText as="dd" text={event.conflict} lang={lang} className="conflict" />
          </>
        )}
      </dl>
      <p className="event-sources">
        <SourceLinks release={release} ids={event.sources} />
      </p>
    </div>
  );
}
