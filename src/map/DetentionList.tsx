import { useEffect, useRef, type KeyboardEvent } from "react";
import { SourceLinks } from "../components/SourceLinks";
import type { ReleaseData } from "../data/schema";
import type { Translate } from "../i18n";
import { LocalText } from "../components/LocalText";
import { formatMeasure, type Lang } from "../i18n/format";
import { eventSources, type EventView, type SortDir, type SortKey } from "./detentionModel";
import { ClaimGlyph } from "./Legend";
import { categoryLetter, categoryText, datesShort, placesText } from "./eventText";

interface DetentionListProps {
  /** Events to list, already filtered and sorted. */
  views: readonly EventView[];
  release: ReleaseData;
  lang: Lang;
  t: Translate;
  sort: { key: SortKey; dir: SortDir };
  onSort: (key: SortKey) => void;
  selectedId: string | null;
  onSelect: (id: string) => void;
  caption: string;
}

const COLUMNS: {
  key: SortKey | null;
  label: "map.col.date" | "map.col.places" | "map.col.count" | "map.col.category" | "map.col.context";
}[] = [
  { key: "date", label: "map.col.date" },
  { key: "place", label: "map.col.places" },
  { key: "count", label: "map.col.count" },
  { key: null, label: "map.col.category" },
  { key: null, label: "map.col.context" },
];

/**
 * The events as a table, and the map's full keyboard alternative: each row's place button
 * selects the event (on the map too); ↑/↓ move between rows. Sortable by date, place and count.
 */
export function DetentionList(props: DetentionListProps) {
  const { views, release, lang, t, sort, onSort, selectedId, onSelect, caption } = props;
  const wrap = useRef<HTMLDivElement>(null);

  // Keep the selected row visible inside the list without scrolling the page.
  useEffect(() => {
    const box = wrap.current;
    const row = [...(box?.querySelectorAll<HTMLElement>("tr[data-event]") ?? [])].find(
      (r) => r.dataset.event === selectedId,
    );
    if (!box || !row || box.scrollHeight <= box.clientHeight) return;
    const head = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
    const top = row.offsetTop - head;
    if (top < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight) {
      box.scrollTop = Math.max(0, top - 8);
    }
  }, [selectedId]);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const next =
      e.key === "ArrowDown"
        ? i + 1
        : e.key === "ArrowUp"
          ? i - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? views.length - 1
              : -1;
    if (next < 0 || next >= views.length) return;
    e.preventDefault();
    wrap.current?.querySelectorAll<HTMLButtonElement>("button.row-select")[next]?.focus();
  };

  return (
    <div className="det-list" ref={wrap} tabIndex={0} role="region" aria-label={t("map.listLabel")}>
      <table className="data-table det-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.label}
                scope="col"
                aria-sort={c.key && sort.key === c.key ? sort.dir : undefined}
                className={c.key ? "sortable" : undefined}
              >
                {c.key ? (
                  <button type="button" className="sort-button" onClick={() => onSort(c.key!)}>
                    {t(c.label)}
                    <span aria-hidden="true" className="sort-arrow">
                      {sort.key === c.key ? (sort.dir === "ascending" ? "▲" : "▼") : "↕"}
                    </span>
                  </button>
                ) : (
                  t(c.label)
                )}
              </th>
            ))}
            <th scope="col">{t("frame.sources")}</th>
          </tr>
        </thead>
        <tbody>
          {views.map((v, i) => {
            const selected = v.id === selectedId;
            const conflict = v.event.conflict;
            return (
              <tr key={v.id} data-event={v.id} className={`cat-${v.event.category}${selected ? " is-selected" : ""}`}>
                <td data-label={t("map.col.date")} className="date-cell">
                  {datesShort(v, lang)}
                </td>
                <td data-label={t("map.col.places")}>
                  <button
                    type="button"
                    className="row-select"
                    aria-pressed={selected}
                    onClick={() => onSelect(v.id)}
                    onKeyDown={(e) => onKeyDown(e, i)}
                  >
                    {placesText(v, lang, t)}
                  </button>
                </td>
                <td data-label={t("map.col.count")} className="count-cell">
                  {v.claims.length === 0 ? (
                    <span className="count-unknown">
                      <span className="unknown-box" aria-hidden="true">
                        ?
                      </span>{" "}
                      {t("map.countUnknown")}
                    </span>
                  ) : (
                    <ul className="claims">
                      {v.claims.map((c, k) => (
                        <li key={k} className={`claim claim-${c.qualifier}`}>
                          <ClaimGlyph qualifier={c.qualifier} category={v.event.category} />
                          <span>{formatMeasure(c, lang)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td data-label={t("map.col.category")}>
                  <span className={`cat-badge cat-${v.event.category}`} aria-hidden="true">
                    {categoryLetter(v.event.category, t)}
                  </span>{" "}
                  {categoryText(v.event.category, t)}
                </td>
                <td data-label={t("map.col.context")} className="context-cell">
                  <LocalText text={v.event.context} lang={lang} />
                  {conflict && (
                    <span className="conflict">
                      {" "}
                      <strong>{t("map.detail.conflict")}:</strong> <LocalText text={conflict} lang={lang} />
                    </span>
                  )}
                </td>
                <td data-label={t("frame.sources")} className="sources-cell">
                  <SourceLinks release={release} ids={eventSources(v)} label={false} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
