import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { QUALIFIERS } from "../data/schema";
import { useStore } from "../state/store";
import type { WidgetContext } from "../widgets/types";
import { isOnMap, sortEvents, type SortKey, type SortDir } from "./detentionModel";
import { DetentionList } from "./DetentionList";
import { EventDetails } from "./EventDetails";
import { categoryLetter, locale, placesText, searchStatusText, symbolLabel } from "./eventText";
import { Filters } from "./Filters";
import { Legend } from "./Legend";
import StaticMap from "./StaticMap";
import { useServerRender } from "../widgets/useServerRender";
import { mapLabels } from "./mapLabels";
import { useWidth } from "../charts/common/useWidth";
import {
  DOM_SYMBOL_LIMIT,
  layoutSymbols,
  maxRadiusFor,
  radiusScale,
  townLabels,
  unknownHalfFor,
  type MapSymbol,
} from "./symbols";
import { UnlocatedPanel } from "./UnlocatedPanel";
import type { MapModel } from "./widget";
import "./detentions.css";
import { plural } from "../i18n/plural";

/** Starts downloading Leaflet and the live map (once; later calls get the same promise). */
let mapChunk: Promise<typeof import("./DetentionMap")> | null = null;
export const preloadMap = () => (mapChunk ??= import("./DetentionMap"));
const DetentionMap = lazy(preloadMap);

const PREFIX = "detention:";
const NONE: ReadonlySet<string> = new Set();

type SearchModule = typeof import("./search");
let searchModule: SearchModule | null = null;
let searchChunk: Promise<SearchModule> | null = null;
/** Starts fetching the matcher (once). Called from the focus handler itself: an effect would start it only after
 * the next frame (Preact runs passive effects after paint), while the reader is already typing. */
const loadSearch = () => (searchChunk ??= import("./search").then((m) => (searchModule = m)));

/**
 * The matcher (every spelling of every place and region) is needed only once a reader searches, so it is not
 * part of the page's load: it is fetched when the search field takes the focus or a query is given (typed, or in
 * the link). Until it has arrived, a query filters nothing and the status says nothing.
 */
