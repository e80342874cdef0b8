/**
 * One view model per widget, release and view. Every part of a widget (summary, headline, table, claims, sources,
 * qualifier note, chart) reads the model its spec builds from the context; this memo builds it once for a release
 * and the parts of the view the spec says it depends on, whoever asks first: the dashboard's frame, an embed, a
 * briefing slide, a download. A release is immutable once loaded, so models are kept per release object (dropped
 * with it) and, within a release, per view key in a small LRU: dragging a range asks for many views, and memory
 * must not grow with them.
 */
import { createElement } from "react";
import type { ReleaseData } from "../data/schema";
import type { ViewPart, WidgetContext, WidgetDef, WidgetSpec } from "./types";

/** Views kept per widget and release (a drag comes back over the ranges it passed: keep the recent ones). */
export const VIEWS_KEPT = 32;

interface Memo {
  shared: Map<string, unknown>;
  views: Map<string, unknown>;
  /** The model built last, handed to the next build (see WidgetSpec.model). */
  last: unknown;
}

const memos = new WeakMap<ReleaseData, WeakMap<object, Memo>>();

// Objects in a key (the translator, the corrections index) by identity: a number per object.
const objectIds = new WeakMap<object, number>();
let nextId = 0;
function idOf(o: object): number {
  let id = objectIds.get(o);
  if (id === undefined) objectIds.set(o, (id = nextId++));
  return id;
}

function keyPart(part: ViewPart, ctx: WidgetContext): string {
  switch (part) {
    // The translator too: it is the same function per language until the language's messages arrive.
    case "lang":
      return `${ctx.lang}#${idOf(ctx.t)}`;
    case "range":
      return ctx.range ? `${ctx.range.start}/${ctx.range.end}` : "";
    case "selection":
      return ctx.selection ?? "";
    // By content: the URL makes a new list for the same categories.
    case "categories":
      return ctx.categories.join(",");
    case "corrections":
      return ctx.corrections ? `${idOf(ctx.corrections)}` : "";
  }
}

/** The key of a context's view for the parts a model depends on. */
export function viewKey(parts: readonly ViewPart[], ctx: WidgetContext): string {
  return parts.map((p) => keyPart(p, ctx)).join("|");
}

/** The value under `key`, built on a miss; the most recently used `max` are kept. */
function lru<T>(map: Map<string, unknown>, key: string, max: number, build: () => T): T {
  if (map.has(key)) {
    const hit = map.get(key) as T;
    // Map keeps insertion order: moving a hit to the end makes the first entry the least recently used.
    map.delete(key);
    map.set(key, hit);
    return hit;
  }
  const value = build();
  map.set(key, value);
  if (map.size > max) map.delete(map.keys().next().value!);
  return value;
}

/** The view model of `spec` for this context: built once per release and view, then shared. */
export function viewModel<M, S>(spec: WidgetSpec<M, S>, ctx: WidgetContext): M {
  let bySpec = memos.get(ctx.release);
  if (!bySpec) memos.set(ctx.release, (bySpec = new WeakMap()));
  let memo = bySpec.get(spec);
  if (!memo) bySpec.set(spec, (memo = { shared: new Map(), views: new Map(), last: undefined }));
  const m = memo;
  return lru(m.views, viewKey(spec.view, ctx), VIEWS_KEPT, () => {
    const shared = spec.shared
      ? lru(m.shared, viewKey(spec.shared.view, ctx), VIEWS_KEPT, () => spec.shared!.build(ctx))
      : (undefined as S);
    const model = spec.model(ctx, shared, m.last as M | undefined);
    m.last = model;
    return model;
  });
}

/**
 * `next`, or `previous` when it holds the same items. A builder keeps the previous model's list this way when a
 * range step leaves it as it was, so that what is memoised on the list (symbols, rows, a drawing) is not redone.
 */
export function sameOr<T>(previous: readonly T[] | undefined, next: readonly T[]): readonly T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

/** The widget pages read: each part asked with the context reads the one model of that context. */
export function defineWidget<M, S = undefined>(spec: WidgetSpec<M, S>): WidgetDef<M> {
  const model = (ctx: WidgetContext) => viewModel(spec, ctx);
  const Component = ({ ctx }: { ctx: WidgetContext }) => createElement(spec.Component, { ctx, model: model(ctx) });
  Component.displayName = `Widget(${spec.id})`;
  const { headline, claims } = spec;
  return {
    id: spec.id,
    title: spec.title,
    model,
    summary: (ctx) => spec.summary(model(ctx), ctx),
    ...(headline ? { headline: (ctx: WidgetContext) => headline(model(ctx), ctx) } : {}),
    table: (ctx, limit) => spec.table(model(ctx), ctx, limit),
    ...(claims ? { claims: (ctx: WidgetContext) => claims(model(ctx), ctx) } : {}),
    sources: (ctx) => spec.sources(model(ctx), ctx),
    hasQualifiers: (ctx) => spec.hasQualifiers(model(ctx), ctx),
    ...(spec.marksCorrections ? { marksCorrections: true } : {}),
    Component,
  };
}
