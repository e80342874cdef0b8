import { memo } from "react";
import type { PardonStage } from "../../data/schema";

export type StageKind = PardonStage["kind"];

/** Colour of each kind: ordinary pardons, amnesty and pardons of foreigners share the pardon hue and
 * differ by pattern; US-brokered releases differ by both hue and hatching. */
export const KIND_COLOR: Record<StageKind, string> = {
  pardon: "var(--c-pardon)",
  amnesty: "var(--c-pardon)",
  foreigners: "var(--c-pardon)",
  us_brokered: "var(--c-us)",
};

export const KINDS: readonly StageKind[] = ["pardon", "us_brokered", "amnesty", "foreigners"];

export const patternId = (prefix: string, kind: StageKind) => `${prefix}-${kind}`;

/** Fill of a bar of this kind: a flat colour for pardons, a pattern for the others. */
export function kindFill(prefix: string, kind: StageKind): string {
  return kind === "pardon" ? KIND_COLOR.pardon : `url(#${patternId(prefix, kind)})`;
}

/** SVG patterns for the kinds; rendered once per chart (memoised: a range change leaves them), used by the bars and
 * the legend swatches. */
export const KindPatterns = memo(function KindPatterns({ prefix }: { prefix: string }) {
  return (
    <svg className="pattern-defs" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id={patternId(prefix, "us_brokered")}
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="var(--c-us)" fillOpacity="0.35" />
          <rect width="3" height="6" fill="var(--c-us)" />
        </pattern>
        <pattern id={patternId(prefix, "amnesty")} width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="var(--c-pardon)" fillOpacity="0.3" />
          <circle cx="2.5" cy="2.5" r="1.4" fill="var(--c-pardon)" />
        </pattern>
        <pattern id={patternId(prefix, "foreigners")} width="6" height="6" patternUnits="userSpaceOnUse">
          <rect width="6" height="6" fill="var(--c-pardon)" fillOpacity="0.3" />
          <rect width="6" height="2" fill="var(--c-pardon)" />
          <rect width="2" height="6" fill="var(--c-pardon)" />
        </pattern>
      </defs>
    </svg>
  );
});
