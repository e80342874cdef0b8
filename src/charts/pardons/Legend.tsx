import "virtual:i18n/en/pardons";
import { memo } from "react";
import type { Translate } from "../../i18n";
import type { PardonView } from "./pardonModel";
import { KIND_COLOR, KINDS, kindFill, type StageKind } from "./patterns";
import { kindLabel } from "./text";

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** What each mark means, listing only what the current view shows. Shapes and patterns, not colour alone. */
export function Legend({ view, t, patternPrefix }: { view: PardonView; t: Translate; patternPrefix: string }) {
  return (
    <LegendList
      kinds={KINDS.filter((k) => view.stages.some((s) => s.stage.kind === k)).join(" ")}
      hasAlt={view.stages.some((s) => s.counts.length > 1) || view.recognitions.some((r) => r.claims.length > 1)}
      hasStages={view.stages.length > 0}
      hasReported={view.stages.some((s) => s.reported.length > 0)}
      hasConflict={view.stages.some((s) => s.totalConflict)}
      hasBars={view.recognitions.some((r) => !r.span)}
      hasSpans={view.recognitions.some((r) => r.span)}
      t={t}
      patternPrefix={patternPrefix}
    />
  );
}

/** The legend's list, memoised by what it shows (a new view on every range change seldom changes it). */
const LegendList = memo(function LegendList({
  kinds: kindList,
  hasAlt,
  hasStages,
  hasReported,
  hasConflict,
  hasBars,
  hasSpans,
  t,
  patternPrefix,
}: {
  /** The kinds shown, space-separated (a string, so that the memo compares it by value). */
  kinds: string;
  hasAlt: boolean;
  hasStages: boolean;
  hasReported: boolean;
  hasConflict: boolean;
  hasBars: boolean;
  hasSpans: boolean;
  t: Translate;
  patternPrefix: string;
}) {
  const kinds = kindList ? (kindList.split(" ") as StageKind[]) : [];
  return (
    <ul className="pardon-legend" aria-label={t("pardons.legend")}>
      {kinds.map((k) => (
        <li key={k} className={`legend-kind kind-${k}`}>
          <Swatch>
            <rect x="5" y="1" width="12" height="12" fill={kindFill(patternPrefix, k)} stroke={KIND_COLOR[k]} />
          </Swatch>
          {kindLabel(k, t)}
        </li>
      ))}
      {hasAlt && (
        <li className="legend-alt">
          <Swatch>
            <rect x="7" y="2" width="8" height="12" fill="var(--c-pardon)" />
            <line className="count-alt mark-exact" x1="3" x2="19" y1="7" y2="7" />
          </Swatch>
          {t("pardons.legend.alt")}
        </li>
      )}
      {hasStages && (
        <li className="legend-computed">
          <Swatch>
            <path className="total-computed" d="M1,12H8V6H15V2H21" />
          </Swatch>
          {t("pardons.legend.computed")}
        </li>
      )}
      {hasReported && (
        <li className="legend-reported">
          <Swatch>
            <circle cx="11" cy="7" r="4" fill="var(--text)" />
          </Swatch>
          {t("pardons.legend.reported")}
        </li>
      )}
      {hasConflict && (
        <li className="legend-conflict">
          <Swatch>
            <path className="total-computed" d="M1,3H11V3H21" />
            <line className="total-conflict" x1="11" x2="11" y1="3" y2="11" />
            <circle cx="11" cy="11" r="3" fill="var(--accent)" />
          </Swatch>
          {t("pardons.legend.conflict")}
        </li>
      )}
      {hasBars && (
        <li className="legend-recognised">
          <Swatch>
            <rect className="recognition-bar" x="2" y="1" width="18" height="9" />
          </Swatch>
          {t("pardons.legend.recognised")}
        </li>
      )}
      {hasSpans && (
        <li className="legend-span">
          <Swatch>
            <path className="span-bracket" d="M2,4V9H20V4" />
          </Swatch>
          {t("pardons.legend.span")}
        </li>
      )}
    </ul>
  );
});
