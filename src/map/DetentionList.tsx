import "virtual:i18n/en/map";
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type RefObject,
  type UIEvent,
} from "react";
import { SourceLinks } from "../components/SourceLinks";
import type { ReleaseData } from "../data/schema";
import type { Translate } from "../i18n";
import { LocalText } from "../components/LocalText";
import { formatMeasure, type Lang } from "../i18n/format";
import { eventSources, type EventView, type SortDir, type SortKey } from "./detentionModel";
import { ClaimGlyph } from "./Legend";
import { categoryLetter, categoryText, datesShort, placesText } from "./eventText";
import { estimateHeight, rowOffsets, rowWindow } from "./listWindow";
import { useBatches } from "../widgets/useBatches";
import { plural } from "../i18n/plural";

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
  /** The scrolling box (a region the reader can be sent to), for the owner to focus. */
  boxRef?: RefObject<HTMLDivElement | null>;
}

/** Longer lists put only the rows in and near the viewport in the DOM (the real release is short). */
export const VIRTUAL_MIN_ROWS = 150;
/** Rows in the build's prerendered copy (a still picture, replaced by the live list): the list box shows about
 * six at a time, and every further row only makes the page's HTML longer to parse before the first frame. */
export const COPY_ROWS = 12;
/** Rows added per task after hydration: a batch takes well under 50 ms on a slow phone. */
export const REST_ROWS = 20;
/** Rows drawn above and below the viewport, in pixels, so a fast scroll rarely shows a gap. */
const OVERSCAN = 800;
/** A row's height before any was measured, and the viewport without layout (jsdom): the box's max-height. */
const ROW_ESTIMATE = 56;
const VIEWPORT_FALLBACK = 640;

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
 * A long list is virtualised: spacer rows keep the scroll height, aria-rowcount and aria-rowindex
 * tell assistive technology where the rows in the DOM sit, and selecting or stepping to an event
 * brings its row into the DOM and into view.
 */
