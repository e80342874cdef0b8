import "virtual:i18n/en/map";
import { memo } from "react";
import type { Qualifier } from "../data/schema";
import type { MessageKey, Translate } from "../i18n";
import { formatNumber, type Lang } from "../i18n/format";
import { CATEGORIES, type Category } from "./detentionModel";
import { categoryLetter, categoryText } from "./eventText";
import { drawSymbol, type Shape, type SymbolInput } from "./symbolShapes";
import { sizeSteps } from "./sizeSteps";
import { MAX_R } from "./symbols";

export { sizeSteps };

/** One symbol drawn with React from the same shapes the map's icons use. */
export function SymbolGlyph(props: SymbolInput) {
  const d = drawSymbol(props);
  return (
    <svg
      className={`det-svg cat-${d.category}`}
      width={d.size}
      height={d.size}
      viewBox={`0 0 ${d.size} ${d.size}`}
      aria-hidden="true"
      focusable="false"
    >
      {d.shapes.map((s, i) => shapeElement(s, i))}
    </svg>
  );
}

/** One shape of a symbol drawing as a React element (the legend and the static map draw with it). */
export function shapeElement(s: Shape, key: number) {
  switch (s.kind) {
    case "circle":
      return <circle key={key} className={s.className} cx={s.cx} cy={s.cy} r={s.r} />;
    case "rect":
      return <rect key={key} className={s.className} x={s.x} y={s.y} width={s.size} height={s.size} />;
    case "text":
      return (
        <text key={key} className={s.className} x={s.x} y={s.y} textAnchor="middle" dominantBaseline="central">
          {s.text}
        </text>
      );
  }
}

interface LegendProps {
  t: Translate;
  lang: Lang;
  /** The map's radius scale, so the size key matches the symbols. */
  radius: (n: number) => number;
  /** Largest figure on the map (the scale's domain end). */
  max: number;
  /** Half the side of the "count unknown" square on the map. */
  half: number;
  qualifiers: Qualifier[];
}

/** How to read the map: size, qualifier styles, count unknown, group, region, category letters. */
function LegendImpl({ t, lang, radius, max, half, qualifiers }: LegendProps) {
  const cat: Category = "detention";
  const letter = categoryLetter(cat, t);
  return (
    <div className="det-legend">
      <h3 className="det-legend-title">{t("map.legend.title")}</h3>
      <div className="det-legend-size">
        <span>{t("map.legend.size")}</span>
        <ul>
          {sizeSteps(max).map((n) => (
            <li key={n}>
              <SymbolGlyph
                rings={[{ r: Math.min(MAX_R, radius(n)), qualifier: "exact" }]}
                category={cat}
                letter={letter}
              />
              {formatNumber(n, lang)}
            </li>
          ))}
        </ul>
      </div>
      <ul className="det-legend-keys">
        {qualifiers.map((q) => (
          <li key={q}>
            <SymbolGlyph rings={[{ r: 8, qualifier: q }]} category={cat} letter={letter} />
            {t(`map.legend.q.${q}` as MessageKey)}
          </li>
        ))}
        <li>
          <SymbolGlyph rings={[]} category={cat} letter={letter} half={half} />
          {t("map.legend.unknown")}
        </li>
        <li>
          <svg
            className="det-svg cat-detention det-legend-group"
            width="44"
            height="26"
            viewBox="0 0 44 26"
            aria-hidden="true"
          >
            <line className="connector" x1="22" y1="13" x2="4" y2="4" />
            <line className="connector" x1="22" y1="13" x2="40" y2="22" />
            <circle className="town-dot" cx="4" cy="4" r="3" />
            <circle className="town-dot" cx="40" cy="22" r="3" />
            <circle className="ring mark-exact" cx="22" cy="13" r="7" />
          </svg>
          {t("map.legend.group")}
        </li>
        <li>
          <SymbolGlyph rings={[{ r: 6, qualifier: "exact" }]} category={cat} letter={letter} region />
          {t("map.legend.region")}
        </li>
      </ul>
      <ul className="det-legend-keys det-legend-cats" aria-label={t("map.legend.letter")}>
        <li className="det-legend-note">{t("map.legend.letter")}:</li>
        {CATEGORIES.map((c) => (
          <li key={c}>
            <span className={`cat-badge cat-${c}`} aria-hidden="true">
              {categoryLetter(c, t)}
            </span>
            {categoryText(c, t)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A small ring in a figure's qualifier style, next to the figure in the list and the popup. */
export function ClaimGlyph({ qualifier, category }: { qualifier: Qualifier; category: Category }) {
  const halo = qualifier === "at_least" || qualifier === "more_than";
  return (
    <svg
      className={`det-svg cat-${category}`}
      width="14"
      height="14"
      viewBox="0 0 14 14"
      aria-hidden="true"
      focusable="false"
    >
      {halo && <circle className="halo" cx="7" cy="7" r="6.3" />}
      <circle className={`ring mark-${qualifier}`} cx="7" cy="7" r={halo ? 4.2 : 5.5} />
    </svg>
  );
}

/** Memoised: the dashboard re-renders on every range change; this re-renders only when its props do. */
export const Legend = memo(LegendImpl);
