/** What each slide shows: its release, language and view, as a WidgetContext, and the sources it cites. */
import type { ReleaseData } from "../data/schema";
import { translator } from "../i18n";
import type { Lang } from "../i18n/format";
import type { ViewState } from "../state/store";
import type { WidgetContext } from "../widgets/types";
import { keyFigureList } from "../widgets/keyFiguresWidget";
import type { SlideSpec } from "./deck";
import { findWidget, type DeckPlan, type Slide } from "./slides";

const ignore = () => undefined;

export function slideContext(
  spec: SlideSpec,
  release: ReleaseData,
  lang: Lang,
  setView: (patch: Partial<ViewState>) => void = ignore,
): WidgetContext {
  return {
    release,
    lang,
    t: translator(lang),
    range: spec.range,
    selection: spec.selection,
    categories: spec.categories,
    setView,
  };
}

/** The release a slide is about: its pinned one, else the loaded one. */
export function slideReleaseId(slide: Slide, currentId: string | null): string | null {
  return slide.kind === "widget" ? (slide.spec.release ?? currentId) : currentId;
}

/** Every release the deck needs, the loaded one first. */
export function deckReleaseIds(plan: DeckPlan, currentId: string | null): string[] {
  const ids = plan.slides.map((s) => slideReleaseId(s, currentId)).filter((id): id is string => !!id);
  return [...new Set(currentId ? [currentId, ...ids] : ids)];
}

/** Source ids a slide cites (none for the title and sources slides). */
export function slideSources(slide: Slide, release: ReleaseData, lang: Lang): string[] {
  if (slide.kind === "widget") {
    const def = findWidget(slide.spec.widget);
    return def ? def.sources(slideContext(slide.spec, release, lang)) : [];
  }
  if (slide.kind === "figure") {
    const figure = keyFigureList(release, translator(lang), lang).find((k) => k.id === slide.figure);
    return figure ? figure.figures.flatMap((f) => f.sources) : [];
  }
  return [];
}

/** Sources cited anywhere in the deck, grouped by release, in order of first citation. */
export function deckSources(
  plan: DeckPlan,
  releases: ReadonlyMap<string, ReleaseData>,
  currentId: string | null,
  lang: Lang,
): { release: ReleaseData; ids: string[] }[] {
  const groups = new Map<string, { release: ReleaseData; ids: Set<string> }>();
  for (const slide of plan.slides) {
    const id = slideReleaseId(slide, currentId);
    const release = id ? releases.get(id) : undefined;
    const ids = release ? slideSources(slide, release, lang) : [];
    if (!release || ids.length === 0) continue;
    const group = groups.get(release.entry.id) ?? { release, ids: new Set<string>() };
    groups.set(release.entry.id, group);
    for (const s of ids) group.ids.add(s);
  }
  return [...groups.values()].map((g) => ({ release: g.release, ids: [...g.ids] }));
}