function DetentionListImpl(props: DetentionListProps) {
  const { views, release, lang, t, sort, onSort, selectedId, onSelect, caption, boxRef } = props;
  const own = useRef<HTMLDivElement>(null);
  const wrap = boxRef ?? own;
  const virtual = views.length > VIRTUAL_MIN_ROWS;
  // The build's twelve rows, then the rest REST_ROWS per task (a virtualised list draws only the rows near the
  // viewport: those all at once). An event selected on the map before its row's batch came is drawn at once.
  const selectedAt = selectedId === null ? -1 : views.findIndex((v) => v.id === selectedId);
  const limit = useBatches(views.length, COPY_ROWS, virtual ? Infinity : REST_ROWS, selectedAt + 1);

  // Heights of rows drawn so far (by event id) and of the header; `measured` changes when they do.
  const heights = useRef(new Map<string, number>());
  const head = useRef(0);
  // The height assumed for rows not drawn yet: the mean of the first rows measured, then fixed, so
  // measuring more rows never moves the ones on screen (the spacer above them keeps its height).
  const estimate = useRef<number | null>(null);
  const [measured, setMeasured] = useState(0);
  const [viewport, setViewport] = useState({ top: 0, height: 0 });
  const offsets = useMemo(
    () =>
      virtual
        ? rowOffsets(
            views.map((v) => v.id),
            heights.current,
            estimate.current ?? ROW_ESTIMATE,
          )
        : null,
    // measured: the heights map is mutated in place
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [views, virtual, measured],
  );
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;
  const { start, end } = offsets
    ? rowWindow(offsets, viewport.top - head.current, viewport.height || VIEWPORT_FALLBACK, OVERSCAN)
    : { start: 0, end: views.length };

  // A row to bring into view (selected elsewhere) or to focus (arrow keys), once it is in the DOM.
  const pending = useRef<{ index: number; focus: boolean; jumped?: boolean } | null>(null);
  const scrollTo = useCallback(
    (top: number) => {
      const box = wrap.current;
      if (box) box.scrollTop = top;
      setViewport((v) => ({ top: box && box.scrollTop > 0 ? box.scrollTop : top, height: v.height }));
    },
    [wrap],
  );

  // Measure the rows drawn, then focus or reveal a row that was waiting to be drawn.
  useLayoutEffect(() => {
    const box = wrap.current;
    if (!box) return;
    if (virtual) {
      let changed = false;
      for (const row of box.querySelectorAll<HTMLElement>("tr[data-event]")) {
        const h = row.getBoundingClientRect().height;
        const id = row.dataset.event!;
        if (h > 0 && Math.abs((heights.current.get(id) ?? 0) - h) > 0.5) {
          heights.current.set(id, h);
          changed = true;
        }
      }
      if (estimate.current === null && heights.current.size > 0) {
        estimate.current = estimateHeight(heights.current, ROW_ESTIMATE);
      }
      const headHeight = box.querySelector("thead")?.offsetHeight ?? 0;
      if (headHeight !== head.current) [head.current, changed] = [headHeight, true];
      if (box.clientHeight !== viewport.height) setViewport((v) => ({ ...v, height: box.clientHeight }));
      if (changed) setMeasured((m) => m + 1);
    }
    const want = pending.current;
    if (!want) return;
    const row = box.querySelector<HTMLElement>(`tr[data-index="${want.index}"]`);
    if (row) {
      pending.current = null;
      if (want.focus) row.querySelector<HTMLButtonElement>("button.row-select")?.focus();
      else revealRow(box, row);
    } else if (offsets && !want.jumped) {
      // Not drawn yet: scroll to where it is estimated to be; the next render draws it.
      want.jumped = true;
      scrollTo(Math.max(0, offsets[want.index]! + head.current - 8));
    } else {
      pending.current = null;
    }
    // start, end, lang: after the rows drawn change (measure them, focus or reveal the one wanted).
  }, [wrap, virtual, offsets, viewport.height, scrollTo, start, end, lang]);

  // Keep the selected row visible inside the list without scrolling the page.
  useEffect(() => {
    const index = selectedId ? views.findIndex((v) => v.id === selectedId) : -1;
    if (index < 0) return;
    const box = wrap.current;
    const row = box?.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
    if (box && row) return revealRow(box, row);
    if (!offsets) return;
    pending.current = { index, focus: false, jumped: true };
    scrollTo(Math.max(0, offsets[index]! + head.current - 8));
    // Only when the selection changes, not when sorting moves the row.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
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
      const button = wrap.current?.querySelector<HTMLButtonElement>(`tr[data-index="${next}"] button.row-select`);
      if (button) return button.focus();
      const at = offsetsRef.current;
      if (!at) return;
      pending.current = { index: next, focus: true, jumped: true };
      scrollTo(Math.max(0, at[next]! + head.current - 8));
    },
    [views.length, wrap, scrollTo],
  );

  const onScroll = (e: UIEvent<HTMLDivElement>) => {
    if (!virtual) return;
    const { scrollTop, clientHeight } = e.currentTarget;
    setViewport({ top: scrollTop, height: clientHeight });
  };

  const above = offsets ? offsets[start]! : 0;
  const below = offsets ? offsets[views.length]! - offsets[end]! : 0;
  return (
    <div
      className="det-list"
      ref={wrap}
      tabIndex={0}
      role="region"
      aria-label={t("map.listLabel")}
      onScroll={virtual ? onScroll : undefined}
    >
      <table className="data-table det-table" aria-rowcount={virtual ? views.length + 1 : undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
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
          {above > 0 && <Spacer height={above} />}
          {views.slice(start, Math.min(end, limit)).map((v, k) => (
            <EventRow
              key={v.id}
              view={v}
              index={start + k}
              rowIndex={virtual ? start + k + 2 : undefined}
              selected={v.id === selectedId}
              release={release}
              lang={lang}
              t={t}
              onSelect={onSelect}
              onKeyDown={onKeyDown}
            />
          ))}
          {below > 0 && <Spacer height={below} />}
          {views.length > limit && end > limit && (
            <tr className="det-copy-more">
              <td colSpan={COLUMNS.length + 1}>{plural(t, lang, "map.list.copyMore", views.length - limit)}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

/** Scrolls the list box so the row shows, if it does not (the page itself does not scroll). */
function revealRow(box: HTMLElement, row: HTMLElement) {
  if (box.scrollHeight <= box.clientHeight) return;
  const head = box.querySelector("thead")?.getBoundingClientRect().height ?? 0;
  const top = row.offsetTop - head;
  if (top < box.scrollTop || row.offsetTop + row.offsetHeight > box.scrollTop + box.clientHeight) {
    box.scrollTop = Math.max(0, top - 8);
  }
}

/** Stands in for the rows not drawn, so the scroll height and position stay those of the whole list. */
function Spacer({ height }: { height: number }) {
  return (
    <tr className="det-spacer" aria-hidden="true" style={{ height }}>
      <td colSpan={COLUMNS.length + 1} />
    </tr>
  );
}

interface EventRowProps {
  view: EventView;
  /** Position in the sorted list. */
  index: number;
  /** aria-rowindex when the list is virtualised (the header is row 1). */
  rowIndex: number | undefined;
  selected: boolean;
  release: ReleaseData;
  lang: Lang;
  t: Translate;
  onSelect: (id: string) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>, i: number) => void;
}

/** One event; memoised, so scrolling and selecting re-render only the rows that change. */
const EventRow = memo(function EventRow(props: EventRowProps) {
  const { view: v, index, rowIndex, selected, release, lang, t, onSelect, onKeyDown } = props;
  const conflict = v.event.conflict;
  return (
    <tr
      data-event={v.id}
      data-index={index}
      aria-rowindex={rowIndex}
      className={`cat-${v.event.category}${selected ? " is-selected" : ""}`}
    >
      <td data-label={t("map.col.date")} className="date-cell">
        {datesShort(v, lang)}
      </td>
      <td data-label={t("map.col.places")}>
        <button
          type="button"
          className="row-select"
          aria-pressed={selected}
          onClick={() => onSelect(v.id)}
          onKeyDown={(e) => onKeyDown(e, index)}
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
});

/** Memoised: the dashboard re-renders on every range change; this re-renders only when its props do. */
export const DetentionList = memo(DetentionListImpl);
