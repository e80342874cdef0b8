import { divIcon } from "leaflet";
import { useMemo, useState } from "react";
import { CircleMarker, Marker, Pane, Polyline, useMap, useMapEvents } from "react-leaflet";
import { placeLabels, type Obstacle, type TextLabel } from "./labelLayout";
import { escapeHtml } from "./symbolShapes";
import type { MapSymbol, TownLabel } from "./symbols";

function LabelMarker({ label }: { label: TextLabel }) {
  const icon = useMemo(
    () =>
      divIcon({
        html: `<span class="map-label-text ${label.placement}" style="--gap:${label.gap}px">${escapeHtml(label.text)}</span>`,
        className: `map-label ${label.className}`,
        iconSize: [0, 0],
        iconAnchor: [0, 0],
      }),
    [label.text, label.placement, label.gap, label.className],
  );
  return <Marker position={[label.at.lat, label.at.lon]} icon={icon} interactive={false} keyboard={false} />;
}

interface MapLabelsProps {
  labels: readonly TextLabel[];
  /** What labels should not cover: symbols and town dots. */
  obstacles: readonly Obstacle[];
}

/** Text on the map (towns, regions, neighbours): above connectors, below symbols, never clickable.
 * Town labels move to whichever side of their town is free at the current zoom. */
export function MapLabels({ labels, obstacles }: MapLabelsProps) {
  const map = useMap();
  const [zoom, setZoom] = useState(() => map.getZoom());
  // Distances between labels in pixels depend on the zoom only.
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const placed = useMemo(() => {
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    const size = map.getSize();
    const view = { x0: topLeft.x, y0: topLeft.y, x1: topLeft.x + size.x, y1: topLeft.y + size.y };
    return placeLabels(labels, obstacles, (p) => map.latLngToLayerPoint([p.lat, p.lon]), view);
    // zoom: the projection changes with it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [labels, obstacles, map, zoom]);
  return (
    <Pane name="det-labels" style={{ zIndex: 550, pointerEvents: "none" }}>
      {placed.map((l) => (
        <LabelMarker key={l.key} label={l} />
      ))}
    </Pane>
  );
}

interface TownsProps {
  towns: readonly TownLabel[];
  /** Group symbols, drawn with a thin line to each of their towns. */
  groups: readonly MapSymbol[];
}

/** Dots on the towns that events are at, and connectors from group symbols to their towns. */
export function TownDots({ towns, groups }: TownsProps) {
  return (
    <>
      {groups.flatMap((g) =>
        g.towns.map((p) => (
          <Polyline
            key={`${g.id}-${p.id}`}
            positions={[
              [g.anchor.lat, g.anchor.lon],
              [p.lat, p.lon],
            ]}
            // className is read when Leaflet creates the path, so it is a prop, not a pathOption.
            className="connector"
            interactive={false}
          />
        )),
      )}
      {towns.map(({ place }) => (
        <CircleMarker
          key={place.id}
          center={[place.lat, place.lon]}
          radius={3}
          className="town-dot"
          interactive={false}
        />
      ))}
    </>
  );
}
