/**
 * The presenter view: a second window of the same deck (`#presenter` on the briefing's URL) showing the
 * current and the next slide, the notes and the time. The two windows keep the same slide and blank
 * state over a BroadcastChannel (same browser, same origin, no network): a key pressed in either moves
 * both.
 */
import "virtual:i18n/en/briefing";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ReleaseData } from "../data/schema";
import { translator } from "../i18n";
import { formatDate, formatMeasure, type Lang } from "../i18n/format";
import { keyFigureList } from "../widgets/keyFiguresWidget";
import { slideContext } from "./context";
import { findWidget, type DeckPlan, type Slide } from "./slides";

export const PRESENTER_HASH = "#presenter";
const CHANNEL = "brt-briefing";

export function isPresenterWindow(): boolean {
  return typeof window !== "undefined" && window.location.hash === PRESENTER_HASH;
}

/** Opens (or brings forward) the presenter window on the deck and slide this window shows. */
export function openPresenter(): void {
  const url = new URL(window.location.href);
  url.hash = PRESENTER_HASH;
  const win = window.open(url.href, "brt-presenter", "popup,width=1200,height=760");
  win?.focus();
}

/** What one window tells the other. `deck` and `release` are the URL's: a message about another deck is ignored. */
interface DeckMessage {
  deck: string | null;
  release: string | null;
  slide: number;
  blank: boolean;
}

interface SyncState extends DeckMessage {
  go: (slide: number) => void;
  setBlank: (on: boolean) => void;
}

/**
 * Posts this window's slide and blank state whenever they change here, and follows the other window's.
 * A state that arrived from the other window is not sent back, so two quick presses never bounce.
 */
export function useDeckSync(s: SyncState): void {
  const channel = useRef<BroadcastChannel | null>(null);
  const received = useRef<DeckMessage | null>(null);
  const latest = useRef(s);
  useLayoutEffect(() => {
    latest.current = s;
  });

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    const ch = new BroadcastChannel(CHANNEL);
    channel.current = ch;
    ch.onmessage = (e: MessageEvent<DeckMessage>) => {
      const m = e.data;
      const here = latest.current;
      if (!m || m.deck !== here.deck || m.release !== here.release) return;
      received.current = m;
      if (m.slide !== here.slide) here.go(m.slide);
      if (m.blank !== here.blank) here.setBlank(m.blank);
    };
    return () => {
      ch.close();
      channel.current = null;
    };
  }, []);

  const { deck, release, slide, blank } = s;
  useEffect(() => {
    const r = received.current;
    if (r && r.deck === deck && r.release === release && r.slide === slide && r.blank === blank) return;
    channel.current?.postMessage({ deck, release, slide, blank } satisfies DeckMessage);
  }, [deck, release, slide, blank]);
}

/** Milliseconds since the presenter view opened (or was restarted), ticking once a second. */
export function useElapsed(): { ms: number; restart: () => void } {
  const [start, setStart] = useState(() => Date.now());
  const [now, setNow] = useState(start);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  return {
    ms: Math.max(0, now - start),
    restart: () => {
      const t = Date.now();
      setStart(t);
      setNow(t);
    },
  };
}

/** "4:05", "1:02:03": a clock face, the same in every language. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const sec = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}

/**
 * The speaker's notes for a slide: a view's summary sentence (its WidgetDef's, for the slide's pinned
 * view), the figure and its label for a key-figure slide, the release and its date for the title.
 */
export function slideNotes(slide: Slide, plan: DeckPlan, release: ReleaseData | undefined, lang: Lang): string {
  const t = translator(lang);
  if (!release) return "";
  if (slide.kind === "widget") {
    const def = findWidget(slide.spec.widget);
    const slideLang = slide.spec.lang ?? lang;
    return def
      ? def.summary(slideContext(slide.spec, release, slideLang))
      : t("briefing.unknownWidget", { id: slide.spec.widget });
  }
  if (slide.kind === "figure") {
    const key = keyFigureList(release, t, lang).find((k) => k.id === slide.figure);
    return key ? `${key.figures.map((f) => formatMeasure(f, lang)).join(" / ")}: ${key.label}` : "";
  }
  if (slide.kind === "title") {
    const date = formatDate(release.entry.asOf, lang);
    const deck = t(plan.custom ? "briefing.deck.custom" : "briefing.deck.default");
    return `${deck}. ${t("briefing.sources.release", { id: release.entry.id, date })}.`;
  }
  return t("briefing.sources.more");
}
