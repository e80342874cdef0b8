/**
 * The map as a still SVG picture, shown while the Leaflet map loads (the Suspense fallback in
 * DetentionView) and so also in the build's prerendered embed, where Leaflet cannot run. It draws
 * Leaflet's first view (initialView.ts) with d3-geo: the offline outline, town dots, connectors, the
 * same symbols as the markers (drawSymbol) and the same labels (placeLabels), so the live map that
 * replaces it lines up with it. Nothing in it takes focus or a click: it is a picture with a name.
 *
 * A dense map (more symbols than DOM_SYMBOL_LIMIT) would be thousands of nodes: the picture draws the
 * largest DOM_SYMBOL_LIMIT only, without their letter badges (as the live canvas does), and says so.
 */
import { geoPath } from "d3-geo";
import { memo, useId, useMemo } from "react";
import type { Translate } from "../i18n";
import { formatNumber, type Lang } from "../i18n/format";
import { useSummaryId } from "../widgets/summaryId";
import { KeptGroup } from "../widgets/KeptGroup";
import { basemap } from "./basemap";
import type { LatLon } from "./detentionModel";
import { initialProjection, mapBox, projectionStream } from "./initialView";
import { placeLabels, type TextLabel } from "./labelLayout";
import { shapeElement } from "./Legend";
import { drawSymbol } from "./symbolShapes";
import { DOM_SYMBOL_LIMIT, obstaclesOf, type MapSymbol, type TownLabel } from "./symbols";
import "./staticMap.css";
import { plural } from "../i18n/plural";

export interface StaticMapProps {
  symbols: readonly MapSymbol[];
  towns: readonly TownLabel[];
  labels: readonly TextLabel[];
  /** Category letter of a symbol in the reader's language. */
  letterOf: (s: MapSymbol) => string;
  /** Width of the map column in CSS pixels. */
  width: number;
  lang: Lang;
  t: Translate;
}

const round = (n: number) => Math.round(n * 10) / 10;
const LINE = 14;

/** Outlines of Belarus and its neighbours in a map of this inner size, as SVG path data. */
function outlines(width: number, height: number) {
  const path = geoPath(projectionStream(initialProjection(width, height))).digits(1);
  return basemap.features.map((f) => ({ key: f.properties.iso, role: f.properties.role, d: path(f) ?? "" }));
}

function StaticMap({ symbols, towns, labels, letterOf, width, lang, t }: StaticMapProps) {
  const { inner } = mapBox(width);
  const { width: w, height: h } = inner;
  const noteId = useId();
  const summaryId = useSummaryId();
  const dense = symbols.length > DOM_SYMBOL_LIMIT;
  const drawnCount = dense ? DOM_SYMBOL_LIMIT : symbols.length;
  const note = dense
    ? plural(t, lang, "map.static.largest", drawnCount, { total: formatNumber(symbols.length, lang) })
    : "";
  const describedBy = [summaryId, note ? noteId : undefined].filter(Boolean).join(" ") || undefined;

  return (
    <div className="det-map-static">
      <svg
        className="det-svg static-map"
        viewBox={`0 0 ${w} ${h}`}
        width={w}
        height={h}
        role="img"
        aria-label={t("map.mapLabel")}
        aria-describedby={describedBy}
        focusable="false"
      >
        {/* Kept as the build drew it while the page hydrates: the live map replaces the picture right after. */}
        <KeptGroup deps={[symbols, towns, labels, letterOf, w, h]}>
          <StaticMarks symbols={symbols} towns={towns} labels={labels} letterOf={letterOf} w={w} h={h} />
        </KeptGroup>
        {note && (
          <text id={noteId} className="static-map-note" x={8} y={h - 8}>
            {note}
          </text>
        )}
      </svg>
    </div>
  );
}

