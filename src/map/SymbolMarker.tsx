import { divIcon, type LeafletKeyboardEvent, type Marker as LeafletMarker } from "leaflet";
import { memo, useEffect, useMemo, useRef } from "react";
import { Marker, Tooltip } from "react-leaflet";
import { drawSymbol, symbolHtml } from "./symbolShapes";
import { MAX_R, type MapSymbol } from "./symbols";

interface SymbolMarkerProps {
  symbol: MapSymbol;
  /** Accessible name: places, figures, category, dates. */
  label: string;
  /** Category letter in the reader's language. */
  letter: string;
  selected: boolean;
  /** At a place the search found. */
  match: boolean;
  onSelect: (id: string | null) => void;
  /** Move keyboard focus to the previous (-1) or next (+1) symbol, or the first / last (±Infinity). */
  onStep: (id: string, step: number) => void;
}

const STEP_KEYS: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/**
 * One event as a keyboard-focusable Leaflet marker (role=button, tabindex=0) whose DivIcon holds
 * the symbol's SVG. Enter or Space selects it, arrows step to the next symbol, Esc deselects.
 * Smaller symbols sit above larger ones so every one of them stays clickable.
 */
export const SymbolMarker = memo(function SymbolMarker({
  symbol,
  label,
  letter,
  selected,
  match,
  onSelect,
  onStep,
}: SymbolMarkerProps) {
  const ref = useRef<LeafletMarker>(null);
  const { id, rings, kind, view, dx } = symbol;
  const category = view.event.category;
  // Symbols are laid out afresh whenever the events shown change: the icon (a new DOM element for Leaflet)
  // and the position are kept for as long as what they are made of is the same.
  const ringsKey = rings.map((ring) => `${ring.r}:${ring.qualifier}`).join(",");
  const icon = useMemo(() => {
    const half = symbol.r;
    const d = drawSymbol({ rings, category, region: kind === "region", letter, half });
    const state = `${selected ? " is-selected" : ""}${match ? " is-match" : ""}`;
    return divIcon({
      html: symbolHtml(d, label),
      className: `det-icon kind-${kind}${state}`,
      iconSize: [d.size, d.size],
      iconAnchor: [d.size / 2 - dx, d.size / 2],
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `rings` is keyed by its content (ringsKey)
  }, [ringsKey, kind, category, dx, letter, label, selected, match, symbol.r]);
  const { lat, lon } = symbol.anchor;
  const position = useMemo((): [number, number] => [lat, lon], [lat, lon]);
  const tooltipOffset = useMemo((): [number, number] => [dx, -symbol.r - 4], [dx, symbol.r]);

  const handlers = useMemo(
    () => ({
      click: () => onSelect(id),
      keydown: (e: LeafletKeyboardEvent) => {
        const key = e.originalEvent.key;
        if (key === "Enter" || key === " ") onSelect(id);
        else if (key === "Escape") onSelect(null);
        else if (key in STEP_KEYS) onStep(id, STEP_KEYS[key]!);
        else return;
        e.originalEvent.preventDefault();
        e.originalEvent.stopPropagation();
      },
    }),
    [id, onSelect, onStep],
  );

  // The icon element is reused by Leaflet when the icon changes, so focus survives selection.
  useEffect(() => {
    ref.current?.getElement()?.setAttribute("data-event", id);
  }, [id, icon]);

  return (
    <Marker
      ref={ref}
      position={position}
      icon={icon}
      keyboard
      title=""
      zIndexOffset={Math.round((3 * MAX_R - symbol.r) * 1000) + (selected ? 200_000 : 0)}
      eventHandlers={handlers}
    >
      {/* Hover and keyboard focus show what the symbol is; the popup (click, Enter) shows everything. */}
      {!selected && (
        <Tooltip direction="top" offset={tooltipOffset} className="det-tooltip">
          {label}
        </Tooltip>
      )}
    </Marker>
  );
});
