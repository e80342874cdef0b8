/**
 * The deck on paper: one page per slide, each view with its summary, data table and sources, and a QR
 * code with the short link back to the slide's live, pinned view (drawn here, no network). Print only.
 */
import "virtual:i18n/en/briefing";
import { useMemo } from "react";
import { translator } from "../i18n";
import type { Lang } from "../i18n/format";
import { liveLink, printedLink } from "./liveLink";
import { encodeQr, qrPath } from "./qr";
import type { Slide } from "./slides";
import { slideReleaseId } from "./context";
import { SlideView, type DeckData } from "./SlideView";
import "./handout.css";

export function Handout({ deck }: { deck: DeckData }) {
  const base = `${window.location.origin}${window.location.pathname}`;
  return (
    <div className="handout">
      {deck.plan.slides.map((slide, i) => (
        <section className="handout-page" key={i} data-page={i + 1}>
          <LiveLink slide={slide} currentId={deck.current.entry.id} lang={deck.lang} base={base} />
          <SlideView slide={slide} deck={deck} variant="page" />
        </section>
      ))}
    </div>
  );
}

const QUIET = 4;

function LiveLink({ slide, currentId, lang, base }: { slide: Slide; currentId: string; lang: Lang; base: string }) {
  const url = liveLink(slide, currentId, lang, base);
  const qr = useMemo(() => {
    try {
      return encodeQr(url);
    } catch {
      return null; // a link too long for a code (a very long address): the printed link still stands
    }
  }, [url]);
  const t = translator(lang);
  const side = (qr?.length ?? 0) + QUIET * 2;
  return (
    <aside className="handout-link">
      {qr && (
        <svg
          className="handout-qr"
          viewBox={`0 0 ${side} ${side}`}
          role="img"
          aria-label={t("briefing.handout.qr", { url })}
          shapeRendering="crispEdges"
          data-url={url}
        >
          <rect width={side} height={side} fill="#fff" />
          <path d={qrPath(qr, QUIET)} fill="#000" />
        </svg>
      )}
      <p>
        {t("briefing.handout.link", { id: slideReleaseId(slide, currentId) ?? currentId })}{" "}
        <a href={url}>{printedLink(url)}</a>
      </p>
    </aside>
  );
}
