import "virtual:i18n/en/changes";
import "virtual:i18n/en/changesPanel";
import { figuresOf, type FigureClaim, type RecordChange } from "../data/diff";
import type { ReleaseData } from "../data/schema";
import { SourceLinks } from "../components/SourceLinks";
import type { Translate } from "../i18n";
import { formatMeasure, type Lang } from "../i18n/format";
import { fieldLabel, figureLabel, recordLabel, withheld } from "./labels";

interface ChangeItemProps {
  change: RecordChange;
  /** The shown release (after) and the one before it. */
  current: ReleaseData;
  previous: ReleaseData;
  lang: Lang;
  t: Translate;
}

/** Every claim of one side of a figure, each with its qualifier and its sources; "none" when absent. */
function Claims({
  claims,
  release,
  lang,
  t,
}: {
  claims: FigureClaim[];
  release: ReleaseData;
  lang: Lang;
  t: Translate;
}) {
  if (claims.length === 0) return <span className="change-absent">{t("changes.absent")}</span>;
  return (
    <ul className="change-claims">
      {claims.map((c, i) => (
        <li key={i}>
          <span className={`change-claim mark-${c.qualifier}`}>{formatMeasure(c, lang)}</span>{" "}
          <SourceLinks release={release} ids={c.sources} label={false} />
        </li>
      ))}
    </ul>
  );
}

/**
 * What else changed in a record, in words: fields such as "sources", and figures whose number stayed
 * the same but whose sources or notes changed ("People: sources or notes").
 */
function otherChanges(change: RecordChange, t: Translate): string[] {
  if (change.status !== "changed") return [];
  const changedFigures = new Set(change.figures.map((f) => f.figure));
  const sameFigures = [...new Set([...figuresOf(change.before).keys(), ...figuresOf(change.after).keys()])].filter(
    (f) => !changedFigures.has(f),
  );
  return change.fields.flatMap((field) => {
    if (change.figures.some((f) => f.figure === field || f.figure.startsWith(`${field}.`))) return [];
    const figures = sameFigures.filter((f) => f === field || f.startsWith(`${field}.`) || field === "claims");
    if (figures.length === 0) return [fieldLabel(field, t)];
    return figures.map((f) => t("changes.figureDetails", { figure: figureLabel(f, t) }));
  });
}

/** One added, changed or removed record: what it is, and its figures before and after. */
export function ChangeItem({ change, current, previous, lang, t }: ChangeItemProps) {
  const label = recordLabel(change, [current, previous], lang, t);
  const other = otherChanges(change, t);
  return (
    <li className={`change change-${change.status}`} data-kind={change.kind} data-id={change.id}>
      <p className="change-head">
        <span className="change-status">{t(`changes.status.${change.status}`)}</span>{" "}
        <span className="change-label">{label}</span>
      </p>
      {withheld(change) && <p className="change-fields">{t("changes.removedWithheld")}</p>}
      {change.figures.length > 0 && !withheld(change) && (
        <table className="change-figures">
          <caption className="visually-hidden">{t("changes.figuresOf", { record: label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("changes.figure")}</th>
              <th scope="col">{t("changes.before")}</th>
              <th scope="col">{t("changes.after")}</th>
            </tr>
          </thead>
          <tbody>
            {change.figures.map((f) => (
              <tr key={f.figure} data-figure={f.figure}>
                <th scope="row">{figureLabel(f.figure, t)}</th>
                <td className="change-before">
                  <Claims claims={f.before} release={previous} lang={lang} t={t} />
                </td>
                <td className="change-after">
                  <Claims claims={f.after} release={current} lang={lang} t={t} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {change.status === "changed" && other.length > 0 && (
        <p className="change-fields">
          {t(change.figures.length > 0 ? "changes.alsoChanged" : "changes.changedFields", { fields: other.join("; ") })}
        </p>
      )}
    </li>
  );
}
