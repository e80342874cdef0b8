/** Plain Leaflet: the offline outline as a GeoJSON layer and one circle marker per event (SVG renderer). */
import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { container, detentionDots, markReady, outline, run } from "./common";

run(
  {
    map: async () => {
      const [geo, dots] = await Promise.all([outline(), detentionDots()]);
      const map = L.map(container, { zoomSnap: 0.25 });
      const land = L.geoJSON(geo, { style: { color: "#fff", weight: 1, fillColor: "#ddd", fillOpacity: 1 } }).addTo(
        map,
      );
      map.fitBounds(land.getBounds().pad(-0.2));
      const max = Math.max(1, ...dots.map((d) => d.count));
      for (const d of dots) {
        L.circleMarker([d.lat, d.lon], {
          radius: 3 + 20 * Math.sqrt(d.count / max),
          fillOpacity: 0.5,
          weight: 1,
        }).addTo(map);
      }
      markReady();
    },
  },
  "Leaflet draws maps only",
);
