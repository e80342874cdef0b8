import "virtual:i18n/en/people";
import { LocalText } from "../components/LocalText";
import { useId } from "react";
import type { ReleaseData } from "../data/schema";
import type { Translate } from "../i18n";
import { formatDate, formatMeasure, type Lang } from "../i18n/format";
import { SourceLinks } from "../components/SourceLinks";
import { RecordText, Src } from "./bits";
import type { CardView, ReportedDays, SpanView } from "./model";
import {
  articlesText,
  computedDays,
  computedSentence,
  daysText,
  nameOf,
  spanStartText,
  stateDate,
  stateLabel,
} from "./text";

interface PersonCardProps {
  card: CardView;
  release: ReleaseData;
  lang: Lang;
  t: Translate;
  /** Heading level: 3 inside the People section, 2 in the dialog. */
  level?: 2 | 3;
  /** Highlighted (the selected person). */
  current?: boolean;
  /** Id for the heading (the dialog is labelled by it). */
  titleId?: string;
  /** Also show the notes of the person's death or incommunicado record (in the dialog). */
  detailed?: boolean;
}

/** One named person: status, dates, day counts (reported beside computed), criminal case, and the sources. */
export function PersonCard({
  card,
  release,
  lang,
  t,
  level = 3,
  current = false,
  titleId,
  detailed = false,
}: PersonCardProps) {
  const ownId = useId();
  const headingId = titleId ?? ownId;
  const { person, death, span, state, custody } = card;
  const name = nameOf(person, lang);
  const H = level === 2 ? "h2" : "h3";
  const c = person.criminalCase;
  return (
    <article
      className="person-card"
      data-person={person.id}
      aria-labelledby={headingId}
      aria-current={current ? "true" : undefined}
    >
      <H id={headingId} className="person-name" lang={name.fallback ? "en" : undefined}>
        {name.text}
      </H>
      {person.about && (
        <p className="person-about">
          <RecordText text={person.about.text} lang={lang} />
          <Src release={release} ids={person.about.sources} />
        </p>
      )}
      <dl className="person-facts">
        {state && (
          <>
            <dt>{t("people.card.status")}</dt>
            <dd>
              <strong className={`person-state state-${state.value}`}>{stateLabel(state.value, t)}</strong>
              {" — "}
              {state.value === "incommunicado" && span ? (
                <SpanText span={span} lang={lang} t={t} />
              ) : (
                stateDate(state.value, state.date, lang, t)
              )}
              <Src
                release={release}
                ids={state.value === "incommunicado" && span ? span.record.sources : state.sources}
              />
              {state.note && (
                <span className="person-note">
                  {" "}
                  <RecordText text={state.note} lang={lang} />
                </span>
              )}
              {death && (
                <span className="person-death">
                  {". "}
                  <RecordText text={death.institution} lang={lang} />
                  {death.age.length > 0 && (
                    <>
                      {"; "}
                      {t("people.deaths.age", { age: death.age.map((a) => formatMeasure(a, lang)).join(" / ") })}
                    </>
                  )}
                  <Src release={release} ids={death.sources} />
                </span>
              )}
            </dd>
          </>
        )}
        {span && state?.value !== "incommunicado" && (
          <>
            <dt>{t("people.card.incommunicado")}</dt>
            <dd>
              <SpanText span={span} lang={lang} t={t} />
              <Src release={release} ids={span.record.sources} />
            </dd>
          </>
        )}
        {custody && (
          <>
            <dt>{t("people.card.inCustodySince")}</dt>
            <dd>
              {formatDate(custody.since.date, lang)}
              <Src release={release} ids={custody.since.sources} />
              {custody.since.note && (
                <>
                  {" "}
                  <LocalText text={custody.since.note} lang={lang} className="person-note" />
                </>
              )}{" "}
              {custody.count && <span className="computed">{computedSentence(custody.count, lang, t)}.</span>}
            </dd>
          </>
        )}
        {card.daysInCustody.map((r, i) => (
          <DaysRow key={i} r={r} release={release} lang={lang} t={t} />
        ))}
        {c && (
          <>
            <dt>{c.stage === "charged" ? t("people.case.charged") : t("people.case.sentence")}</dt>
            <dd>
              {c.sentence && <RecordText text={c.sentence} lang={lang} />}
              {c.date && (
                <>
                  {c.sentence ? ", " : ""}
                  {formatDate(c.date, lang)}
                </>
              )}
              {c.articles.length > 0 && (
                <>
                  {c.sentence || c.date ? "; " : ""}
                  {articlesText(c.articles, lang, t)}
                </>
              )}
              <Src release={release} ids={c.sources} />
            </dd>
          </>
        )}
        <dt>{t("people.card.nameSources")}</dt>
        <dd>
          <SourceLinks release={release} ids={person.nameSources} label={false} />
        </dd>
      </dl>
      {detailed &&
        [death?.note, span?.record.note].map(
          (note, i) =>
            note && (
              <p key={i} className="person-about">
                <RecordText text={note} lang={lang} />
              </p>
            ),
        )}
    </article>
  );
}

function DaysRow({ r, release, lang, t }: { r: ReportedDays; release: ReleaseData; lang: Lang; t: Translate }) {
  return (
    <>
      <dt>{t("people.card.daysInCustody")}</dt>
      <dd className="days-compare">
        <span className="days-reported">
          {t("people.days.reported", { days: daysText(r.claim, lang, t), date: formatDate(r.claim.asOf, lang) })}
          <Src release={release} ids={r.claim.sources} />
        </span>
        {r.computed && (
          <span className="days-computed">
            {" · "}
            {computedSentence(r.computed, lang, t)}
            {!r.agrees && <strong className="days-differs"> — {t("people.days.differs")}</strong>}
          </span>
        )}
        {r.claim.note && (
          <>
            {" "}
            <LocalText text={r.claim.note} lang={lang} className="person-note" />
          </>
        )}
      </dd>
    </>
  );
}

/** "February 2023 – 12 November 2024 (contact resumed); about 650 days". */
function SpanText({ span, lang, t }: { span: SpanView; lang: Lang; t: Translate }) {
  return (
    <>
      {spanStartText(span, lang, t)} –{" "}
      {span.open
        ? t("people.inc.stillAsOf", { date: formatDate(span.end, lang) })
        : `${formatDate(span.end, lang)} (${t(`people.inc.how.${span.record.ended!.how}`)})`}
      {"; "}
      {computedDays(span.computed, lang, t)}
    </>
  );
}
