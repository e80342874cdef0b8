/**
 * The react-leaflet map, loaded lazily so Leaflet stays out of the dashboard's first chunk. It is a
 * function of (symbols, labels, selection): the imperative Leaflet code lives in react-leaflet and
 * in the two small hooks at the bottom.
 */
import type { Map as LeafletMap, PathOptions } from "leaflet";
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode } from "react";
import { GeoJSON, MapContainer, Popup, TileLayer, useMap } from "react-leaflet";
import type { Feature } from "geojson";
import { basemap, BASEMAP_ATTRIBUTION, TILE_ATTRIBUTION, TILE_URL, type BasemapProps } from "./basemap";
import { BELARUS_BOUNDS, FIT_PADDING, MAX_ZOOM, MIN_ZOOM, ZOOM_SNAP } from "./initialView";
import type { TextLabel } from "./labelLayout";
import { MapLabels, TownDots } from "./MapLabels";
import { SymbolCanvas } from "./SymbolCanvas";
import { SymbolMarker } from "./SymbolMarker";
import { obstaclesOf, type MapSymbol, type TownLabel } from "./symbols";
import { useSummaryId } from "../widgets/summaryId";
import "./map.css";

export interface DetentionMapProps {
  symbols: readonly MapSymbol[];
  towns: readonly TownLabel[];
  labels: readonly TextLabel[];
  /** Accessible name of each symbol and its category letter. */
  describe: (s: MapSymbol) => { label: string; letter: string };
  selectedId: string | null;
  /** Ids of the events the search found: their symbols are highlighted. */
  matches: ReadonlySet<string>;
  onSelect: (id: string | null) => void;
  /** The popup of this event was closed (× or Esc); ignored by the owner when it is no longer selected. */
  onClose: (id: string) => void;
  /** The popup's content for a selected symbol. */
  details: (s: MapSymbol) => ReactNode;
  tiles: boolean;
  /** Accessible name of the map. */
  name: string;
  /** Too many symbols for a focusable marker each: paint them on a canvas (the list is the accessible route). */
  dense: boolean;
  /** Id of the note that says so, added to the map's description when dense. */
  noteId?: string;
}

const FIT: [number, number] = [FIT_PADDING, FIT_PADDING];
const MAX_BOUNDS: [[number, number], [number, number]] = [
  [49.5, 19.5],
  [58, 36.5],
];
const reducedMotion = () => typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;

const basemapStyle = (f?: Feature): PathOptions => ({
  className: (f?.properties as BasemapProps | undefined)?.role === "belarus" ? "map-land" : "map-neighbour",
  interactive: false,
});

function DetentionMap(props: DetentionMapProps) {
  const { symbols, towns, labels, describe, selectedId, matches, onSelect, onClose, details, tiles, name } = props;
  const { dense, noteId } = props;
  const selected = symbols.find((s) => s.id === selectedId);
  // Larger symbols first, so smaller ones are drawn (and clickable) on top.
  const ordered = useMemo(() => [...symbols].sort((a, b) => b.r - a.r), [symbols]);
  const wrap = useRef<HTMLDivElement>(null);
  const obstacles = useMemo(() => obstaclesOf(symbols, towns), [symbols, towns]);
  const groups = useMemo(() => (dense ? [] : symbols.filter((s) => s.kind === "group")), [symbols, dense]);
  const labelOf = useCallback((s: MapSymbol) => describe(s).label, [describe]);

  // Arrow keys step through the symbols in the order given (the list's order is the owner's).
  const order = useMemo(() => symbols.map((s) => s.id), [symbols]);
  const position = useMemo(() => new Map(order.map((id, i) => [id, i])), [order]);
  const onStep = useCallback(
    (id: string, step: number) => {
      const i = position.get(id) ?? 0;
      const next = step === -Infinity ? 0 : step === Infinity ? order.length - 1 : i + step;
      const target = order[Math.max(0, Math.min(order.length - 1, next))];
      const icons = wrap.current?.querySelectorAll<HTMLElement>(".det-icon[data-event]") ?? [];
      [...icons].find((el) => el.dataset.event === target)?.focus();
    },
    [order, position],
  );

  const motion = !reducedMotion();
  return (
    <div className={`det-map${tiles ? " tiles-on" : ""}`} ref={wrap}>
      <MapContainer
        bounds={BELARUS_BOUNDS}
        boundsOptions={{ padding: FIT }}
        maxBounds={MAX_BOUNDS}
        maxBoundsViscosity={0.7}
        minZoom={MIN_ZOOM}
        maxZoom={tiles ? 16 : MAX_ZOOM}
        zoomSnap={ZOOM_SNAP}
        zoomDelta={0.5}
        scrollWheelZoom={false}
        zoomAnimation={motion}
        fadeAnimation={motion}
        markerZoomAnimation={motion}
        inertia={motion}
        className="det-map-canvas"
      >
        <MapChrome name={name} motion={motion} describedBy={dense ? noteId : undefined} />
        {tiles && <TileLayer url={TILE_URL} attribution={TILE_ATTRIBUTION} />}
        <GeoJSON data={basemap} style={basemapStyle} attribution={BASEMAP_ATTRIBUTION} interactive={false} />
        {/* Connectors of a dense map are painted on its canvas. */}
        <TownDots towns={towns} groups={groups} />
        <MapLabels labels={labels} obstacles={obstacles} />
        {dense && (
          <SymbolCanvas
            symbols={ordered}
            selectedId={selectedId}
            matches={matches}
            onSelect={onSelect}
            labelOf={labelOf}
          />
        )}
        {dense ||
          ordered.map((s) => {
            const { label, letter } = describe(s);
            const match = matches.has(s.view.id);
            return (
              <SymbolMarker
                key={s.id}
                symbol={s}
                label={label}
                letter={letter}
                selected={s.id === selectedId}
                match={match}
                onSelect={onSelect}
                onStep={onStep}
              />
            );
          })}
        {selected && (
          <SelectedPopup key={selected.id} symbol={selected} onClose={onClose}>
            {details(selected)}
          </SelectedPopup>
        )}
      </MapContainer>
    </div>
  );
}

