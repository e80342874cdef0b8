/**
 * The map's symbols painted on one canvas, for when there are too many for a DOM marker each (see
 * DOM_SYMBOL_LIMIT). The picture is the same as the markers': `drawSymbol`'s shapes, styled as
 * detentions.css styles them (area ∝ count, a ring per figure in its qualifier's stroke, "count
 * unknown" squares, dashed frames around regions). Leaflet moves and scales the canvas while panning
 * and zooming and repaints it once at the end, so a pan or zoom re-renders nothing in React.
 *
 * Clicking a symbol selects it (and so opens the same popup). The canvas cannot take keyboard focus
 * per symbol: at this density the list is the map's keyboard and screen-reader route, and the view
 * says so beside the map.
 */
import { Bounds, Canvas, DomEvent, Renderer, type Map as LeafletMap, type Point } from "leaflet";
import { useEffect, useMemo, useRef } from "react";
import { useMap } from "react-leaflet";
import type { Category } from "./detentionModel";
import type { Box } from "./labelLayout";
import { BoxGrid } from "./spatialGrid";
import { drawSymbol, type Shape } from "./symbolShapes";
import type { MapSymbol } from "./symbols";

/** Above the labels (550), like Leaflet's marker pane, so symbols take clicks. */
const PANE = "det-symbols";
const HIT_CELL = 48;

/** Colours from the page's custom properties, read at each paint so themes apply. */
interface Palette {
  sym: Record<Category, string>;
  surface: string;
  text: string;
  muted: string;
  focus: string;
  font: string;
}

function palette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    sym: {
      detention: v("--c-detention", "#b3261e"),
      raid: v("--c-raid", "#a35200"),
      preventive_conversation: v("--c-preventive", "#0072b2"),
    },
    surface: v("--surface", "#fff"),
    text: v("--text", "#111"),
    muted: v("--muted", "#666"),
    focus: v("--focus", "#1a73e8"),
    font: v("--font", "system-ui, sans-serif"),
  };
}

/** How a shape class of symbolShapes is stroked and filled: detentions.css, as canvas settings. */
interface Paint {
  stroke?: "sym" | "focus" | "text";
  width?: number;
  dash?: number[];
  round?: boolean;
  fill?: "sym" | "surface";
  fillAlpha?: number;
}

export function paintOf(className: string, state: { selected: boolean; match: boolean }): Paint | null {
  if (className === "sym-focus") {
    if (state.selected) return { stroke: "focus", width: 3 };
    if (state.match) return { stroke: "text", width: 3, dash: [3, 2] };
    return null;
  }
  if (className === "halo") return { stroke: "sym", width: 1.5, dash: [0.5, 3], round: true };
  if (className === "region-frame") return { stroke: "sym", width: 1.5, dash: [4, 3] };
  if (className.startsWith("unknown hit")) return { stroke: "sym", width: 2, fill: "surface", fillAlpha: 1 };
  if (className.startsWith("ring")) {
    const q = /mark-(\w+)/.exec(className)?.[1];
    const dash = q === "about" ? [5, 3] : q === "fewer_than" ? [1, 3] : q === "range" ? [7, 2, 1, 2] : [];
    return {
      stroke: "sym",
      width: 2,
      dash,
      round: q === "fewer_than",
      fill: "sym",
      fillAlpha: q === "exact" ? 0.45 : 0.1,
    };
  }
  return null;
}

/** A symbol ready to paint: its shapes (without the category badge, which would clutter stacks of
 * symbols on one town; colour and the list carry the category) and its hit area. */
interface Prepared {
  symbol: MapSymbol;
  size: number;
  shapes: Shape[];
  /** Each shape's paint when neither selected nor matched (worked out once, not at every paint). */
  paints: (Paint | null)[];
  /** Reach of the clickable part from the centre: a circle's radius or a square's half side. */
  hit: number;
  square: boolean;
}

function prepare(s: MapSymbol): Prepared {
  const d = drawSymbol({
    rings: s.rings,
    category: s.view.event.category,
    region: s.kind === "region",
    letter: "",
    half: s.r,
  });
  const shapes = d.shapes.filter((x) => !x.className.startsWith("badge"));
  const plain = { selected: false, match: false };
  return {
    symbol: s,
    size: d.size,
    shapes,
    paints: shapes.map((x) => (x.kind === "text" ? {} : paintOf(x.className, plain))),
    hit: s.r + 2,
    square: s.rings.length === 0,
  };
}

