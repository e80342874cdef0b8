/**
 * From the `deck=` parameter to the slides shown: the default deck ("the situation in numbers") or
 * the reader's own deck, framed by a title slide and a closing sources slide.
 */
import type { WidgetDef } from "../widgets/types";
import { parseDeck, slideSpec, type DeckError, type SlideSpec } from "./deck";

export type Slide =
  | { kind: "title" }
  | {
      kind: "widget";
      spec: SlideSpec;
      /** Index among the reader's own slides, for removal; null in the default deck. */ own: number | null;
    }
  /** A key figure on its own, when the deck wants a view the registry does not (yet) have. */
  | { kind: "figure"; figure: "deaths" }
  | { kind: "sources" };

export interface DeckPlan {
  custom: boolean;
  slides: Slide[];
  /** Why a `deck=` link was not used (the default deck is shown instead). */
  error: DeckError | null;
}

// Every widget a slide can show (the registry's EMBED_WIDGETS: the dashboard's plus the key-figures card). The app
// hands them in when it loads the briefing (App.tsx), so the briefing imports neither the app nor each widget.
let slideWidgets: readonly WidgetDef[] = [];

/** Called by the app before the briefing renders: the widgets its slides may show. */
export function provideSlideWidgets(widgets: readonly WidgetDef[]): void {
  slideWidgets = widgets;
}

export function findWidget(id: string): WidgetDef | undefined {
  return slideWidgets.find((w) => w.id === id);
}

/** Deaths in custody: its own view when the registry has one, else the key figure. */
const DEATHS_WIDGETS = ["deaths-in-custody", "deaths"];

function defaultSlides(): Slide[] {
  const widget = (id: string): Slide => ({ kind: "widget", spec: slideSpec(id), own: null });
  const deaths = DEATHS_WIDGETS.find((id) => findWidget(id));
  return [
    { kind: "title" },
    widget("key-figures"),
    widget("prisoners-trend"),
    widget("pardon-timeline"),
    widget("detention-map"),
    widget("treason-trend"),
    deaths ? widget(deaths) : { kind: "figure", figure: "deaths" },
    { kind: "sources" },
  ];
}

export function planDeck(deck: string | null): DeckPlan {
  if (!deck) return { custom: false, slides: defaultSlides(), error: null };
  const parsed = parseDeck(deck);
  if (!parsed.ok) return { custom: false, slides: defaultSlides(), error: parsed.error };
  return {
    custom: true,
    slides: [
      { kind: "title" },
      ...parsed.slides.map((spec, own): Slide => ({ kind: "widget", spec, own })),
      { kind: "sources" },
    ],
    error: null,
  };
}