function useSearchModule(wanted: boolean): SearchModule | null {
  const [mod, setMod] = useState(searchModule);
  useEffect(() => {
    if (mod || !wanted) return;
    let live = true;
    void loadSearch().then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [mod, wanted]);
  return mod;
}

/** The widget body: filters, the map with its legend and nationwide strip, and the list. */
export function DetentionView({ ctx, model }: { ctx: WidgetContext; model: MapModel }) {
  const { release, lang, t, range, categories, selection, setView } = ctx;
  // The search is part of the view (and so of the URL): a shared link opens with the same results.
  const query = useStore((s) => s.query);
  const setQuery = useCallback((q: string) => setView({ query: q }), [setView]);
  const [tiles, setTiles] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: "date", dir: "descending" });

  // The widget's model: the same lists while a range step adds or removes no event (widget.tsx).
  const { all, filtered } = model;
  const [col, width] = useWidth<HTMLDivElement>(640);
  const maxR = maxRadiusFor(width);
  const half = unknownHalfFor(maxR);
  const radius = useMemo(() => radiusScale(all, maxR), [all, maxR]);
  const towns = useMemo(() => all.flatMap((v) => v.located), [all]);
  const symbols = useMemo(() => layoutSymbols(filtered, radius, towns, half), [filtered, radius, towns, half]);
  const townList = useMemo(() => townLabels(symbols), [symbols]);
  // Too many symbols for a focusable marker each: the map paints them and the list is the way in.
  const dense = symbols.length > DOM_SYMBOL_LIMIT;
  const noteId = useId();
  const listRef = useRef<HTMLDivElement>(null);
  // Fetched as soon as the search field takes the focus, so it has usually arrived by the first letter.
  const [searchWanted, setSearchWanted] = useState(false);
  const search = useSearchModule(searchWanted || query.trim() !== "");
  const found = useMemo(() => search?.searchEvents(release, query) ?? null, [search, release, query]);
  const matchIds = found?.placeIds ?? NONE;
  const matchEvents = found?.events ?? NONE;

  const selectedId = selection?.startsWith(PREFIX) ? selection.slice(PREFIX.length) : null;
  const onSelect = useCallback((id: string | null) => setView({ selection: id ? PREFIX + id : null }), [setView]);
  const onClose = useCallback(
    (id: string) => {
      if (useStore.getState().selection === PREFIX + id) setView({ selection: null });
    },
    [setView],
  );

  // Memoised: at 10,000 events a sort or a summary on every selection would be felt.
  const listed = useMemo(() => (found ? filtered.filter((v) => found.events.has(v.id)) : filtered), [found, filtered]);
  const sorted = useMemo(
    () => sortEvents(listed, sort.key, sort.dir, (v) => placesText(v, lang, t), locale(lang)),
    [listed, sort, lang, t],
  );
  const unlocated = useMemo(
    () =>
      sortEvents(
        filtered.filter((v) => !isOnMap(v)),
        "date",
        "descending",
        () => "",
        locale(lang),
      ),
    [filtered, lang],
  );
  const caption = model.summary;
  const searchStatus = found ? searchStatusText(found, listed, query, lang, t) : "";

  // Captions of groups and regions only where there is room for them (and not on a dense map, where
  // they would pile up): the legend explains the shapes.
  const captions = width >= 480 && !dense;
  const labels = useMemo(
    () => mapLabels(symbols, townList, matchIds, lang, t, captions),
    [symbols, townList, matchIds, lang, t, captions],
  );
  const describe = useCallback(
    (s: MapSymbol) => ({ label: symbolLabel(s.view, lang, t), letter: categoryLetter(s.view.event.category, t) }),
    [lang, t],
  );
  const letterOf = useCallback((s: MapSymbol) => categoryLetter(s.view.event.category, t), [t]);
  const details = useCallback(
    (s: MapSymbol) => <EventDetails view={s.view} release={release} lang={lang} t={t} />,
    [release, lang, t],
  );
  // "more than" is drawn like "at least" (the true figure is higher), so the legend has one key for both.
  const qualifiers = useMemo(() => {
    const drawn = new Set(all.filter(isOnMap).flatMap((v) => v.claims.map((c) => c.qualifier)));
    return QUALIFIERS.filter(
      (q) => q !== "more_than" && (drawn.has(q) || (q === "at_least" && drawn.has("more_than"))),
    );
  }, [all]);
  const toggleSort = useCallback(
    (key: SortKey) =>
      setSort((s) => ({
        key,
        dir:
          s.key === key
            ? s.dir === "ascending"
              ? "descending"
              : "ascending"
            : key === "place"
              ? "ascending"
              : "descending",
      })),
    [],
  );

  const server = useServerRender();
  const picture = (
    <StaticMap symbols={symbols} towns={townList} labels={labels} letterOf={letterOf} width={width} lang={lang} t={t} />
  );

  return (
    <div
      className="det-view"
      onFocusCapture={(e) => {
        if (!searchWanted && e.target instanceof HTMLInputElement && e.target.type === "search") {
          void loadSearch();
          setSearchWanted(true);
        }
      }}
    >
      <Filters
        t={t}
        lang={lang}
        range={range}
        categories={categories}
        setView={setView}
        query={query}
        onQuery={setQuery}
        searchStatus={searchStatus}
      />
      <div className="det-layout">
        <div className="det-map-col" ref={col}>
          <label className="det-tiles">
            <input type="checkbox" checked={tiles} onChange={(e) => setTiles(e.target.checked)} /> {t("map.tiles")}
          </label>
          {dense && (
            <p className="det-dense-note" id={noteId}>
              {plural(t, lang, "map.dense.note", symbols.length)}{" "}
              <button type="button" className="det-dense-to-list" onClick={() => listRef.current?.focus()}>
                {t("map.dense.toList")}
              </button>
            </p>
          )}
          {/* A picture of the same first view until Leaflet has loaded, and in the build's prerendered embed
              (where Leaflet cannot run). */}
          {server ? (
            picture
          ) : (
            <Suspense fallback={picture}>
              <DetentionMap
                symbols={symbols}
                towns={townList}
                labels={labels}
                describe={describe}
                selectedId={selectedId}
                matches={matchEvents}
                onSelect={onSelect}
                onClose={onClose}
                details={details}
                tiles={tiles}
                name={t("map.mapLabel")}
                dense={dense}
                noteId={noteId}
              />
            </Suspense>
          )}
          <UnlocatedPanel
            views={unlocated}
            release={release}
            lang={lang}
            t={t}
            selectedId={selectedId}
            onSelect={onSelect}
          />
          <Legend t={t} lang={lang} radius={radius} max={radius.domain()[1]!} half={half} qualifiers={qualifiers} />
        </div>
        <DetentionList
          views={sorted}
          release={release}
          lang={lang}
          t={t}
          sort={sort}
          onSort={toggleSort}
          selectedId={selectedId}
          onSelect={onSelect}
          caption={caption}
          boxRef={listRef}
        />
      </div>
    </div>
  );
}
