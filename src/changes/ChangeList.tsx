import "virtual:i18n/en/changes";
import { useMemo } from "react";
import { DIFF_KINDS, diffReleases, summarizeDiff } from "../data/diff";
import type { ReleaseData } from "../data/schema";
import type { Translate } from "../i18n";
import type { Lang } from "../i18n/format";
import { ChangeItem } from "./ChangeItem";

/** Long groups (new sources, dozens of observations) start closed so the figures stay in view. */
const OPEN_UP_TO = 8;

interface ChangeListProps {
  current: ReleaseData;
  previous: ReleaseData;
  lang: Lang;
  t: Translate;
}

/** The diff of two releases, one collapsible group per record type, most newsworthy first. */
export function ChangeList({ current, previous, lang, t }: ChangeListProps) {
  const diff = useMemo(() => diffReleases(previous, current), [previous, current]);
  const summary = summarizeDiff(diff);
  if (diff.changes.length === 0) return <p>{t("changes.none")}</p>;
  return (
    <div className="changes-groups">
      {DIFF_KINDS.filter((kind) => summary[kind]).map((kind) => {
        const s = summary[kind]!;
        const changes = diff.changes.filter((c) => c.kind === kind);
        return (
          <details key={kind} className="changes-group" data-kind={kind} open={changes.length <= OPEN_UP_TO}>
            <summary>
              <h3>{t(`changes.kind.${kind}`)}</h3>{" "}
              <span className="changes-count">
                {t("changes.count", { added: s.added, changed: s.changed, removed: s.removed })}
              </span>
            </summary>
            <ul className="changes-items">
              {changes.map((c) => (
                <ChangeItem key={c.id} change={c} current={current} previous={previous} lang={lang} t={t} />
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
