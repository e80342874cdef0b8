/**
 * The one store, in slices: data (what is loaded), view (what the reader looks at, mirrored in
 * the URL) and ui (transient). Derived values live in selectors, never stored twice.
 */
import { create } from "zustand";
import type { DataError } from "../data/errors";
import type { ReaderManifest } from "../data/loader";
import type { ReleaseData } from "../data/schema";
import { provideLanguage } from "../i18n";
import type { Lang } from "../i18n/format";

export { DEFAULT_VIEW, type DateRange, type Theme, type ViewState } from "./view";
import { DEFAULT_VIEW, type DateRange, type ViewState } from "./view";

export type DataStatus =
  | { state: "loading" }
  | { state: "ready"; manifest: ReaderManifest; release: ReleaseData }
  | { state: "error"; error: DataError | Error; manifest?: ReaderManifest };

export interface Store extends ViewState {
  data: DataStatus;
  /**
   * True while the range is moving: it changed again less than RANGE_SETTLE_MS after its last change (a held
   * arrow key in a date field, a scrubbed slider). False again once it has held still that long. Not part of
   * the view (nor the URL): the dashboard draws the first change of a drag at once, marks the range live
   * while it moves, and redraws what depends on it when it stops (src/widgets/DeferOffscreen.tsx).
   */
  rangeMoving: boolean;
  setView: (patch: Partial<ViewState>) => void;
  setData: (data: DataStatus) => void;
  toggleTable: (widgetId: string) => void;
}

/** How long a range must hold still before the drag counts as over. */
export const RANGE_SETTLE_MS = 250;

const sameRange = (a: DateRange, b: DateRange) => a === b || (!!a && !!b && a.start === b.start && a.end === b.end);

export const useStore = create<Store>()((set, get) => {
  /** Pending while the range changed less than RANGE_SETTLE_MS ago. */
  let settle: ReturnType<typeof setTimeout> | undefined;
  return {
    ...DEFAULT_VIEW,
    data: { state: "loading" },
    rangeMoving: false,
    setView: (patch) => {
      if (patch.range === undefined || sameRange(patch.range, get().range)) return set(patch);
      const moving = settle !== undefined;
      clearTimeout(settle);
      settle = setTimeout(() => {
        settle = undefined;
        set({ rangeMoving: false });
      }, RANGE_SETTLE_MS);
      set({ ...patch, rangeMoving: moving });
    },
    setData: (data) => set({ data }),
    toggleTable: (widgetId) =>
      set((s) => ({
        tables: s.tables.includes(widgetId) ? s.tables.filter((t) => t !== widgetId) : [...s.tables, widgetId],
      })),
  };
});

/** The reader's language, for useT (src/i18n, which sits below the store and cannot import it). */
function useLang(): Lang {
  return useStore((s) => s.lang);
}
provideLanguage(useLang);

/**
 * Runs `hydrate` (a hydrateRoot call) with the store's current state as its server snapshot: while it hydrates,
 * preact/compat gives components the server snapshot (the store's initial state), as React does. The build rendered
 * the markup from that same state (src/app/prerender.tsx, src/embed/prerender.tsx), which is the state now; the
 * initial state is put back after, or, when `hydrate` returns a promise (parts of the page hydrate later, see
 * src/app/hydrateInTurn.tsx), once that settles.
 */
export function hydrateWithStoreState<T>(hydrate: () => T): T {
  const initial = useStore.getInitialState();
  const saved = { ...initial };
  Object.assign(initial, useStore.getState());
  const restore = () => void Object.assign(initial, saved);
  let result: T;
  try {
    result = hydrate();
  } catch (error) {
    restore();
    throw error;
  }
  if (result instanceof Promise) return result.finally(restore) as T;
  restore();
  return result;
}
