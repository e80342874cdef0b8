/** The deck on paper: one page per slide, each view with its summary, data table and sources. Print only. */
import { SlideView, type DeckData } from "./SlideView";

export function Handout({ deck }: { deck: DeckData }) {
  return (
    <div className="handout">
      {deck.plan.slides.map((slide, i) => (
        <section className="handout-page" key={i} data-page={i + 1}>
          <SlideView slide={slide} deck={deck} variant="page" />
        </section>
      ))}
    </div>
  );
}
