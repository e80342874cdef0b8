/**
 * The view: what the reader looks at, and its form in the URL (kept in sync by src/state/url.ts). Apart from the store so that code
 * which only reads a URL (the dashboard's first-paint script, src/app/boot.ts) needs nothing else.
 */
import { isLang, type Lang } from "../i18n/format";
import { rangeFromParams } from "./range";

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
  /** What the reader searched the map's events for (places, regions, words); "" = no search. */
  query: string;
  /** What the reader searched the named people for (a name in any language); "" = no search. */
  who: string;
  /** Widgets whose data table is open instead of the chart. */
  tables: string[];
  /** A briefing deck assembled by the reader, serialised (see src/briefing); null = the default deck. */
  deck: string | null;
  /** Current slide in briefing mode (0-based). */
  slide: number;
}

export const DEFAULT_VIEW: ViewState = {
  releaseId: null,
  lang: "en",
  theme: "auto",
  range: null,
  selection: null,
  panel: "dashboard",
  categories: [],
  query: "",
  who: "",
  tables: [],
  deck: null,
  slide: 0,
};

export function viewFromSearch(search: string, browserLangs: readonly string[] = []): ViewState {
  const q = new URLSearchParams(search);
  const list = (key: string) => (q.get(key) ?? "").split(",").filter(Boolean);
  const langParam = q.get("lang");
  const browserLang = browserLangs.map((l) => l.slice(0, 2).toLowerCase()).find(isLang);
  const theme = q.get("theme");
  const panel = q.get("panel");
  return {
    releaseId: q.get("release") || null,
    lang: isLang(langParam) ? langParam : (browserLang ?? DEFAULT_VIEW.lang),
    theme: theme === "light" || theme === "dark" ? (theme as Theme) : "auto",
    range: rangeFromParams(q.get("from"), q.get("to")),
    selection: q.get("sel") || null,
    panel: PANELS.includes(panel as Panel) ? (panel as Panel) : "dashboard",
    categories: list("cat"),
    query: q.get("q") ?? "",
    who: q.get("who") ?? "",
    tables: list("table"),
    deck: q.get("deck") || null,
    slide: Math.max(0, Number.parseInt(q.get("slide") ?? "0", 10) || 0),
  };
}

export function searchFromView(v: ViewState): string {
  const q = new URLSearchParams();
  if (v.releaseId) q.set("release", v.releaseId);
  if (v.lang !== DEFAULT_VIEW.lang) q.set("lang", v.lang);
  if (v.theme !== "auto") q.set("theme", v.theme);
  if (v.range) {
    q.set("from", v.range.start);
    q.set("to", v.range.end);
  }
  if (v.selection) q.set("sel", v.selection);
  if (v.panel !== "dashboard") q.set("panel", v.panel);
  if (v.categories.length) q.set("cat", v.categories.join(","));
  // A search is kept as typed; one of only spaces searches nothing and is left out.
  if (v.query.trim()) q.set("q", v.query);
  if (v.who.trim()) q.set("who", v.who);
  if (v.tables.length) q.set("table", v.tables.join(","));
  if (v.deck) q.set("deck", v.deck);
  if (v.slide > 0) q.set("slide", String(v.slide));
  const s = q.toString();
  return s ? `?${s}` : "";
}
