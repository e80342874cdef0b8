import "virtual:i18n/en/people";
import { memo, useCallback, useEffect, useMemo } from "react";
import { SearchField } from "../components/SearchField";
import { formatNumber, pluralCategory } from "../i18n/format";
import { useStore } from "../state/store";
import { sameContextButRange } from "../widgets/sameView";
import type { WidgetContext } from "../widgets/types";
import { useBatches } from "../widgets/useBatches";
import { dialogOwner, matchesPerson, selectedPerson } from "./model";
import { PersonCard } from "./PersonCard";
import type { PeopleModel } from "./widgets";
import "./people.css";
import { plural } from "../i18n/plural";

/** Cards in the build's prerendered copy (a still picture the live list replaces): the first screenful. */
export const COPY_CARDS = 8;
/** Cards added per task once the copy is hydrated. */
export const REST_CARDS = 8;

/**
 * The People section: one small card per named person, and a search by name (any language; part of the URL as
 * `who`). A selected person without a chart is scrolled to.
 */
export const PeopleList = memo(PeopleListImpl, (a, b) => a.model === b.model && sameContextButRange(a.ctx, b.ctx));

function PeopleListImpl({ ctx, model }: { ctx: WidgetContext; model: PeopleModel }) {
  const { release, lang, t, setView } = ctx;
  const all = model.items;
  const who = useStore((s) => s.who);
  const onQuery = useCallback((q: string) => setView({ who: q }), [setView]);
  const found = useMemo(() => (who.trim() ? all.filter((c) => matchesPerson(c.person, who)) : all), [all, who]);
  const selected = selectedPerson(ctx.selection);
  const selectedAt = selected ? found.findIndex((c) => c.person.id === selected) : -1;
  // The build's first cards, then the rest REST_CARDS per task; a selected person's card at once.
  const drawn = useBatches(found.length, COPY_CARDS, REST_CARDS, selectedAt + 1);
  const cards = found.slice(0, drawn);
  const q = who.trim();
  const status = !q
    ? ""
    : found.length === 0
      ? t("people.searchNone", { query: q })
      : t(`people.n.found.${pluralCategory(found.length, lang)}`, { n: formatNumber(found.length, lang), query: q });

  useEffect(() => {
    if (!selected || dialogOwner(release, selected)) return;
    document.getElementById(`person-${selected}`)?.scrollIntoView?.({ block: "center" });
  }, [selected, release]);

  return (
    // A list, not a chart: nothing for the benchmark's probe to count as marks, so it says when it is drawn
    // (bench/README.md). It is drawn as soon as it is on the page.
    <div className="people-widget" data-ready="true">
      <SearchField
        className="people-search"
        label={t("people.search")}
        hint={t("people.searchHint")}
        clearLabel={t("people.clearSearch")}
        query={who}
        onQuery={onQuery}
        status={status}
      />
      <ul className="people-cards">
        {cards.map((card) => (
          <li key={card.person.id} id={`person-${card.person.id}`}>
            <PersonCard card={card} release={release} lang={lang} t={t} current={selected === card.person.id} />
            {(card.death || card.span) && (
              <p className="person-see">
                {card.death && <a href={`#death-${card.person.id}`}>{t("people.list.seeDeath")}</a>}
                {card.span && <a href={`#incommunicado`}>{t("people.list.seeIncommunicado")}</a>}
              </p>
            )}
          </li>
        ))}
      </ul>
      {cards.length < found.length && (
        <p className="people-copy-more">{plural(t, lang, "people.list.copyMore", found.length - cards.length)}</p>
      )}
    </div>
  );
}
