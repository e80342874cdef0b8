/**
 * The map's symbols painted on one canvas, for when there are too many for a DOM marker each (see
 * DOM_SYMBOL_LIMIT). The picture is the same as the markers': `drawSymbol`'s shapes, styled as
 * detentions.css styles them (area ∝ count, a ring per figure in its qualifier's stroke, "count
 * unknown" squares, dashed frames around regions). Leaflet moves and scales the canvas while panning
 * and zooming and repaints it once at the end, so a pan or zoom re-renders nothing in React.
 *
 * That repaint must not freeze the map at 10,000 symbols (bench: "map motion"): each distinct symbol
 * picture is painted once as a sprite and copied (symbolSprites.ts), symbols and connector dashes outside
 * the canvas are skipped, places are projected once per zoom level (a pan only shifts them), coinciding
 * connectors are stroked once, the hit-test index is built on the first hover or click after a repaint,
 * and a large repaint is spread over short tasks (see `paint`).
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
import { SpriteCache, clipDashed, inkTrim, meets, snap, spriteKey, uniqueSegments } from "./symbolSprites";
import type { MapSymbol } from "./symbols";

/** Above the labels (550), like Leaflet's marker pane, so symbols take clicks. */
const PANE = "det-symbols";
const HIT_CELL = 48;
/** Up to this many sprite copies are painted at once; more are spread over several tasks. */
const SYNC_DRAWS = 1500;
/** Connectors' dashes (clipDashed keeps their phase: its period is their sum). */
const CONNECTOR_DASH = [3, 3];
/** Connectors stroked as one path (dashed lines are costly to rasterise: they are spread over tasks too). */
const LINE_BATCH = 10;
/** Time spent painting per task when a repaint is spread over tasks. */
const FRAME_BUDGET_MS = 5;

/** The view a picture was painted for: Leaflet's zoom and pixel origin, the canvas's top left in layer
 * pixels, and the device pixels per CSS pixel. */
interface View {
  zoom: number;
  origin: { x: number; y: number };
  min: { x: number; y: number };
  scale: number;
}

function sameView(a: View | null, b: View): boolean {
  return (
    !!a &&
    a.zoom === b.zoom &&
    a.scale === b.scale &&
    a.origin.x === b.origin.x &&
    a.origin.y === b.origin.y &&
    a.min.x === b.min.x &&
    a.min.y === b.min.y
  );
}

/** Draws a picture painted for view `from` where it belongs in view `to` (moved, and scaled by the zoom). */
function drawMoved(ctx: CanvasRenderingContext2D, picture: HTMLCanvasElement, from: View, to: View, map: LeafletMap) {
  const k = map.getZoomScale(to.zoom, from.zoom);
  const x = (from.min.x + from.origin.x) * k - to.origin.x;
  const y = (from.min.y + from.origin.y) * k - to.origin.y;
  ctx.drawImage(picture, x, y, (picture.width / from.scale) * k, (picture.height / from.scale) * k);
}

/** Device pixels of sprites kept (4 bytes each): 8 M = 32 MB. Beyond it, symbols are stroked directly. */
const SPRITE_PIXELS = 8_000_000;

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
  /** The sprite key of its plain picture (the palette is the cache's: it is emptied when that changes). */
  key: string;
  /** Projected anchor and towns (whole pixels, as Leaflet rounds them) at zoom `zoom`. */
  zoom: number;
  at: { x: number; y: number };
  towns: { x: number; y: number }[];
  trim?: { scale: number; value: number };
}

/** Sprite keys as short ids: a repaint builds one lookup key per symbol from them. */
const keyIds = new Map<string, string>();
function internKey(key: string): string {
  let id = keyIds.get(key);
  if (id === undefined) keyIds.set(key, (id = keyIds.size.toString(36)));
  return id;
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
  const paints = shapes.map((x) => (x.kind === "text" ? {} : paintOf(x.className, plain)));
  return {
    symbol: s,
    size: d.size,
    shapes,
    paints,
    hit: s.r + 2,
    square: s.rings.length === 0,
    key: internKey(spriteKey(d.size, shapes, paints, s.view.event.category)),
    zoom: NaN,
    at: { x: 0, y: 0 },
    towns: [],
  };
}

/** A symbol as painted: where, for hit-testing. */
interface Drawn {
  p: Prepared;
  x: number;
  y: number;
}

