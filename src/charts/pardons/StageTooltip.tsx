import "virtual:i18n/en/pardons";
import type { ReleaseData } from "../../data/schema";
import { SourceLinks } from "../../components/SourceLinks";
import { LocalText } from "../../components/LocalText";
import { localText, type DataText, type Translate } from "../../i18n";
import { formatDate, formatDateRange, formatMeasure, type Lang } from "../../i18n/format";
import type { RecognitionView, StageView } from "./pardonModel";
import { breakdownItems, kindLabel, ordinal, stagesPhrase } from "./text";

interface TipProps {
  release: ReleaseData;
  lang: Lang;
  t: Translate;
}

/** A claim's note in brackets after its figure (English only in older releases, marked so by LocalText). */
function Note({ note, lang }: { note?: DataText; lang: Lang }) {
  return note ? (
    <>
      {" "}
      <LocalText text={note} lang={lang} parens />
    </>
  ) : null;
}

/** Everything known about one stage: every count with its source, the running totals, breakdown, ordinals. */
export function StageTooltip({ stage: s, release, lang, t }: TipProps & { stage: StageView }) {
  const { stage } = s;
  const [first, ...others] = s.counts;
  const items = breakdownItems(stage, lang, t);
  const breakdownSources = items.flatMap((b) => b.claim.sources);
  const computed = formatMeasure({ value: s.computed, qualifier: s.computedInexact ? "at_least" : "exact" }, lang);
  return (
    <div className="pardon-tip" data-stage={stage.id}>
      <p className="tip-head">
        <strong>{formatDate(stage.date, lang)}</strong> ·{" "}
        <span className={`tip-kind kind-${stage.kind}`}>{kindLabel(stage.kind, t)}</span>
      </p>
      <p className="tip-count">
        {t("pardons.tip.count")}:{" "}
        <strong className={`tip-value mark-${first!.qualifier}`}>{formatMeasure(first!, lang)}</strong>{" "}
        <SourceLinks release={release} ids={first!.sources} label={false} />
      </p>
      {others.length > 0 && (
        <div className="tip-disagree">
          <span>{t("pardons.tip.disagree")}</span>
          <ul>
            {others.map((c, i) => (
              <li key={i}>
                <strong className={`tip-value mark-${c.qualifier}`}>{formatMeasure(c, lang)}</strong>
                <Note note={c.note} lang={lang} /> <SourceLinks release={release} ids={c.sources} label={false} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={`tip-total${s.totalConflict ? " total-conflict" : ""}`}>
        <span>{t("pardons.panel.total")}:</span>
        <ul>
          {s.reported.map((c, i) => (
            <li key={`r${i}`} className="tip-reported">
              <strong>{t("pardons.tip.reported", { value: formatMeasure(c, lang) })}</strong>
              <Note note={c.note} lang={lang} /> <SourceLinks release={release} ids={c.sources} label={false} />
            </li>
          ))}
          <li className="tip-computed">
            {t("pardons.tip.computed", { value: computed, stages: stagesPhrase(s.computedStages, lang, t) })}
          </li>
          {s.otherComputed.map((c, i) => (
            <li key={`c${i}`} className="tip-other-computed">
              {t("pardons.tip.otherComputed", { value: formatMeasure(c, lang) })}{" "}
              <SourceLinks release={release} ids={c.sources} label={false} />
            </li>
          ))}
        </ul>
        {s.totalConflict && <p className="tip-conflict-note">≠ {t("pardons.tip.conflict")}</p>}
      </div>
      {items.length > 0 && (
        <p className="tip-breakdown">
          {t("pardons.tip.breakdown")}: <span className="breakdown-text">{items.map((b) => b.text).join(", ")}</span>{" "}
          <SourceLinks release={release} ids={breakdownSources} label={false} />
        </p>
      )}
      {stage.stageNumbers.length > 0 && (
        <div className="tip-numbers">
          <span>{t("pardons.tip.numbers")}:</span>
          <ul>
            {stage.stageNumbers.map((n, i) => (
              <li key={i}>
                {t("pardons.stageNumber", {
                  ordinal: ordinal(n.number, lang, t),
                  counting: localText(n.counting, lang),
                })}{" "}
                <SourceLinks release={release} ids={n.sources} label={false} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {stage.note && <LocalText as="p" text={stage.note} lang={lang} className="tip-note" />}
      {stage.conflict && <LocalText as="p" text={stage.conflict} lang={lang} className="tip-conflict-note" />}
    </div>
  );
}

/** A count of newly recognised political prisoners for one reported period, with every claim. */
export function RecognitionTooltip({ rec, release, lang, t }: TipProps & { rec: RecognitionView }) {
  const [first, ...others] = rec.claims;
  return (
    <div className="pardon-tip" data-recognition={rec.key}>
      <p className="tip-head">
        <strong>{formatDateRange(rec.startIso, rec.endIso, lang)}</strong>
      </p>
      <p className="tip-count">
        {t("pardons.rec.title")}:{" "}
        <strong className={`tip-value mark-${first!.qualifier}`}>{formatMeasure(first!, lang)}</strong>{" "}
        <Note note={first!.note} lang={lang} /> <SourceLinks release={release} ids={first!.sources} label={false} />
      </p>
      {others.length > 0 && (
        <div className="tip-disagree">
          <span>{t("pardons.tip.disagree")}</span>
          <ul>
            {others.map((c, i) => (
              <li key={i}>
                <strong className={`tip-value mark-${c.qualifier}`}>{formatMeasure(c, lang)}</strong>
                <Note note={c.note} lang={lang} /> <SourceLinks release={release} ids={c.sources} label={false} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