function paintShape(
  ctx: CanvasRenderingContext2D,
  s: Shape,
  x0: number,
  y0: number,
  paint: Paint,
  colour: (k: string) => string,
  font: string,
) {
  if (s.kind === "text") {
    ctx.fillStyle = colour("sym");
    ctx.font = `700 12px ${font}`;
    ctx.textAlign = "center";
    ctx.textBaseline = "middle";
    ctx.fillText(s.text, x0 + s.x, y0 + s.y);
    return;
  }
  ctx.beginPath();
  if (s.kind === "circle") ctx.arc(x0 + s.cx, y0 + s.cy, s.r, 0, 2 * Math.PI);
  else ctx.rect(x0 + s.x, y0 + s.y, s.size, s.size);
  if (paint.fill) {
    ctx.globalAlpha = paint.fillAlpha ?? 1;
    ctx.fillStyle = colour(paint.fill);
    ctx.fill();
    ctx.globalAlpha = 1;
  }
  if (paint.stroke) {
    ctx.strokeStyle = colour(paint.stroke);
    ctx.lineWidth = paint.width ?? 1;
    ctx.setLineDash(paint.dash ?? []);
    ctx.lineCap = paint.round ? "round" : "butt";
    ctx.stroke();
  }
}

/** The parts of L.Canvas this layer builds on (Leaflet 1.9: they are not in its type declarations). */
interface CanvasInternals {
  _map: LeafletMap | undefined;
  _container: HTMLCanvasElement;
  _ctx: CanvasRenderingContext2D | null;
  _bounds: Bounds;
  _redrawRequest: number | null;
  _redrawBounds: Bounds | null;
  _update(): void;
}

/**
 * L.Canvas without paths: it keeps Leaflet's sizing, padding, retina scaling and zoom animation of
 * the canvas element, and paints the symbols itself in `_draw`.
 */
export class SymbolCanvasLayer extends Canvas {
  private prepared: Prepared[] = [];
  private selectedId: string | null = null;
  private matches: ReadonlySet<string> = new Set();
  private hits = new BoxGrid(HIT_CELL);
  private hitIndex: Prepared[] = [];
  onSelect: (id: string) => void = () => {};
  labelOf: (s: MapSymbol) => string = () => "";

  private get internals(): CanvasInternals {
    return this as unknown as CanvasInternals;
  }

  /** Symbols in paint order (the last one is on top). */
  setSymbols(symbols: readonly MapSymbol[]): void {
    this.prepared = symbols.map(prepare);
    this.repaint();
  }

  setState(selectedId: string | null, matches: ReadonlySet<string>): void {
    this.selectedId = selectedId;
    this.matches = matches;
    this.repaint();
  }

  /** Paints again now (new data, selection or theme); Leaflet repaints by itself after a move. */
  repaint(): void {
    if (this.internals._map && this.internals._ctx) this.paint();
  }

  // Leaflet's canvas creation, minus its path hit-testing: events reach the map as usual, and a click
  // on a symbol is taken here.
  _initContainer(): void {
    const el = document.createElement("canvas");
    el.className = "det-symbol-canvas";
    const self = this.internals;
    self._container = el;
    self._ctx = el.getContext("2d");
    DomEvent.on(el, "click", this.onClick, this);
    DomEvent.on(el, "mousemove", this.onMove, this);
  }

  _update(): void {
    // Without a 2D context (jsdom) there is nothing to size or paint.
    if (!this.internals._ctx) (Renderer.prototype as unknown as CanvasInternals)._update.call(this);
    else (Canvas.prototype as unknown as CanvasInternals)._update.call(this);
  }

  /** Called by L.Canvas after every move, resize and zoom (it clears and draws its paths: there are none). */
  _redraw(): void {
    const self = this.internals;
    self._redrawRequest = null;
    self._redrawBounds = null;
    this.paint();
  }

  _draw(): void {
    this.paint();
  }

  private paint(): void {
    const { _map: map, _ctx: ctx, _container: el, _bounds: bounds } = this.internals;
    if (!map || !ctx || !bounds) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, el.width, el.height);
    ctx.restore();
    const colours = palette(el);
    this.hits = new BoxGrid(HIT_CELL);
    this.hitIndex = [];
    const at = (p: { lat: number; lon: number }) => map.latLngToLayerPoint([p.lat, p.lon]);
    const visible = (p: Point, reach: number) =>
      p.x + reach >= bounds.min!.x &&
      p.x - reach <= bounds.max!.x &&
      p.y + reach >= bounds.min!.y &&
      p.y - reach <= bounds.max!.y;

    // Connectors from group symbols to their towns, under every symbol.
    ctx.save();
    ctx.strokeStyle = colours.muted;
    ctx.lineWidth = 1.2;
    ctx.setLineDash([3, 3]);
    ctx.beginPath();
    for (const { symbol } of this.prepared) {
      if (symbol.kind !== "group") continue;
      const from = at(symbol.anchor);
      for (const town of symbol.towns) {
        const to = at(town);
        ctx.moveTo(from.x, from.y);
        ctx.lineTo(to.x, to.y);
      }
    }
    ctx.stroke();
    ctx.restore();

