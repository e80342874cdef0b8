import { memo, useMemo, type ReactNode } from "react";
import type { Claim, ReleaseData } from "../data/schema";
import { keyFigures } from "../data/keyFigures";
import { useT, type DataText } from "../i18n";
import { formatDate, formatMeasure, type Lang } from "../i18n/format";
import { keyFigureComputed, keyFigureLabel, keyFigureParts } from "./keyFigureText";
import { LocalText } from "./LocalText";
import { SourceLinks } from "./SourceLinks";

interface KeyFiguresProps {
  release: ReleaseData;
  lang: Lang;
  /** Buttons beside the heading: the dashboard's Share (the dashboard draws this card without a widget frame,
   * which is where other widgets get theirs; in an embed or a slide the frame has them). */
  actions?: ReactNode;
}

// `note` is the record's own words (English, or en/be/ru); `computedNote` is ours, already in the reader's language.
type Figure = Pick<Claim, "value" | "qualifier" | "hi" | "sources" | "basis"> & {
  note?: DataText;
  computedNote?: string;
  asOf?: string;
};

/** Where a computed figure's workings are shown. */
const SEE_WIDGET: Record<string, string> = { pardoned: "pardon-timeline" };

/** One key figure; when sources disagree every version is shown with its own source. */
function FigureCard({
  id,
  figures,
  label,
  date,
  parts,
  release,
  lang,
}: {
  id: string;
  figures: Figure[];
  label: string;
  date?: string;
  /** What a computed figure is made of, in words. */
  parts?: string;
  release: ReleaseData;
  lang: Lang;
}) {
  const t = useT();
  if (figures.length === 0) return null;
  const [first, ...rest] = figures;
  return (
    <li className="key-figure" data-key={id}>
      <p className="key-value">{formatMeasure(first!, lang)}</p>
      <p className="key-label">{label}</p>
      {date && <p className="key-date">{t("keys.asOf", { date: formatDate(date, lang) })}</p>}
      {parts && <p className="key-parts">{parts}</p>}
      <p className="key-source">
        {first!.basis === "computed" ? (
          <a href={`#${SEE_WIDGET[id] ?? ""}`}>{first!.computedNote}</a>
        ) : (
          <SourceLinks release={release} ids={first!.sources} />
        )}
      </p>
      {rest.length > 0 && (
        <div className="key-conflict">
          <span>{first!.basis === "computed" ? t("keys.reportedTotals") : t("keys.conflict")} </span>
          {rest.map((f, i) => (
            <span key={i} className="key-conflict-claim">
              <strong>{formatMeasure(f, lang)}</strong>{" "}
              {f.asOf ? `(${t("keys.asOf", { date: formatDate(f.asOf, lang) })}) ` : ""}
              {f.computedNote ? (
                `(${f.computedNote}) `
              ) : f.note ? (
                // A source's note, often English only: LocalText marks it lang="en" and says "(in English)".
                <>
                  <LocalText text={f.note} lang={lang} parens />{" "}
                </>
              ) : (
                ""
              )}
              <SourceLinks release={release} ids={f.sources} label={false} />
            </span>
          ))}
        </div>
      )}
    </li>
  );
}

/** The headline numbers of a release, each with its qualifier, date and source (memoised: they do not follow
 * the time range, and the page re-renders on every change of it). */
export const KeyFigures = memo(KeyFiguresImpl);

function KeyFiguresImpl({ release, lang, actions }: KeyFiguresProps) {
  const t = useT();
  const figures = useMemo(() => keyFigures(release), [release]);
  return (
    <section className="key-figures" aria-labelledby="key-figures-title">
      {actions ? (
        <div className="key-figures-head">
          <h2 id="key-figures-title">{t("keys.heading")}</h2>
          {actions}
        </div>
      ) : (
        <h2 id="key-figures-title">{t("keys.heading")}</h2>
      )}
      <ul>
        {figures.map((k) => (
          <FigureCard
            key={k.id}
            id={k.id}
            figures={k.figures.map((f) =>
              f.basis === "computed" ? { ...f, computedNote: keyFigureComputed(k, lang, t) } : f,
            )}
            label={keyFigureLabel(k, lang, t)}
            date={k.date}
            parts={keyFigureParts(k, lang, t)}
            release={release}
            lang={lang}
          />
        ))}
      </ul>
    </section>
  );
}
