import "virtual:i18n/en/people";
import { LocalText } from "../components/LocalText";
import { formatDate, formatMeasure } from "../i18n/format";
import type { WidgetContext } from "../widgets/types";
import type { Note } from "../data/schema";
import { RecordText, Src } from "./bits";
import type { DeathView } from "./model";
import { PersonLink } from "./PersonLink";
import { articlesText, daysText } from "./text";

/** One death in custody: dates (death and, where it differs, when it became known), age, place, sentence. */
export function DeathEntry({ view, ctx }: { view: DeathView; ctx: WidgetContext }) {
  const { release, lang, t, setView } = ctx;
  const { death, person } = view;
  const place = death.place ? release.places.find((p) => p.id === death.place) : undefined;
  const c = person.criminalCase;
  return (
    <li className="death-entry" id={`death-${person.id}`} data-person={person.id}>
      <p className="death-head">
        <span className={`death-count ${death.ordinal ? "counted" : "uncounted"}`}>
          {death.ordinal ? t("people.deaths.ordinal", { n: death.ordinal }) : t("people.deaths.notCounted")}
        </span>{" "}
        <PersonLink person={person} lang={lang} setView={setView} />
      </p>
      <dl className="death-facts">
        <dt>{t("people.deaths.died")}</dt>
        <dd>
          {death.died.map((d, i) => (
            <span key={`${d.date}-${i}`} className="death-date">
              {i > 0 && <> {t("people.deaths.or")} </>}
              <strong>{formatDate(d.date, lang)}</strong>
              <Src release={release} ids={d.sources} />
              {d.note && (
                <>
                  {" "}
                  <LocalText text={d.note} lang={lang} className="person-note" />
                </>
              )}
            </span>
          ))}
        </dd>
        {view.reportedLater.map(({ claim, delay }) => (
          <ReportedLater key={claim.date} date={claim.date} sources={claim.sources} note={claim.note} ctx={ctx}>
            {delay && delay.days > 0 && (
              <>
                {" — "}
                {t("people.deaths.later", {
                  days: daysText({ value: delay.days, qualifier: delay.approximate ? "about" : "exact" }, lang, t),
                })}
              </>
            )}
          </ReportedLater>
        ))}
        {view.reportedSameDay.length > 0 && view.reportedLater.length === 0 && (
          <>
            <dt>{t("people.deaths.reported")}</dt>
            <dd>
              {t("people.deaths.sameDay")}
              <Src release={release} ids={view.reportedSameDay.flatMap((r) => r.sources)} />
            </dd>
          </>
        )}
        {death.age.length > 0 && (
          <>
            <dt>{t("people.deaths.ageLabel")}</dt>
            <dd>
              {death.age.map((a, i) => (
                <span key={i}>
                  {i > 0 && <> {t("people.deaths.or")} </>}
                  {formatMeasure(a, lang)}
                  <Src release={release} ids={a.sources} />
                  {a.note && (
                    <>
                      {" "}
                      <LocalText text={a.note} lang={lang} className="person-note" />
                    </>
                  )}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t("people.deaths.place")}</dt>
        <dd>
          <RecordText text={death.institution} lang={lang} />
          {place && lang !== "en" && <> ({place.names[lang]})</>}
          <Src release={release} ids={death.sources} />
        </dd>
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
      </dl>
      {death.note && (
        <p className="death-note">
          <RecordText text={death.note} lang={lang} />
        </p>
      )}
    </li>
  );
}

interface ReportedLaterProps {
  date: string;
  sources: string[];
  note?: Note;
  ctx: WidgetContext;
  children?: React.ReactNode;
}

function ReportedLater({ date, sources, note, ctx, children }: ReportedLaterProps) {
  const { release, lang, t } = ctx;
  return (
    <>
      <dt>{t("people.deaths.reported")}</dt>
      <dd className="death-reported-date">
        <strong>{formatDate(date, lang)}</strong>
        {children}
        <Src release={release} ids={sources} />
        {note && (
          <>
            {" "}
            <LocalText text={note} lang={lang} className="person-note" />
          </>
        )}
      </dd>
    </>
  );
}