    const selected = this.prepared.find((p) => p.symbol.id === this.selectedId);
    const order = selected ? [...this.prepared.filter((p) => p !== selected), selected] : this.prepared;
    for (const p of order) {
      const { symbol } = p;
      const centre = at(symbol.anchor);
      const x = centre.x + symbol.dx;
      if (!visible({ x, y: centre.y } as Point, p.size)) continue;
      const state = {
        selected: symbol.id === this.selectedId,
        match: symbol.towns.some((t) => this.matches.has(t.id)),
      };
      const sym = colours.sym[symbol.view.event.category];
      const colour = (k: string) =>
        k === "sym" ? sym : k === "surface" ? colours.surface : k === "focus" ? colours.focus : colours.text;
      const x0 = x - p.size / 2;
      const y0 = centre.y - p.size / 2;
      const marked = state.selected || state.match;
      p.shapes.forEach((shape, k) => {
        const paint = marked && shape.kind !== "text" ? paintOf(shape.className, state) : p.paints[k];
        if (paint) paintShape(ctx, shape, x0, y0, paint, colour, colours.font);
      });
      this.hits.add(hitBox(x, centre.y, p.hit));
      this.hitIndex.push(p);
    }
  }

  /** The topmost symbol under a layer point. */
  private hitAt(pt: Point): Prepared | undefined {
    const candidates = this.hits.overlapping({ x0: pt.x, x1: pt.x, y0: pt.y, y1: pt.y });
    for (let k = candidates.length - 1; k >= 0; k--) {
      const box = this.hits.all[candidates[k]!]!;
      const p = this.hitIndex[candidates[k]!]!;
      const cx = (box.x0 + box.x1) / 2;
      const cy = (box.y0 + box.y1) / 2;
      const inside = p.square
        ? Math.abs(pt.x - cx) <= p.hit && Math.abs(pt.y - cy) <= p.hit
        : Math.hypot(pt.x - cx, pt.y - cy) <= p.hit;
      if (inside) return p;
    }
    return undefined;
  }

  private onClick(e: Event): void {
    const map = this.internals._map;
    // A drag that started on a symbol is not a click on it.
    if (!map || (map.dragging as { moved?: () => boolean } | undefined)?.moved?.()) return;
    const hit = this.hitAt(map.mouseEventToLayerPoint(e as MouseEvent));
    if (!hit) return; // the map's own click (closing a popup) goes ahead
    DomEvent.stop(e);
    this.onSelect(hit.symbol.id);
  }

  private onMove(e: Event): void {
    const map = this.internals._map;
    const el = this.internals._container;
    if (!map) return;
    const hit = this.hitAt(map.mouseEventToLayerPoint(e as MouseEvent));
    el.style.cursor = hit ? "pointer" : "";
    const title = hit ? this.labelOf(hit.symbol) : "";
    if (el.title !== title) el.title = title;
  }
}

function hitBox(x: number, y: number, reach: number): Box {
  return { x0: x - reach, x1: x + reach, y0: y - reach, y1: y + reach };
}

interface SymbolCanvasProps {
  /** In paint order: larger first, so smaller ones are on top and clickable. */
  symbols: readonly MapSymbol[];
  selectedId: string | null;
  matches: ReadonlySet<string>;
  onSelect: (id: string) => void;
  /** What a symbol is, shown on hover. */
  labelOf: (s: MapSymbol) => string;
}

/** The canvas layer on the map; props update it in place, without a React element per symbol. */
export function SymbolCanvas({ symbols, selectedId, matches, onSelect, labelOf }: SymbolCanvasProps) {
  const map = useMap();
  const layer = useMemo(() => new SymbolCanvasLayer({ pane: PANE, padding: 0.25 }), []);
  const handlers = useRef({ onSelect, labelOf });
  handlers.current = { onSelect, labelOf };

  useEffect(() => {
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = "600";
    layer.onSelect = (id) => handlers.current.onSelect(id);
    layer.labelOf = (s) => handlers.current.labelOf(s);
    layer.addTo(map);
    // The palette follows the theme: repaint when it changes without a move of the map.
    const observer = new MutationObserver(() => layer.repaint());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "class"] });
    const scheme = typeof matchMedia === "function" ? matchMedia("(prefers-color-scheme: dark)") : null;
    const onScheme = () => layer.repaint();
    scheme?.addEventListener?.("change", onScheme);
    return () => {
      observer.disconnect();
      scheme?.removeEventListener?.("change", onScheme);
      layer.remove();
    };
  }, [map, layer]);
  useEffect(() => layer.setSymbols(symbols), [layer, symbols]);
  useEffect(() => layer.setState(selectedId, matches), [layer, selectedId, matches]);
  return null;
}
