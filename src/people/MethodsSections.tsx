import "virtual:i18n/en/people";
import "virtual:i18n/en/methods";
import { LocalText } from "../components/LocalText";
import { QualifierMark } from "../charts/common/QualifierMark";
import type { Qualifier, ReleaseData } from "../data/schema";
import type { MessageKey, Translate } from "../i18n";
import { formatDate, formatMeasure, formatNumber, type Lang } from "../i18n/format";

const FIGURES = ["prisoners", "pardons", "detentions", "treason", "deaths", "incommunicado"] as const;

const EXAMPLES: { q: Qualifier; value: number; hi?: number }[] = [
  { q: "exact", value: 1275 },
  { q: "at_least", value: 80 },
  { q: "about", value: 100 },
  { q: "more_than", value: 600 },
  { q: "fewer_than", value: 10 },
  { q: "range", value: 61, hi: 62 },
];

interface Props {
  release: ReleaseData;
  lang: Lang;
  t: Translate;
}

/** The methods text: counting rules per figure, qualifiers, undercounts, conflicts, safety, releases, citing. */
export function MethodsSections({ release, lang, t }: Props) {
  const { entry } = release;
  const citeUrl = `${window.location.origin}${window.location.pathname}?release=${entry.id}`;
  return (
    <div className="methods">
      <section id="methods-counting" aria-labelledby="methods-counting-h">
        <h3 id="methods-counting-h">{t("methods.counting.title")}</h3>
        <dl className="methods-figures">
          {FIGURES.map((f) => (
            <div key={f}>
              <dt>{t(`methods.figure.${f}` as MessageKey)}</dt>
              <dd>{t(`methods.figureText.${f}` as MessageKey)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section id="methods-qualifiers" aria-labelledby="methods-qualifiers-h">
        <h3 id="methods-qualifiers-h">{t("methods.qualifiers.title")}</h3>
        <p>{t("methods.qualifiers.intro")}</p>
        <dl className="methods-qualifiers">
          {EXAMPLES.map(({ q, value, hi }) => (
            <div key={q} data-qualifier={q}>
              <dt>
                <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                  <QualifierMark x={9} y={10} r={5} qualifier={q} color="var(--text)" />
                </svg>
                <span className="qualifier-example">{formatMeasure({ value, qualifier: q, hi }, lang)}</span>
              </dt>
              <dd>{t(`methods.qualifier.${q}` as MessageKey)}</dd>
            </div>
          ))}
        </dl>
        <p>{t("methods.qualifiers.dates")}</p>
      </section>

      <section id="methods-undercount" aria-labelledby="methods-undercount-h">
        <h3 id="methods-undercount-h">{t("methods.undercount.title")}</h3>
        <p>{t("methods.undercount.text")}</p>
        <p>{t("methods.undercount.fear")}</p>
      </section>

      <section id="methods-conflicts" aria-labelledby="methods-conflicts-h">
        <h3 id="methods-conflicts-h">{t("methods.conflicts.title")}</h3>
        <p>{t("methods.conflicts.text")}</p>
        <p>{t("methods.conflicts.computed")}</p>
      </section>

      <section id="methods-people" aria-labelledby="methods-people-h">
        <h3 id="methods-people-h">{t("methods.people.title")}</h3>
        <p>{t("methods.people.text")}</p>
      </section>

      <section id="methods-releases" aria-labelledby="methods-releases-h">
        <h3 id="methods-releases-h">{t("methods.releases.title")}</h3>
        <p>{t("methods.releases.text")}</p>
        <p>
          {t("methods.releases.current", {
            id: entry.id,
            asOf: formatDate(entry.asOf, lang),
            published: formatDate(entry.published, lang),
          })}
        </p>
        <h4>{t("methods.releases.changelog")}</h4>
        <ul className="methods-changelog">
          {entry.changelog.map((c, i) => (
            <LocalText as="li" key={i} text={c} lang={lang} />
          ))}
        </ul>
        <h4>{t("methods.releases.files")}</h4>
        <ul className="methods-files">
          {entry.files.map((f) => (
            <li key={f.path}>
              <code>{f.path.split("/").pop()}</code>
              {" · "}
              {t("methods.releases.bytes", { n: formatNumber(f.bytes, lang) })}
              {" · SHA-256 "}
              <code className="hash">{f.sha256}</code>
            </li>
          ))}
        </ul>
      </section>

      <section id="methods-cite" aria-labelledby="methods-cite-h">
        <h3 id="methods-cite-h">{t("methods.cite.title")}</h3>
        <p>{t("methods.cite.text")}</p>
        <p className="methods-citation">
          <code>{t("methods.cite.example", { id: entry.id, asOf: formatDate(entry.asOf, lang), url: citeUrl })}</code>
        </p>
      </section>
    </div>
  );
}
