/**
 * The embed's registry: widget id → a dynamic import, so Vite splits each widget into its own chunk and a
 * chart embed never downloads the map (and vice versa). Must list exactly the ids of EMBED_WIDGETS in
 * src/app/registry.ts (tests/component/embed.test.tsx checks both lists agree).
 */
import { paramExcerpt } from "../data/errors";
import type { WidgetDef } from "../widgets/types";

export const LAZY_WIDGETS: Readonly<Record<string, () => Promise<WidgetDef>>> = {
  "pardon-timeline": () => import("../charts/pardons/widget").then((m) => m.pardonTimeline),
  "prisoners-trend": () => import("../charts/trends/widget").then((m) => m.prisonersTrend),
  "treason-trend": () => import("../charts/trends/widget").then((m) => m.treasonTrend),
  "detention-map": () => import("../map/widget").then((m) => m.detentionMap),
  "deaths-in-custody": () => import("../people/widgets").then((m) => m.deathsInCustody),
  incommunicado: () => import("../people/widgets").then((m) => m.incommunicado),
  people: () => import("../people/widgets").then((m) => m.namedPeople),
  "key-figures": () => import("../widgets/keyFiguresWidget").then((m) => m.keyFiguresWidget),
};

export const EMBED_WIDGET_IDS = Object.keys(LAZY_WIDGETS);

/** Thrown when ?widget= names no embeddable widget; the message lists the ones that exist. */
export class UnknownWidgetError extends Error {
  readonly widget: string;
  constructor(widget: string) {
    // The id comes from the URL: named only when it is short and looks like an id (see paramExcerpt).
    const asked = paramExcerpt(widget);
    super(
      widget
        ? `${asked ? `there is no widget ${asked}` : "the requested widget does not exist"} (available: ${EMBED_WIDGET_IDS.join(", ")})`
        : `the embed URL names no widget: add ?widget= with one of ${EMBED_WIDGET_IDS.join(", ")}`,
    );
    this.name = "UnknownWidgetError";
    this.widget = widget;
  }
}

const loaded = new Map<string, WidgetDef>();

export function loadWidget(id: string): Promise<WidgetDef> {
  const load = Object.hasOwn(LAZY_WIDGETS, id) ? LAZY_WIDGETS[id] : undefined;
  if (!load) return Promise.reject(new UnknownWidgetError(id));
  return load().then((def) => {
    loaded.set(id, def);
    return def;
  });
}

/** The widget's definition when loadWidget has already brought it, without waiting (an embed that hydrates). */
export function loadedWidget(id: string): WidgetDef | undefined {
  return loaded.get(id);
}