function paintShape(
  ctx: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
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
  /** Symbols painted by the last repaint, in paint order; the hit-test index over them, built when needed. */
  private drawn: Drawn[] = [];
  private hits: BoxGrid | null = null;
  private sprites = new SpriteCache<ImageBitmap>(SPRITE_PIXELS);
  /** The palette and pixel ratio the sprites were painted with. */
  private spriteStyle = "";
  /** Where the picture on the canvas was painted for (zoom, pixel origin, canvas bounds), and the copy
   * of it taken before Leaflet clears the canvas for a new view. */
  private shown: View | null = null;
  private previous: { canvas: HTMLCanvasElement; view: View } | null = null;
  /** The unfinished repaint spread over tasks (see `paint`): its cancel. */
  private job: (() => void) | null = null;
  private buffer: HTMLCanvasElement | undefined;
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
    const self = this.internals;
    // Without a 2D context (jsdom) there is nothing to size or paint.
    if (!self._ctx) return (Renderer.prototype as unknown as CanvasInternals)._update.call(this);
    // Leaflet resizes (and so clears) the canvas for the new view: keep what it shows, to show it moved
    // and scaled until the new picture is painted.
    const animating = (self._map as unknown as { _animatingZoom?: boolean } | undefined)?._animatingZoom;
    if (this.shown && !(animating && self._bounds)) {
      const copy = (this.previous?.canvas ?? document.createElement("canvas")) as HTMLCanvasElement;
      copy.width = self._container.width;
      copy.height = self._container.height;
      copy.getContext("2d")?.drawImage(self._container, 0, 0);
      this.previous = { canvas: copy, view: this.shown };
    }
    (Canvas.prototype as unknown as CanvasInternals)._update.call(this);
  }

  onRemove(map: LeafletMap): this {
    this.stopJob();
    this.sprites.clear((bitmap) => bitmap.close());
    this.spriteStyle = "";
    return super.onRemove(map);
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

  private stopJob(): void {
    this.job?.();
    this.job = null;
    this.internals._container?.removeAttribute("data-painting");
  }

  /**
   * Paints the symbols for the current view. Up to SYNC_DRAWS copies (two connectors count as one) are
   * painted at once. More (the whole country at 10,000 events) would hold up the page for a frame of
   * 100 ms or more on a slow machine, so they are painted into a buffer in tasks of a few milliseconds,
   * between which the browser handles input and draws frames, and shown when complete. Meanwhile the
   * canvas shows the previous picture moved and scaled to the new view, as Leaflet showed it during the
   * move, and `data-painting` is set on it (the benchmark reads it).
   */
  private paint(): void {
    const { _map: map, _ctx: ctx, _container: el, _bounds: bounds } = this.internals;
    if (!map || !ctx || !bounds) return;
    this.stopJob();
    const scale = ctx.getTransform?.().a || 1;
    const view: View = { zoom: map.getZoom(), origin: map.getPixelOrigin(), min: bounds.min!, scale };
    const plan = this.plan(map, el, view, bounds);
    const previous = this.previous;
    const before = this.shown;
    this.previous = null;
    this.shown = view;
    const clear = (c: CanvasRenderingContext2D, w: number, h: number) => {
      c.save();
      c.setTransform(1, 0, 0, 1, 0, 0);
      c.clearRect(0, 0, w, h);
      c.restore();
    };
    // The work in units: batches of connectors (under every symbol), then sprite copies.
    const batches = Math.ceil(plan.lines.length / LINE_BATCH);
    const units = batches + plan.copies.length;
    const unit = (c: CanvasRenderingContext2D, i: number) =>
      i < batches ? plan.connectors(c, i * LINE_BATCH, (i + 1) * LINE_BATCH) : plan.copy(c, i - batches);
    if (plan.copies.length + plan.lines.length / 2 <= SYNC_DRAWS) {
      clear(ctx, el.width, el.height);
      for (let i = 0; i < units; i++) unit(ctx, i);
      return;
    }
    // A new view shows the old picture moved there; the same view (a new selection) keeps its picture.
    if (previous) {
      clear(ctx, el.width, el.height);
      drawMoved(ctx, previous.canvas, previous.view, view, map);
    } else if (!sameView(before, view)) clear(ctx, el.width, el.height);
    const buffer = (this.buffer ??= document.createElement("canvas"));
    buffer.width = el.width;
    buffer.height = el.height;
    const b = buffer.getContext("2d", { willReadFrequently: true });
    if (!b) return;
    b.setTransform(scale, 0, 0, scale, -view.min.x * scale, -view.min.y * scale);
    el.setAttribute("data-painting", "true");
    let next = 0;
    const step = () => {
      const start = performance.now();
      while (next < units) {
        unit(b, next++);
        // The browser records canvas drawing and rasterises it later: reading a pixel makes it do the
        // work now, so the time spent is known and this frame's share is not left to the frame that
        // shows the picture.
        if (next > batches && (next - batches) % 128 !== 0 && next < units) continue;
        b.getImageData(0, 0, 1, 1);
        if (performance.now() - start > FRAME_BUDGET_MS) break;
      }
      if (next < units) {
        this.job = soon(step);
        return;
      }
      this.job = null;
      clear(ctx, el.width, el.height);
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(buffer, 0, 0);
      ctx.restore();
      el.removeAttribute("data-painting");
    };
    step();
  }

  /** What to paint for a view: the connectors, and the sprite copies in paint order (sprites made here). */
  private plan(map: LeafletMap, el: HTMLCanvasElement, view: View, bounds: Bounds) {
    const colours = palette(el);
    const { scale, zoom, origin } = view;
    // Leaflet scales the context by 2 on high-density screens: sprites are painted at that density.
    const style = `${scale}|${JSON.stringify(colours)}`;
    if (style !== this.spriteStyle) {
      this.sprites.clear((bitmap) => bitmap.close());
      this.spriteStyle = style;
    }
    this.drawn = [];
    this.hits = null;
    const box = { x0: bounds.min!.x, x1: bounds.max!.x, y0: bounds.min!.y, y1: bounds.max!.y };
    // Projected once per zoom level (what latLngToLayerPoint does, minus the origin a pan changes).
    const project = (p: { lat: number; lon: number }) => map.project([p.lat, p.lon], zoom).round();
    for (const p of this.prepared) {
      if (p.zoom === zoom) continue;
      p.zoom = zoom;
      p.at = project(p.symbol.anchor);
      p.towns = p.symbol.kind === "group" ? p.symbol.towns.map(project) : [];
    }

    const segments = function* (prepared: readonly Prepared[]) {
      for (const { at, towns } of prepared) {
        for (const to of towns) yield [at.x - origin.x, at.y - origin.y, to.x - origin.x, to.y - origin.y] as const;
      }
    };
    // Only the part of each that crosses the canvas.
    const edge = { x0: box.x0 - 2, x1: box.x1 + 2, y0: box.y0 - 2, y1: box.y1 + 2 };
    const lines = uniqueSegments(segments(this.prepared))
      .map((l) => clipDashed(l, edge, CONNECTOR_DASH[0]! + CONNECTOR_DASH[1]!))
      .filter((l) => l !== null);
    // Connectors from group symbols to their towns, under every symbol: lines [from, to).
    const connectors = (c: CanvasRenderingContext2D, from: number, to: number) => {
      c.save();
      c.strokeStyle = colours.muted;
      c.lineWidth = 1.2;
      c.setLineDash(CONNECTOR_DASH);
      c.beginPath();
      for (const [x0, y0, x1, y1] of lines.slice(from, to)) {
        c.moveTo(x0, y0);
        c.lineTo(x1, y1);
      }
      c.stroke();
      c.restore();
    };

    const selected = this.prepared.find((p) => p.symbol.id === this.selectedId);
    const order = selected ? [...this.prepared.filter((p) => p !== selected), selected] : this.prepared;
    const matching = this.matches.size > 0;
    const items: Item[] = [];
    for (const p of order) {
      const { symbol } = p;
      const x = p.at.x - origin.x + symbol.dx;
      const y = p.at.y - origin.y;
      if (!meets(x, y, p.size, box)) continue;
      this.drawn.push({ p, x, y });
      const state = {
        selected: p === selected,
        match: matching && this.matches.has(symbol.view.id),
      };
      const marked = state.selected || state.match;
      const key = marked ? `${p.key}${state.selected ? "s" : "m"}` : p.key;
      items.push({
        p,
        state: marked ? state : null,
        key,
        x0: snap(x - p.size / 2, scale),
        y0: snap(y - p.size / 2, scale),
      });
    }
    const copies = items.map((item) => {
      const draw: Draw = (c, x0, y0) => painter(item.p, colours, item.state)(c, x0, y0);
      const trim = trimOf(item.p, item.state, scale);
      const side = Math.ceil((item.p.size - 2 * trim) * scale);
      const bitmap = this.sprites.get(item.key, side, () => sprite(side, scale, (c) => draw(c, -trim, -trim)));
      return { item, draw, trim, bitmap };
    });
    const copy = (c: CanvasRenderingContext2D, i: number) => {
      const { item, draw, trim, bitmap } = copies[i]!;
      if (bitmap) c.drawImage(bitmap, item.x0 + trim, item.y0 + trim, bitmap.width / scale, bitmap.height / scale);
      else draw(c, item.x0, item.y0);
    };
    return { lines, connectors, copies, copy };
  }

  /** The topmost symbol under a layer point. */
  private hitAt(pt: Point): Prepared | undefined {
    if (!this.hits) {
      this.hits = new BoxGrid(HIT_CELL);
      for (const { p, x, y } of this.drawn) this.hits.add(hitBox(x, y, p.hit));
    }
    const candidates = this.hits.overlapping({ x0: pt.x, x1: pt.x, y0: pt.y, y1: pt.y });
    for (let k = candidates.length - 1; k >= 0; k--) {
      const { p, x: cx, y: cy } = this.drawn[candidates[k]!]!;
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

/** Runs `fn` in a new task, as soon as the browser has handled input and drawn any frame due; returns a cancel. */
function soon(fn: () => void): () => void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    fn();
  };
  channel.port2.postMessage(null);
  return () => channel.port1.close();
}

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
type Draw = (ctx: Context, x0: number, y0: number) => void;
type State = { selected: boolean; match: boolean };

/** A symbol to paint: its sprite key and the top-left corner of its box, on the device pixel grid. */
interface Item {
  p: Prepared;
  state: State | null;
  key: string;
  x0: number;
  y0: number;
}

/** How much of the symbol's box its sprite leaves off (worked out once per pixel ratio when plain). */
function trimOf(p: Prepared, state: State | null, scale: number): number {
  if (!state && p.trim?.scale === scale) return p.trim.value;
  const paints = state ? paintsOf(p, state) : p.paints;
  const strokes = paints.map((x) => (x ? (x.stroke ? (x.width ?? 1) : 0) : null));
  const value = inkTrim(p.size, p.shapes, strokes, scale);
  if (!state) p.trim = { scale, value };
  return value;
}

function paintsOf(p: Prepared, state: State): (Paint | null)[] {
  return p.shapes.map((shape, k) => (shape.kind === "text" ? p.paints[k]! : paintOf(shape.className, state)));
}

/** Paints a symbol's shapes with their top-left corner at (x0, y0); `state` when selected or matched. */
function painter(p: Prepared, colours: Palette, state: State | null): Draw {
  const sym = colours.sym[p.symbol.view.event.category];
  const colour = (k: string) =>
    k === "sym" ? sym : k === "surface" ? colours.surface : k === "focus" ? colours.focus : colours.text;
  const paints = state ? paintsOf(p, state) : p.paints;
  return (ctx, x0, y0) =>
    p.shapes.forEach((shape, k) => {
      const paint = paints[k];
      if (paint) paintShape(ctx, shape, x0, y0, paint, colour, colours.font);
    });
}

/** A bitmap `side` device pixels square, painted by `paint` at `scale` device pixels per CSS pixel (null
 * without OffscreenCanvas: the caller then paints the shapes directly). */
function sprite(side: number, scale: number, paint: (c: OffscreenCanvasRenderingContext2D) => void) {
  if (typeof OffscreenCanvas === "undefined") return null;
  const canvas = new OffscreenCanvas(side, side);
  const c = canvas.getContext("2d");
  if (!c) return null;
  c.scale(scale, scale);
  paint(c);
  return canvas.transferToImageBitmap();
}

function hitBox(x: number, y: number, reach: number): Box {
  return { x0: x - reach, x1: x + reach, y0: y - reach, y1: y + reach };
}

interface SymbolCanvasProps {
  /** In paint order: larger first, so smaller ones are on top and clickable. */
  symbols: readonly MapSymbol[];
  selectedId: string | null;
  /** Ids of the events the search found. */
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
