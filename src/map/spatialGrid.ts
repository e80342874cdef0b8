/**
 * Spatial buckets for the map's layout, so a question like "how close is the nearest town?" or
 * "what does this label overlap?" looks at a few grid cells instead of every symbol. At the real
 * release's size this changes nothing; at 10,000 events it turns minutes of layout into milliseconds.
 * Both grids answer exactly what a scan over everything would (the map's tests rely on the layout
 * staying the same).
 */
import type { Box } from "./labelLayout";
import type { LatLon } from "./detentionModel";

/** Cells are keyed by one number: row and column offset into a range no map reaches. */
const cellKey = (i: number, j: number) => (i + 2_000_000) * 4_000_000 + (j + 2_000_000);

/**
 * Points in degrees, each distinct point stored once (a town named by 500 events is one point:
 * the nearest distance does not change with copies). `size` is the number of distinct points, so a
 * caller can tell whether anything new was added since it last asked.
 */
export class PointGrid {
  private cells = new Map<number, LatLon[]>();
  private seen = new Set<string>();
  constructor(private readonly cell: number) {}

  get size(): number {
    return this.seen.size;
  }

  /** Adds a point; false when that exact point was there already. */
  add(p: LatLon): boolean {
    const id = `${p.lat},${p.lon}`;
    if (this.seen.has(id)) return false;
    this.seen.add(id);
    const key = cellKey(Math.floor(p.lat / this.cell), Math.floor(p.lon / this.cell));
    const list = this.cells.get(key);
    if (list) list.push(p);
    else this.cells.set(key, [p]);
    return true;
  }

  /**
   * The smallest `distance` from `at` to a stored point when it is below `within`; otherwise some
   * value ≥ `within` (Infinity when nothing is near). `distance` must be at least the latitude
   * difference and at least the longitude difference times the cosine of the mean latitude, as the
   * map's scaled degrees are.
   */
  nearest(at: LatLon, within: number, distance: (a: LatLon, b: LatLon) => number): number {
    // Any point closer than `within` differs in latitude by less than that, so the mean latitude is
    // at most within/2 away: the smallest cosine there bounds how far its longitude can be.
    const k = Math.cos((Math.min(89, Math.abs(at.lat) + within / 2) * Math.PI) / 180);
    const dLon = within / k;
    const i0 = Math.floor((at.lat - within) / this.cell);
    const i1 = Math.floor((at.lat + within) / this.cell);
    const j0 = Math.floor((at.lon - dLon) / this.cell);
    const j1 = Math.floor((at.lon + dLon) / this.cell);
    let best = Infinity;
    for (let i = i0; i <= i1; i++) {
      for (let j = j0; j <= j1; j++) {
        for (const p of this.cells.get(cellKey(i, j)) ?? []) {
          const d = distance(at, p);
          if (d < best) best = d;
          if (best === 0) return 0; // on a point: nothing is nearer
        }
      }
    }
    return best;
  }
}

/** A box spanning more cells than this is checked against every query instead of being bucketed. */
const MAX_CELLS = 64;

/**
 * Pixel boxes (labels, symbols) bucketed by the cells they cover. `overlapping` lists the indexes of
 * the boxes that may overlap a query box, in the order they were added, so a sum over them adds the
 * same terms in the same order as a scan over every box.
 */
export class BoxGrid {
  private cells = new Map<number, number[]>();
  private big: number[] = [];
  private boxes: Box[] = [];
  private stamp: number[] = [];
  private query = 0;
  constructor(private readonly cell: number) {}

  get all(): readonly Box[] {
    return this.boxes;
  }

  add(b: Box): void {
    const index = this.boxes.length;
    this.boxes.push(b);
    this.stamp.push(0);
    const span = this.span(b);
    if (!span || (span.i1 - span.i0 + 1) * (span.j1 - span.j0 + 1) > MAX_CELLS) {
      this.big.push(index);
      return;
    }
    for (let i = span.i0; i <= span.i1; i++) {
      for (let j = span.j0; j <= span.j1; j++) {
        const key = cellKey(i, j);
        const list = this.cells.get(key);
        if (list) list.push(index);
        else this.cells.set(key, [index]);
      }
    }
  }

  /** Indexes of the boxes sharing a cell with `b` (a superset of those that overlap it), ascending. */
  overlapping(b: Box): number[] {
    const span = this.span(b);
    if (!span || (span.i1 - span.i0 + 1) * (span.j1 - span.j0 + 1) > MAX_CELLS) {
      return this.boxes.map((_, i) => i);
    }
    const q = ++this.query;
    const out: number[] = [];
    const take = (index: number) => {
      if (this.stamp[index] === q) return;
      this.stamp[index] = q;
      out.push(index);
    };
    for (const index of this.big) take(index);
    for (let i = span.i0; i <= span.i1; i++) {
      for (let j = span.j0; j <= span.j1; j++) {
        for (const index of this.cells.get(cellKey(i, j)) ?? []) take(index);
      }
    }
    return out.sort((a, b) => a - b);
  }

  private span(b: Box) {
    if (![b.x0, b.x1, b.y0, b.y1].every(Number.isFinite)) return null;
    return {
      i0: Math.floor(b.y0 / this.cell),
      i1: Math.floor(b.y1 / this.cell),
      j0: Math.floor(b.x0 / this.cell),
      j1: Math.floor(b.x1 / this.cell),
    };
  }
}
