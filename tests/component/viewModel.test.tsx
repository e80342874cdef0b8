/**
 * One view model per widget, release and view (src/widgets/viewModel.ts): the frame's summary and source line,
 * the chart, the table, the CSV's claims and an embed's headline all read the model built for their context, so
 * it is worked out once however many of them ask; a different view (range, language) gets its own.
 */
import { render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import "virtual:i18n/en/map";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import { buildPardonModel } from "../../src/charts/pardons/widgetModel";
import { summarySentence } from "../../src/map/eventText";
import { detentionMap } from "../../src/map/widget";
import { prisonersTrend, treasonTrend } from "../../src/charts/trends/widget";
import { deathsInCustody, incommunicado, namedPeople } from "../../src/people/widgets";
import { keyFiguresWidget } from "../../src/widgets/keyFiguresWidget";
import { defineWidget, VIEWS_KEPT } from "../../src/widgets/viewModel";
import { WidgetFrame } from "../../src/widgets/WidgetFrame";
import type { WidgetContext, WidgetDef } from "../../src/widgets/types";
import { detentionRelease } from "../testing/detentionFixture";
import { pardonRelease2024, pardonReleaseNewest } from "../testing/pardonsFixture";
import { widgetContext } from "../testing/widgetContext";

// The builders, counted: each is the real one behind a spy.
vi.mock("../../src/charts/pardons/widgetModel", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/charts/pardons/widgetModel")>();
  return { ...real, buildPardonModel: vi.fn(real.buildPardonModel) };
});
vi.mock("../../src/map/eventText", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/map/eventText")>();
  return { ...real, summarySentence: vi.fn(real.summarySentence) };
});

afterEach(() => vi.clearAllMocks());

/** Everything a page asks of a widget for one context: the frame (summary, chart, qualifier note, sources), the
 * table, the CSV's claims and the headline. */
function askEverything(def: WidgetDef, ctx: WidgetContext) {
  const view = render(<WidgetFrame def={def} ctx={ctx} />);
  const table = def.table(ctx);
  def.claims?.(ctx);
  def.headline?.(ctx);
  return { view, table, summary: view.container.querySelector(".summary")!.textContent };
}

describe("a real widget's view model", () => {
  it("is built once when the frame, the chart, the table, the sources and the claims all ask for one view", () => {
    const ctx = widgetContext(pardonRelease2024());
    const { summary, table } = askEverything(pardonTimeline, ctx);
    expect(buildPardonModel).toHaveBeenCalledTimes(1);
    // What the reader sees comes from that one model: the sentence names the chart, and the table has its stages.
    expect(summary).toMatch(/^31 people were released in the stage of 7 November 2024; 146 in 5 stages/);
    expect(screen.getByRole("group", { name: summary! })).toBeTruthy();
    expect(table.rows.filter((r) => !r.key.startsWith("recognised:"))).toHaveLength(5);
    // The same view in a new context object (the page makes one per render) reads the same model.
    expect(pardonTimeline.summary({ ...ctx })).toBe(summary);
    expect(buildPardonModel).toHaveBeenCalledTimes(1);
  });

  it("is built again for another range or language, and once each", () => {
    const ctx = widgetContext(pardonReleaseNewest());
    const whole = pardonTimeline.summary(ctx);
    const autumn = { ...ctx, range: { start: "2024-09-01", end: "2024-11-30" } };
    const ranged = pardonTimeline.summary(autumn);
    expect(buildPardonModel).toHaveBeenCalledTimes(2);
    expect(ranged).not.toBe(whole);
    expect(ranged).toContain("from 1 September 2024 to 30 November 2024");
    pardonTimeline.table(autumn);
    pardonTimeline.sources(autumn);
    expect(buildPardonModel).toHaveBeenCalledTimes(2);
    const be = widgetContext(ctx.release, { lang: "be" });
    expect(pardonTimeline.summary(be)).not.toBe(whole);
    expect(buildPardonModel).toHaveBeenCalledTimes(3);
  });

  it("gives the map's sentence once, though its frame and its list's caption both show it", () => {
    const ctx = widgetContext(detentionRelease());
    const { view, summary } = askEverything(detentionMap, ctx);
    expect(summarySentence).toHaveBeenCalledTimes(1);
    expect(view.container.querySelector(".det-list caption")!.textContent).toBe(summary);
    // A category filter is part of the map's view: a new sentence.
    const raids = { ...ctx, categories: ["raid"] };
    expect(detentionMap.summary(raids)).not.toBe(summary);
    expect(summarySentence).toHaveBeenCalledTimes(2);
  });

  it("is one object per view for every widget embeds and slides can show", () => {
    const release = pardonReleaseNewest();
    const widgets: WidgetDef[] = [
      pardonTimeline,
      prisonersTrend,
      treasonTrend,
      detentionMap,
      deathsInCustody,
      incommunicado,
      namedPeople,
      keyFiguresWidget,
    ];
    for (const def of widgets) {
      const ctx = widgetContext(release);
      expect(def.model({ ...ctx }), def.id).toBe(def.model(ctx));
      // A selection is not part of any model's view: it changes what is highlighted, not what is derived.
      expect(def.model({ ...ctx, selection: "person:x" }), def.id).toBe(def.model(ctx));
    }
  });
});

