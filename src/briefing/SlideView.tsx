/** Renders one slide of a deck, as a slide or as a handout page, once the release it needs is loaded. */
import "virtual:i18n/en/briefing";
import { ErrorPanel } from "../components/ErrorPanel";
import type { ReleaseData } from "../data/schema";
import { translator, useMessages } from "../i18n";
import type { Lang } from "../i18n/format";
import type { SlideRelease } from "./slideReleases";
import { FigureSlide } from "./FigureSlide";
import type { DeckPlan, Slide } from "./slides";
import { SourcesSlide } from "./SourcesSlide";
import { TitleSlide } from "./TitleSlide";
import { WidgetSlide } from "./WidgetSlide";
import type { Variant } from "./SlideParts";

export interface DeckData {
  plan: DeckPlan;
  /** The release the page has loaded (title and sources slides are about it). */
  current: ReleaseData;
  releases: Map<string, SlideRelease>;
  /** Loaded releases by id. */
  ready: ReadonlyMap<string, ReleaseData>;
  sources: { release: ReleaseData; ids: string[] }[];
  /** The presenter's language (slides may pin their own). */
  lang: Lang;
}

interface SlideViewProps {
  slide: Slide;
  deck: DeckData;
  variant: Variant;
}

export function SlideView({ slide, deck, variant }: SlideViewProps) {
  const { current, lang } = deck;
  // A slide may keep its own language: re-render when its messages arrive.
  useMessages("spec" in slide ? (slide.spec.lang ?? lang) : lang);
  if (slide.kind === "title") {
    return (
      <TitleSlide
        custom={deck.plan.custom}
        release={current}
        pinned={[...deck.releases.keys()]}
        sourceCount={deck.sources.reduce((n, g) => n + g.ids.length, 0)}
        lang={lang}
        variant={variant}
      />
    );
  }
  if (slide.kind === "sources")
    return <SourcesSlide groups={deck.sources} release={current} lang={lang} variant={variant} />;
  if (slide.kind === "figure")
    return <FigureSlide figure={slide.figure} release={current} lang={lang} variant={variant} />;

  const id = slide.spec.release ?? current.entry.id;
  const state = deck.releases.get(id);
  const t = translator(lang);
  if (!state || state.state === "loading") {
    return (
      <p className="slide-status" role="status">
        {t("briefing.loadingRelease", { id })}
      </p>
    );
  }
  if (state.state === "error") return <ErrorPanel error={state.error} onRetry={state.retry} />;
  return <WidgetSlide spec={slide.spec} release={state.release} lang={slide.spec.lang ?? lang} variant={variant} />;
}

/** A short name for a slide, for the counter's accessible label. */
export function slideName(slide: Slide, deck: DeckData, findTitle: (id: string) => string | undefined): string {
  const t = translator(deck.lang);
  if (slide.kind === "title") return t(deck.plan.custom ? "briefing.deck.custom" : "briefing.deck.default");
  if (slide.kind === "sources") return t("briefing.sources.title");
  if (slide.kind === "figure") return t("briefing.figure.title");
  return findTitle(slide.spec.widget) ?? slide.spec.widget;
}
