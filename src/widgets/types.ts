/**
 * The widget contract. Dashboard, embeds, briefing slides and exports all read the registry of
 * these, so a chart is defined once: its title, generated summary, table rows and sources.
 * A widget is written as a WidgetSpec: one view model built from the context, and every part
 * (summary, table, sources, chart…) reading that model. defineWidget (viewModel.ts) turns it into
 * the WidgetDef pages call, which builds the model once per release and view.
 */
import type { ComponentType } from "react";
import type { CorrectionIndex } from "../data/diff";
import type { ReleaseData } from "../data/schema";
import type { TidyFact } from "../data/facts";
import type { Lang } from "../i18n/format";
import type { Translate } from "../i18n";
import type { DateRange, ViewState } from "../state/store";

export interface WidgetContext {
  release: ReleaseData;
  lang: Lang;
  t: Translate;
  /** The time range selected anywhere on the page (null = everything). */
  range: DateRange;
  selection: string | null;
  categories: string[];
  setView: (patch: Partial<ViewState>) => void;
  /** Figures of this release corrected in another release (loaded after the page), for correction marks. */
  corrections?: CorrectionIndex;
}

export interface TableRow {
  /** Stable key (record id). */
  key: string;
  cells: string[];
  /** Source ids of this row; rendered as links in the table and as titles + URLs in CSV. */
  sources: string[];
}

export interface WidgetTable {
  columns: string[];
  rows: TableRow[];
  /** Set when `rows` is only part of the table (asked with a limit): how many rows it has in all… */
  total?: number;
  /** …and which of them `rows` holds (in table order). */
  part?: "first" | "newest";
}

/** The parts of the view a model can depend on (the release always counts). `lang` covers the translator. */
export type ViewPart = "lang" | "range" | "selection" | "categories" | "corrections";

/** What pages call: each part asked with the context. Built by defineWidget from a WidgetSpec. */
export interface WidgetDef<M = unknown> {
  id: string;
  /** The view model of this context: built once per release and view (viewModel.ts), shared by every part. */
  model: (ctx: WidgetContext) => M;
  title: (t: Translate) => string;
  /** One generated sentence describing what the view shows now; also the chart's accessible name. */
  summary: (ctx: WidgetContext) => string;
  /** One short figure sentence ("1,131 political prisoners as of 31 December 2025"), used by embeds to say what
   * changed in a newer release. Optional: the summary sentence stands in when a widget lacks it. */
  headline?: (ctx: WidgetContext) => string;
  /** The data-table alternative of the view (respects the range filter). With a `limit` (the frame's table on
   * screen), a widget may return only that many rows, saying so with `total` and `part`; without one (CSV,
   * print, SVG), every row. */
  table: (ctx: WidgetContext, limit?: number) => WidgetTable;
  /** The claims behind the view, for the analysis-ready CSV (src/data/tidy.ts): one fact per figure as one
   * source states it, in English; respects the range like `table`. Optional: without it the Share dialog
   * offers no CSV. */
  claims?: (ctx: WidgetContext) => TidyFact[];
  /** Every source the view cites right now. */
  sources: (ctx: WidgetContext) => string[];
  /** Whether figures in the view can be inexact (then the qualifier legend is shown). */
  hasQualifiers: (ctx: WidgetContext) => boolean;
  /** It marks figures corrected in other releases (it reads ctx.corrections): the dashboard gives the corrections
   * to these widgets only, so the others are not drawn again when they arrive. */
  marksCorrections?: boolean;
  Component: ComponentType<{ ctx: WidgetContext }>;
}

/**
 * A widget as it is written: its view model and the parts that read it. Each part gets the model of its context
 * (built once per release and view, whoever asks first: dashboard, embed, slide, export) and the context itself.
 */
export interface WidgetSpec<M, S = undefined> {
  id: string;
  title: (t: Translate) => string;
  /** Data the model reads that follows fewer parts of the view than the model (a release's parsed series, its
   * events), so that it, and what is drawn from it, stays the same object while the range moves. */
  shared?: { view: readonly ViewPart[]; build: (ctx: WidgetContext) => S };
  /** The parts of the view the model depends on: the memo's key. A part left out must not change the model. */
  view: readonly ViewPart[];
  /** Builds the view model. `previous` is the last model built for this release (any view): a builder may keep
   * its arrays when they come out the same, so that memoised drawings skip a range step that changed nothing. */
  model: (ctx: WidgetContext, shared: S, previous: M | undefined) => M;
  // The parts, as in WidgetDef, each reading the model of its context.
  summary: (model: M, ctx: WidgetContext) => string;
  headline?: (model: M, ctx: WidgetContext) => string;
  table: (model: M, ctx: WidgetContext, limit?: number) => WidgetTable;
  claims?: (model: M, ctx: WidgetContext) => TidyFact[];
  sources: (model: M, ctx: WidgetContext) => string[];
  hasQualifiers: (model: M, ctx: WidgetContext) => boolean;
  /** As in WidgetDef. */
  marksCorrections?: boolean;
  Component: ComponentType<{ ctx: WidgetContext; model: M }>;
}
