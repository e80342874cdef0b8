/**
 * Briefing mode (`?panel=briefing`): full-screen slides from the same widgets as the dashboard,
 * driven by a clicker or the keyboard, the slide number kept in the URL (`slide=`), the deck either
 * the default one or the reader's own (`deck=`, see deck.ts). Prints as a handout.
 */
import "virtual:i18n/en/briefing";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { ErrorPanel } from "../components/ErrorPanel";
import type { ReleaseData } from "../data/schema";
import { useT } from "../i18n";
import { useStore } from "../state/store";
import { deckReleaseIds, deckSources } from "./context";
import { removeFromDeck } from "./deck";
import { Handout } from "./Handout";
import { isPresenterWindow, openPresenter, useDeckSync } from "./presenter";
import { PresenterView } from "./PresenterView";
import { useSlideReleases } from "./slideReleases";
import { findWidget, planDeck } from "./slides";
import { slideName, SlideView, type DeckData } from "./SlideView";
import { Toolbar } from "./Toolbar";
import { useDeckKeys } from "./useDeckKeys";
import { useFullscreen } from "./useFullscreen";
import { usePrinting } from "../components/usePrinting";
import "./briefing.css";

export { provideSlideWidgets } from "./slides";

export function Briefing({ onRetry }: { onRetry: () => void }) {
  const t = useT();
  const data = useStore((s) => s.data);
  const deckParam = useStore((s) => s.deck);
  const slideParam = useStore((s) => s.slide);
  const lang = useStore((s) => s.lang);
  const theme = useStore((s) => s.theme);
  const setView = useStore((s) => s.setView);
  const releaseParam = useStore((s) => s.releaseId);
  const rootRef = useRef<HTMLDivElement>(null);
  const [blank, setBlank] = useState(false);
  // This window is the presenter's (`#presenter`), opened by S or the toolbar's button.
  const [presenting] = useState(isPresenterWindow);
  const blankRef = useRef<HTMLButtonElement>(null);
  const beforeBlank = useRef<Element | null>(null);
  const fullscreen = useFullscreen(rootRef);
  const printing = usePrinting();

  const plan = useMemo(() => planDeck(deckParam), [deckParam]);
  const current = data.state === "ready" ? data.release : null;
  const manifest = data.state === "loading" ? undefined : data.manifest;
  const currentId = current?.entry.id ?? null;
  const releaseIds = useMemo(() => deckReleaseIds(plan, currentId), [plan, currentId]);
  const releases = useSlideReleases(releaseIds, current, manifest);
  const total = plan.slides.length;
  const index = Math.min(Math.max(0, slideParam), total - 1);
  const slide = plan.slides[index]!;

  const go = useCallback(
    (delta: number | "first" | "last") => {
      // From the store's slide, not this render's: a clicker's second press can arrive before the re-render.
      const param = useStore.getState().slide;
      const from = Math.min(Math.max(0, param), total - 1);
      const next =
        delta === "first" ? 0 : delta === "last" ? total - 1 : Math.min(Math.max(0, from + delta), total - 1);
      if (next !== from || param !== from) setView({ slide: next });
    },
    [total, setView],
  );
  const exit = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    setView({ panel: "dashboard", slide: 0 });
  }, [setView]);
  const presenter = presenting ? undefined : openPresenter;
  useDeckKeys({ go, blank, setBlank, toggleFullscreen: fullscreen.toggle, exit, presenter });
  useDeckSync({
    deck: deckParam,
    release: releaseParam,
    slide: index,
    blank,
    go: (n) => setView({ slide: n }),
    setBlank,
  });

  const focusDeck = useCallback(() => rootRef.current?.focus({ preventScroll: true }), []);
  // Keys go to the deck from the first moment, without a click.
  useEffect(focusDeck, [focusDeck]);

  // The black screen takes the focus, so the key that brings the picture back presses no button under it
  // (Space on the "Blank screen" button would blank again); then the focus goes back where it was.
  useLayoutEffect(() => {
    if (presenting) return;
    if (blank) {
      beforeBlank.current = document.activeElement;
      blankRef.current?.focus({ preventScroll: true });
    } else if (beforeBlank.current) {
      const el = beforeBlank.current;
      beforeBlank.current = null;
      if (el instanceof HTMLElement && el.isConnected && el !== document.body) el.focus({ preventScroll: true });
      else focusDeck();
    }
  }, [blank, presenting, focusDeck]);

  const deck: DeckData | null = useMemo(() => {
    if (!current) return null;
    const ready = new Map<string, ReleaseData>();
    releases.forEach((r, id) => {
      if (r.state === "ready") ready.set(id, r.release);
    });
    return { plan, current, releases, ready, sources: deckSources(plan, ready, current.entry.id, lang), lang };
  }, [plan, current, releases, lang]);

  const name = deck ? slideName(slide, deck, (id) => findWidget(id)?.title(t)) : "";
  const nextSlide = plan.slides[index + 1];
  const nextName = deck && nextSlide ? slideName(nextSlide, deck, (id) => findWidget(id)?.title(t)) : null;
  const remove =
    slide.kind === "widget" && slide.own !== null && deckParam
      ? () => {
          setView({ deck: removeFromDeck(deckParam, slide.own!), slide: Math.max(0, index - 1) });
          // The button may be gone with the slide: the keys stay with the deck.
          focusDeck();
        }
      : undefined;

  const stage = (
    <div
      className="briefing-stage"
      role="group"
      aria-roledescription={t("briefing.slideRole")}
      aria-label={name}
      data-slide={index + 1}
    >
      {data.state === "loading" && (
        <p className="slide-status" role="status">
          {t("app.loading")}
        </p>
      )}
      {data.state === "error" && (
        <ErrorPanel
          error={data.error}
          onRetry={onRetry}
          onNewest={data.manifest ? () => setView({ releaseId: null }) : undefined}
        />
      )}
      {deck && <SlideView key={`${deckParam ?? ""}#${index}`} slide={slide} deck={deck} variant="slide" />}
    </div>
  );

  return (
    <div
      className="briefing"
      ref={rootRef}
      tabIndex={-1}
      role="region"
      aria-roledescription={t("briefing.roledescription")}
      aria-label={t("briefing.label")}
      data-slide-theme={theme === "light" ? "light" : "dark"}
      data-fullscreen={fullscreen.active ? "true" : "false"}
      data-blank={blank ? "true" : "false"}
      data-presenter={presenting ? "true" : undefined}
    >
      <h1 className="visually-hidden">
        {t("app.title")}: {t(plan.custom ? "briefing.deck.custom" : "briefing.deck.default")}
      </h1>
      {plan.error && (
        <p className="deck-error" role="alert">
          {t(`briefing.error.${plan.error.code}`, { ...plan.error })}
        </p>
      )}
      {fullscreen.failed && (
        <p className="deck-error" role="alert">
          {t("briefing.fullscreenFailed")}
        </p>
      )}
      {presenting ? (
        <PresenterView
          stage={stage}
          deck={deck}
          index={index}
          total={total}
          nextName={nextName}
          blank={blank}
          lang={lang}
        />
      ) : (
        stage
      )}
      <p className="visually-hidden" aria-live="polite">
        {deck ? t("briefing.counterLabel", { n: index + 1, total, title: name }) : ""}
      </p>
      <Toolbar
        index={index}
        total={total}
        name={name}
        lang={lang}
        go={go}
        fullscreen={fullscreen.active}
        toggleFullscreen={fullscreen.toggle}
        blank={() => setBlank(true)}
        exit={exit}
        remove={remove}
        presenter={presenter}
        focusDeck={focusDeck}
        releaseIds={releaseIds}
      />
      {blank && !presenting && (
        <button
          ref={blankRef}
          type="button"
          className="briefing-blank"
          onClick={() => setBlank(false)}
          aria-label={t("briefing.blanked")}
        >
          <span className="visually-hidden">{t("briefing.blanked")}</span>
        </button>
      )}
      {printing && deck && <Handout deck={deck} />}
    </div>
  );
}
