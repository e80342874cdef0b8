/** Opens briefing mode: the reader's own deck when they have assembled one, else the default deck. */
import "virtual:i18n/en/presenting";
import { useT } from "../i18n";
import { formatNumber } from "../i18n/format";
import { useStore } from "../state/store";
import { parseDeck } from "./deck";
import "./dashboard.css";

export function PresentButton() {
  const t = useT();
  const deck = useStore((s) => s.deck);
  const lang = useStore((s) => s.lang);
  const setView = useStore((s) => s.setView);
  const parsed = deck ? parseDeck(deck) : null;
  const own = parsed?.ok ? parsed.slides.length : 0;
  return (
    <button
      type="button"
      className="present-button"
      title={t("briefing.presentHint")}
      onClick={() => setView({ panel: "briefing", slide: 0 })}
    >
      <span aria-hidden="true">▶</span>
      {own > 0 ? t("briefing.presentDeck", { count: formatNumber(own, lang) }) : t("briefing.present")}
    </button>
  );
}
