/** "Add to my briefing": puts this view, exactly as it is shown now, on a slide of the reader's deck (`deck=`). */
import "virtual:i18n/en/presenting";
import { useState } from "react";
import { useT } from "../i18n";
import { formatNumber } from "../i18n/format";
import { useStore } from "../state/store";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { addToDeck, parseDeck, slideSpec } from "./deck";
import "./dashboard.css";

export function AddToBriefing({ def, ctx }: { def: WidgetDef; ctx: WidgetContext }) {
  const t = useT();
  const setView = useStore((s) => s.setView);
  const [added, setAdded] = useState<number | null>(null);

  const add = () => {
    const deck = useStore.getState().deck;
    const spec = slideSpec(def.id, {
      release: ctx.release.entry.id,
      range: ctx.range,
      lang: ctx.lang,
      selection: ctx.selection,
      categories: ctx.categories,
    });
    const next = addToDeck(deck, spec);
    const parsed = next ? parseDeck(next) : null;
    setView({ deck: next });
    // +1: the title slide comes first.
    if (parsed?.ok) setAdded(parsed.slides.length + 1);
  };

  return (
    <span className="briefing-add">
      <button type="button" onClick={add}>
        {added !== null ? t("briefing.addedShort", { n: formatNumber(added, ctx.lang) }) : t("briefing.add")}
        <span className="visually-hidden">: {def.title(t)}</span>
      </button>
      <span className="add-status visually-hidden" role="status">
        {added !== null ? t("briefing.added", { n: formatNumber(added, ctx.lang) }) : ""}
      </span>
    </span>
  );
}
