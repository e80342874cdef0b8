/**
 * Presenter controls: every key has a button too, so the deck also works by pointer, touch or Tab. A
 * button pressed with the mouse or a finger hands the focus back to the deck, so the clicker's next
 * Space turns the page instead of pressing that button again; a button pressed from the keyboard keeps
 * the focus (the reader is moving along the bar).
 */
import "virtual:i18n/en/briefing";
import type { MouseEvent } from "react";
import { useT } from "../i18n";
import { formatNumber, type Lang } from "../i18n/format";
import { OfflineStatus } from "./OfflineStatus";

interface ToolbarProps {
  index: number;
  total: number;
  name: string;
  lang: Lang;
  go: (delta: number) => void;
  fullscreen: boolean;
  toggleFullscreen: () => void;
  blank: () => void;
  exit: () => void;
  /** Present when the current slide is one of the reader's own and can be removed. */
  remove?: () => void;
  releaseIds: readonly string[];
  /** Opens the presenter view; absent in the presenter view itself. */
  presenter?: () => void;
  /** Gives the keyboard focus back to the deck. */
  focusDeck: () => void;
}

export function Toolbar(p: ToolbarProps) {
  const t = useT();
  const n = formatNumber(p.index + 1, p.lang);
  const total = formatNumber(p.total, p.lang);
  // `detail` counts pointer clicks; a button pressed by Enter or Space reports 0.
  const press = (action: () => void) => (e: MouseEvent) => {
    action();
    if (e.detail > 0) p.focusDeck();
  };
  return (
    <nav className="briefing-toolbar" aria-label={t("briefing.label")}>
      <button
        type="button"
        onClick={press(() => p.go(-1))}
        disabled={p.index === 0}
        aria-keyshortcuts="ArrowLeft PageUp"
      >
        <span aria-hidden="true">← </span>
        {t("briefing.prev")}
      </button>
      <p className="slide-counter" aria-label={t("briefing.counterLabel", { n, total, title: p.name })}>
        {t("briefing.counter", { n, total })}
      </p>
      <button
        type="button"
        onClick={press(() => p.go(1))}
        disabled={p.index === p.total - 1}
        aria-keyshortcuts="ArrowRight PageDown Space"
      >
        {t("briefing.next")}
        <span aria-hidden="true"> →</span>
      </button>
      <span className="toolbar-gap" />
      <OfflineStatus releaseIds={p.releaseIds} />
      {p.remove && (
        <button type="button" onClick={press(p.remove)}>
          {t("briefing.remove")}
        </button>
      )}
      {p.presenter && (
        <button type="button" onClick={press(p.presenter)} aria-keyshortcuts="S">
          {t("briefing.presenter.open")}
        </button>
      )}
      <button type="button" onClick={press(p.toggleFullscreen)} aria-pressed={p.fullscreen} aria-keyshortcuts="F">
        {p.fullscreen ? t("briefing.fullscreenExit") : t("briefing.fullscreen")}
      </button>
      <button type="button" onClick={press(p.blank)} aria-keyshortcuts="B">
        {t("briefing.blank")}
      </button>
      <button type="button" onClick={press(() => window.print())}>
        {t("briefing.print")}
      </button>
      <button type="button" onClick={p.exit} aria-keyshortcuts="Escape">
        {t("briefing.exit")}
      </button>
    </nav>
  );
}