describe("the view model memo", () => {
  /** A widget whose model says which range it was built for; its builder and shared part counted. */
  function countingWidget() {
    const model = vi.fn((ctx: WidgetContext, events: string[]) => ({
      text: ctx.range ? `From ${ctx.range.start} to ${ctx.range.end}: ${events.length} events.` : "Every event.",
    }));
    const shared = vi.fn((): string[] => ["a", "b"]);
    const def = defineWidget({
      id: "counting",
      title: () => "Counting",
      shared: { view: [], build: shared },
      view: ["lang", "range"],
      model,
      summary: (m) => m.text,
      table: (m) => ({ columns: ["Text"], rows: [{ key: "1", cells: [m.text], sources: [] }] }),
      sources: () => [],
      hasQualifiers: () => false,
      Component: ({ model: m }) => <p className="counting">{m.text}</p>,
    });
    return { def, model, shared };
  }
  const range = (day: number) => ({ start: "2024-01-01", end: `2024-02-${String(day).padStart(2, "0")}` });

  it("builds once per view: the frame, the component and the table share it", () => {
    const { def, model } = countingWidget();
    const ctx = widgetContext(pardonRelease2024(), { range: range(3) });
    const { view } = askEverything(def, ctx);
    expect(within(view.container).getAllByText("From 2024-01-01 to 2024-02-03: 2 events.")).toHaveLength(2);
    expect(model).toHaveBeenCalledTimes(1);
  });

  it("keeps the shared part while the range moves, and the recent views, but not without bound", () => {
    const { def, model, shared } = countingWidget();
    const ctx = widgetContext(pardonRelease2024());
    for (let day = 1; day <= VIEWS_KEPT; day++) def.summary({ ...ctx, range: range(day) });
    expect(model).toHaveBeenCalledTimes(VIEWS_KEPT);
    expect(shared).toHaveBeenCalledTimes(1);
    // A drag coming back over a range it passed finds its model…
    expect(def.summary({ ...ctx, range: range(1) })).toBe("From 2024-01-01 to 2024-02-01: 2 events.");
    expect(model).toHaveBeenCalledTimes(VIEWS_KEPT);
    // …but only the most recent views are kept: one more drops the least recently used (day 2, not day 1).
    def.summary({ ...ctx, range: { start: "2024-01-01", end: "2024-03-01" } });
    def.summary({ ...ctx, range: range(1) });
    expect(model).toHaveBeenCalledTimes(VIEWS_KEPT + 1);
    def.summary({ ...ctx, range: range(2) });
    expect(model).toHaveBeenCalledTimes(VIEWS_KEPT + 2);
  });

  it("builds anew for another release, and leaves out the parts of the view the model does not depend on", () => {
    const { def, model, shared } = countingWidget();
    const ctx = widgetContext(pardonRelease2024());
    def.summary(ctx);
    def.summary({ ...ctx, selection: "pardon:x", categories: ["raid"] });
    expect(model).toHaveBeenCalledTimes(1);
    def.summary(widgetContext(pardonReleaseNewest()));
    expect(model).toHaveBeenCalledTimes(2);
    expect(shared).toHaveBeenCalledTimes(2);
  });
});