/** The outlines, connectors, town dots, labels and symbols of the picture. */
function StaticMarks({
  symbols,
  towns,
  labels,
  letterOf,
  w,
  h,
}: Pick<StaticMapProps, "symbols" | "towns" | "labels" | "letterOf"> & { w: number; h: number }) {
  const xy = useMemo(() => {
    const project = initialProjection(w, h);
    return (p: LatLon) => {
      const [x, y] = project(p.lon, p.lat);
      return { x, y };
    };
  }, [w, h]);
  const shapes = useMemo(() => outlines(w, h), [w, h]);
  const dense = symbols.length > DOM_SYMBOL_LIMIT;
  // Larger symbols first (underneath), as on the live map; on a dense map only the largest are drawn.
  const drawn = useMemo(() => {
    const ordered = [...symbols].sort((a, b) => b.r - a.r);
    return dense ? ordered.slice(0, DOM_SYMBOL_LIMIT) : ordered;
  }, [symbols, dense]);
  const placed = useMemo(
    () => placeLabels(labels, obstaclesOf(symbols, towns), xy, { x0: 0, y0: 0, x1: w, y1: h }),
    [labels, symbols, towns, xy, w, h],
  );
  const groups = dense ? [] : drawn.filter((s) => s.kind === "group");
  return (
    <>
      {shapes.map((s) => (
        <path key={s.key} className={s.role === "belarus" ? "static-map-land" : "static-map-neighbour"} d={s.d} />
      ))}
      {groups.flatMap((g) => {
        const a = xy(g.anchor);
        return g.towns.map((p) => {
          const b = xy(p);
          return (
            <line
              key={`${g.id}-${p.id}`}
              className="connector"
              x1={round(a.x)}
              y1={round(a.y)}
              x2={round(b.x)}
              y2={round(b.y)}
            />
          );
        });
      })}
      {towns.map(({ place }) => {
        const p = xy(place);
        return <circle key={place.id} className="town-dot" cx={round(p.x)} cy={round(p.y)} r={3} />;
      })}
      {placed.map((l) => (
        <StaticLabel key={l.key} label={l} at={xy(l.at)} />
      ))}
      {drawn.map((s) => (
        <StaticSymbol key={s.id} symbol={s} at={xy(s.anchor)} letter={dense ? "" : letterOf(s)} />
      ))}
    </>
  );
}

export default memo(StaticMap);

/** One symbol as the markers draw it (drawSymbol), without the focus ring nobody can focus here. */
function StaticSymbol({ symbol: s, at, letter }: { symbol: MapSymbol; at: { x: number; y: number }; letter: string }) {
  const d = drawSymbol({
    rings: s.rings,
    category: s.view.event.category,
    region: s.kind === "region",
    letter,
    half: s.r,
  });
  const shapes = d.shapes.filter((x) => x.className !== "sym-focus" && (letter || !x.className.startsWith("badge")));
  const x = round(at.x + s.dx - d.size / 2);
  const y = round(at.y - d.size / 2);
  return (
    <g className={`static-map-symbol kind-${s.kind} cat-${d.category}`} transform={`translate(${x} ${y})`}>
      {shapes.map((shape, i) => shapeElement(shape, i))}
    </g>
  );
}

/** A label where placeLabels put it: the same sides and gaps as the live map's label markers. */
function StaticLabel({ label: l, at }: { label: TextLabel; at: { x: number; y: number } }) {
  const lines = l.text.split("\n");
  const className = `static-map-label ${l.className} ${l.placement}`;
  const x = round(l.placement === "right" ? at.x + l.gap : l.placement === "left" ? at.x - l.gap : at.x);
  const anchor = l.placement === "right" ? "start" : l.placement === "left" ? "end" : "middle";
  if (l.placement === "below") {
    return (
      <text className={className} x={x} y={round(at.y + l.gap)} textAnchor={anchor} dominantBaseline="hanging">
        {lines.map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : LINE}>
            {line}
          </tspan>
        ))}
      </text>
    );
  }
  return (
    <text className={className} x={x} y={round(at.y)} textAnchor={anchor} dominantBaseline="central">
      {l.text}
    </text>
  );
}
