/**
 * The presenter's window: the slide the audience sees, the next one, the notes (the slide's summary
 * sentence), the elapsed time and the slide number. Keys and buttons work as in the audience window,
 * and both windows move together (presenter.ts).
 */
import "virtual:i18n/en/briefing";
import type { ReactNode } from "react";
import { useT } from "../i18n";
import { formatNumber, type Lang } from "../i18n/format";
import { formatElapsed, slideNotes, useElapsed } from "./presenter";
import { SlideView, type DeckData } from "./SlideView";
import "./presenter.css";

interface PresenterViewProps {
  /** The current slide's stage, as the audience window renders it. */
  stage: ReactNode;
  deck: DeckData | null;
  index: number;
  /** How many slides the deck has (known from its plan before the releases have loaded). */
  total: number;
  nextName: string | null;
  blank: boolean;
  lang: Lang;
}

export function PresenterView({ stage, deck, index, total, nextName, blank, lang }: PresenterViewProps) {
  const t = useT();
  const elapsed = useElapsed();
  const slide = deck?.plan.slides[index];
  const next = deck?.plan.slides[index + 1];
  const release =
    slide?.kind === "widget" ? deck?.ready.get(slide.spec.release ?? deck.current.entry.id) : deck?.current;
  const notes = deck && slide ? slideNotes(slide, deck.plan, release, lang) : "";
  return (
    <div className="presenter">
      <section className="presenter-current" aria-label={t("briefing.presenter.current")}>
        {stage}
      </section>
      <aside className="presenter-side" aria-label={t("briefing.presenter.label")}>
        <p className="presenter-number">
          {t("briefing.presenter.number", { n: formatNumber(index + 1, lang), total: formatNumber(total, lang) })}
        </p>
        <div className="presenter-clock">
          <span className="presenter-elapsed" role="timer" aria-label={t("briefing.presenter.elapsed")}>
            {formatElapsed(elapsed.ms)}
          </span>
          <button type="button" onClick={elapsed.restart}>
            {t("briefing.presenter.restart")}
          </button>
        </div>
        {blank && (
          <p className="presenter-blank" role="status">
            {t("briefing.presenter.blanked")}
          </p>
        )}
        <section className="presenter-notes" aria-labelledby="presenter-notes-title">
          <h2 id="presenter-notes-title">{t("briefing.presenter.notes")}</h2>
          <p>{notes}</p>
        </section>
        <section className="presenter-next" aria-labelledby="presenter-next-title">
          <h2 id="presenter-next-title">
            {t("briefing.presenter.next")}
            {nextName ? `: ${nextName}` : ""}
          </h2>
          {deck && next ? (
            // A preview: not for the keyboard or the screen reader, who have the title above.
            <div className="presenter-next-slide" inert aria-hidden="true">
              <div className="presenter-next-scale">
                <SlideView slide={next} deck={deck} variant="slide" />
              </div>
            </div>
          ) : (
            <p>{t("briefing.presenter.end")}</p>
          )}
        </section>
      </aside>
    </div>
  );
}