/** Memoised: the owner re-renders on every range change, the map only when what it shows changes. */
export default memo(DetentionMap);

interface SelectedPopupProps {
  symbol: MapSymbol;
  onClose: (id: string) => void;
  children: ReactNode;
}

/** The popup of the selected symbol; closing it (× or Esc) clears the selection. */
function SelectedPopup({ symbol, onClose, children }: SelectedPopupProps) {
  const map = useMap();
  const { x: width, y: height } = map.getSize();
  const { id } = symbol;
  // A layout effect: Esc works as soon as the popup is on screen, not after the next paint.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose(id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose, id]);
  const handlers = useMemo(() => ({ remove: () => onClose(id) }), [onClose, id]);
  return (
    <Popup
      position={[symbol.anchor.lat, symbol.anchor.lon]}
      offset={[symbol.dx, -symbol.r + 4]}
      maxWidth={Math.max(200, Math.min(340, width - 48))}
      minWidth={Math.min(240, width - 48)}
      // On a phone the map is shorter than an event's details: the popup scrolls instead of being cut off
      // (half the map's height leaves room above the symbol, as panning stops at the map's bounds).
      maxHeight={height >= 450 ? height - 80 : Math.max(140, Math.round(height / 2))}
      autoPanPadding={[12, 12]}
      keepInView={false}
      className="det-popup"
      eventHandlers={handlers}
    >
      {children}
    </Popup>
  );
}

/** Accessible name on the map container, no animated pans for reduced motion, and refitting to
 * Belarus when the container resizes. */
function MapChrome({ name, motion, describedBy }: { name: string; motion: boolean; describedBy?: string }) {
  const map = useMap();
  const summaryId = useSummaryId();
  useEffect(() => {
    if (motion) return;
    // Popups pan the map into view with an animation Leaflet offers no option for: turn it off here.
    const panBy = map.panBy.bind(map);
    map.panBy = (offset, options) => panBy(offset, { ...options, animate: false });
    return () => {
      map.panBy = panBy;
    };
  }, [map, motion]);
  useEffect(() => {
    const el = map.getContainer();
    el.setAttribute("role", "region");
    el.setAttribute("aria-label", name);
    const described = [summaryId, describedBy].filter(Boolean).join(" ");
    if (described) el.setAttribute("aria-describedby", described);
    else el.removeAttribute("aria-describedby");
  }, [map, name, summaryId, describedBy]);
  useRefitOnResize(map);
  return null;
}

function useRefitOnResize(map: LeafletMap) {
  useEffect(() => {
    const el = map.getContainer();
    if (typeof ResizeObserver === "undefined") return;
    let width = el.clientWidth;
    let moved = false;
    const markMoved = () => (moved = true);
    map.on("dragstart zoomstart", markMoved);
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      map.invalidateSize({ animate: false });
      if (!moved) {
        map.off("dragstart zoomstart", markMoved);
        map.fitBounds(BELARUS_BOUNDS, { padding: FIT, animate: false });
        map.on("dragstart zoomstart", markMoved);
      }
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      map.off("dragstart zoomstart", markMoved);
    };
  }, [map]);
}
