/**
 * The map's first view, in one place for both drawings of it: Leaflet fits Belarus into the map
 * (DetentionMap.tsx) and the static picture shown while Leaflet loads (StaticMap.tsx) draws the same
 * view with d3-geo, so the picture lines up with the live map that replaces it.
 *
 * The projection is Web Mercator (EPSG:3857, Leaflet's default CRS) scaled and translated as Leaflet does
 * it, applied to each vertex like Leaflet does: no resampling of edges and no clipping (the picture's box
 * clips), which also keeps d3-geo's projection and clipping machinery out of the page's first load.
 */
import { geoMercatorRaw, geoTransform } from "d3-geo";
import { featureBounds } from "./basemap";

/** [[south, west], [north, east]] of Belarus: the live map fits these on load and on resize. */
export const BELARUS_BOUNDS = featureBounds("belarus");
/** Pixels kept free around Belarus on each side. */
export const FIT_PADDING = 6;
export const ZOOM_SNAP = 0.25;
export const MIN_ZOOM = 4.5;
/** Largest zoom without the online tiles. */
export const MAX_ZOOM = 11;

/** Leaflet's tile size: at zoom z the world (2π radians of longitude) is 256 · 2^z pixels wide. */
const TILE = 256;
/** The map's border (map.css): Leaflet measures the box inside it. */
const BORDER = 1;

/**
 * The map's box for a column `width` CSS pixels wide (map.css: 6:5, at most 620 px high, square in a
 * view up to 520 px wide, where the map column is the whole view), and the area Leaflet draws in (it
 * measures whole pixels inside the border).
 */
export function mapBox(width: number): { width: number; height: number; inner: { width: number; height: number } } {
  const height = Math.round(width <= 520 ? width : Math.min(620, (width * 5) / 6));
  return { width, height, inner: { width: width - 2 * BORDER, height: height - 2 * BORDER } };
}

const RADIANS = Math.PI / 180;
/** Web Mercator of a longitude and latitude in degrees, in radians (y grows to the north). */
const mercator = (lon: number, lat: number) => geoMercatorRaw(lon * RADIANS, lat * RADIANS);

/**
 * The zoom Leaflet's fitBounds picks for Belarus in a map of this inner size: the largest that fits
 * the bounds within the padding, snapped down to ZOOM_SNAP (as Leaflet's getBoundsZoom does).
 */
export function fitZoom(width: number, height: number): number {
  const [[s, w], [n, e]] = BELARUS_BOUNDS;
  const perRadian = TILE / (2 * Math.PI);
  const [x0, y0] = mercator(w, s);
  const [x1, y1] = mercator(e, n);
  const scale = Math.min(
    (width - 2 * FIT_PADDING) / (perRadian * (x1 - x0)),
    (height - 2 * FIT_PADDING) / (perRadian * (y1 - y0)),
  );
  let zoom = Math.log2(scale);
  zoom = Math.round(zoom / (ZOOM_SNAP / 100)) * (ZOOM_SNAP / 100);
  zoom = Math.floor(zoom / ZOOM_SNAP) * ZOOM_SNAP;
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
}

/** Pixel position in the map of a longitude and latitude in degrees. */
export type Project = (lon: number, lat: number) => [number, number];

/**
 * Where Leaflet puts a point right after fitting Belarus into a map of this inner size: Web Mercator at
 * the fitted zoom, with the centre of the bounds in the middle of the map.
 */
export function initialProjection(width: number, height: number): Project {
  const [[s, w], [n, e]] = BELARUS_BOUNDS;
  const k = (TILE * 2 ** fitZoom(width, height)) / (2 * Math.PI);
  const [x0, y0] = mercator(w, s);
  const [x1, y1] = mercator(e, n);
  const tx = width / 2 - (k * (x0 + x1)) / 2;
  const ty = height / 2 + (k * (y0 + y1)) / 2;
  return (lon, lat) => {
    const [x, y] = mercator(lon, lat);
    return [tx + k * x, ty - k * y];
  };
}

/** The projection as a d3-geo stream transform, for geoPath to draw outlines with. */
export function projectionStream(project: Project) {
  return geoTransform({
    point(lon, lat) {
      const [x, y] = project(lon, lat);
      this.stream.point(x, y);
    },
  });
}
