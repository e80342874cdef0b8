import "virtual:i18n/en/changesPanel";
import type { Correction } from "../data/diff";
import { translator } from "../i18n";
import { formatMeasure, type Lang } from "../i18n/format";
import "./changes.css";

/** "corrected in release 2026-03-05: was 18, now at least 20" — for a mark's label or a tooltip. */
export function correctionLabel(c: Pick<Correction, "release" | "before" | "after">, lang: Lang): string {
  const t = translator(lang);
  const text = (claims: Correction["before"]) =>
    claims.length ? claims.map((x) => formatMeasure(x, lang)).join(" / ") : t("changes.absent");
  return t("changes.corrected", { release: c.release, before: text(c.before), after: text(c.after) });
}

interface CorrectionMarkProps {
  /** Centre of the mark in the chart's SVG coordinates. */
  x: number;
  y: number;
  /** The corrections of one record (from correctionsFor); one label lists them all. */
  corrections: readonly Correction[];
  lang: Lang;
  /** Half the mark's width in pixels. */
  size?: number;
}

/**
 * A small diamond with a "c" that a chart places next to a figure corrected in a release: its
 * accessible name and tooltip say which release corrected it, what it was and what it is now.
 */
export function CorrectionMark({ x, y, corrections, lang, size = 6 }: CorrectionMarkProps) {
  if (corrections.length === 0) return null;
  const label = corrections.map((c) => correctionLabel(c, lang)).join("; ");
  return (
    <g className="correction-mark" transform={`translate(${x},${y})`} role="img" aria-label={label}>
      <title>{label}</title>
      <path d={`M0,${-size}L${size},0L0,${size}L${-size},0Z`} />
      <text textAnchor="middle" dy="0.35em" aria-hidden="true">
        c
      </text>
    </g>
  );
}
