import "virtual:i18n/en/map";
import { SearchField } from "../components/SearchField";
import { formatDate, type Lang } from "../i18n/format";
import type { Translate } from "../i18n";
import type { DateRange, ViewState } from "../state/store";
import { activeCategories, CATEGORIES, toggleCategory } from "./detentionModel";
import { categoryLetter, categoryText, listText } from "./eventText";

interface FiltersProps {
  t: Translate;
  lang: Lang;
  range: DateRange;
  categories: string[];
  setView: (patch: Partial<ViewState>) => void;
  query: string;
  onQuery: (q: string) => void;
  /** What the search found, read out politely. */
  searchStatus: string;
}

/**
 * Categories and the search (both shared through the store, and so the URL): places, regions and words.
 * The date range is set by the page-wide range control or a chart; here it is shown and cleared.
 */
export function Filters({ t, lang, range, categories, setView, query, onQuery, searchStatus }: FiltersProps) {
  const active = activeCategories(categories);

  return (
    <div className="det-filters" role="group" aria-label={t("map.filters")}>
      <p className="det-range">
        <span>
          {range
            ? t("map.rangeActive", { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
            : t("map.rangeAll")}
        </span>{" "}
        {range && (
          <button type="button" onClick={() => setView({ range: null })}>
            {t("map.clearRange")}
          </button>
        )}
      </p>
      <fieldset className="det-cats">
        <legend>{t("map.categories")}</legend>
        {CATEGORIES.map((cat) => {
          const checked = active.includes(cat);
          return (
            <label key={cat} className={`cat-${cat}`}>
              <input
                type="checkbox"
                checked={checked}
                // The store cannot say "none": the last checked category stays on.
                disabled={checked && active.length === 1}
                onChange={() => setView({ categories: toggleCategory(categories, cat) })}
              />{" "}
              <span className={`cat-badge cat-${cat}`} aria-hidden="true">
                {categoryLetter(cat, t)}
              </span>{" "}
              {categoryText(cat, t)}
            </label>
          );
        })}
      </fieldset>
      {/* On paper the checkboxes and the search box mean nothing: what they chose, as sentences. */}
      {active.length < CATEGORIES.length && (
        <p className="print-only det-print">
          {t("map.print.categories", {
            list: listText(
              active.map((c) => categoryText(c, t)),
              t,
            ),
          })}
        </p>
      )}
      <SearchField
        className="det-search"
        label={t("map.search")}
        hint={t("map.searchHint")}
        clearLabel={t("map.clearSearch")}
        query={query}
        onQuery={onQuery}
        status={searchStatus}
      />
      {query.trim() && <p className="print-only det-print">{t("map.print.search")}</p>}
    </div>
  );
}
