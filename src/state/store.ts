/**
 * The one store, in slices: data (what is loaded), view (what the reader looks at, mirrored in
 * the URL) and ui (transient). Derived values live in selectors, never stored twice.
 */
import { create } from "zustand";
import type { DataError } from "../data/errors";
import type { Manifest, ReleaseData } from "../data/schema";
import type { Lang } from "../i18n/format";

export type Theme = "auto" | "light" | "dark";
export type Panel = "dashboard" | "sources" | "changes" | "briefing";
export const PANELS: readonly Panel[] = ["dashboard", "sources", "changes", "briefing"];
export type DateRange = { start: string; end: string } | null;

export interface ViewState {
  /** null = follow the newest release. */
  releaseId: string | null;
  lang: Lang;
  theme: Theme;
  /** A time range selected in any chart; filters every view. */
  range: DateRange;
  /** The selected record (pardon stage, detention event, observation) as "<kind>:<id>". */
  selection: string | null;
  panel: Panel;
  /** Detention categories shown on the map and list (empty = all). */
  categories: string[];
  /** Widgets whose data table is open instead of the chart. */
  tables: string[];
  /** A briefing deck assembled by the reader, serialised (see src/briefing); null = the default deck. */
  deck: string | null;
  /** Current slide in briefing mode (0-based). */
  slide: number;
}

export type DataStatus =
  | { state: "loading" }
  | { state: "ready"; manifest: Manifest; release: ReleaseData }
  | { state: "error"; error: DataError | Error; manifest?: Manifest };

export interface Store extends ViewState {
  data: DataStatus;
  setView: (patch: Partial<ViewState>) => void;
  setData: (data: DataStatus) => void;
  toggleTable: (widgetId: string) => void;
}

export const DEFAULT_VIEW: ViewState = {
  releaseId: null,
  lang: "en",
  theme: "auto",
  range: null,
  selection: null,
  panel: "dashboard",
  categories: [],
  tables: [],
  deck: null,
  slide: 0,
};

export const useStore = create<Store>()((set) => ({
  ...DEFAULT_VIEW,
  data: { state: "loading" },
  setView: (patch) => set(patch),
  setData: (data) => set({ data }),
  toggleTable: (widgetId) =>
    set((s) => ({
      tables: s.tables.includes(widgetId) ? s.tables.filter((t) => t !== widgetId) : [...s.tables, widgetId],
    })),
}));

/** The loaded release, or null while loading or after an error. */
export const selectRelease = (s: Store): ReleaseData | null => (s.data.state === "ready" ? s.data.release : null);
