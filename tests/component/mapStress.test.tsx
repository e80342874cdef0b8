/**
 * The detention map and list at 100× the data (10,000 events): the list stays a table of every
 * event to assistive technology while only the rows near the viewport are in the DOM, and the map
 * says that at this density the list is the way to reach events by keyboard or screen reader.
 */
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ReleaseData } from "../../src/data/schema";
import { eventViews, sortEvents } from "../../src/map/detentionModel";
import { DOM_SYMBOL_LIMIT } from "../../src/map/symbols";
import { detentionMap } from "../../src/map/widget";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { stressDetentionRelease } from "../testing/detentionFixture";
import { useStoreContext } from "../testing/storeContext";

function Harness({ release }: { release: ReleaseData }) {
  const ctx = useStoreContext(release);
  return <detentionMap.Component ctx={ctx} />;
}

const release = stressDetentionRelease();
const views = eventViews(release);
/** The list's default order: newest first. */
const byDate = sortEvents(views, "date", "descending", () => "", "en");
const list = () => screen.getByRole("region", { name: "Detention events, as a list" });
const table = () => within(list()).getByRole("table");
const drawnRows = () => list().querySelectorAll<HTMLTableRowElement>("tr[data-event]");
const rowOf = (id: string) => list().querySelector<HTMLTableRowElement>(`tr[data-event="${id}"]`);
/** Rows a screen reader sees: the header and the event rows drawn (not the spacers). */
const accessibleRows = () => within(table()).getAllByRole("row");

beforeAll(() => {
  // jsdom has no canvas; the map's canvas layer draws nothing without a 2D context.
  vi.spyOn(HTMLCanvasElement.prototype, "getContext").mockReturnValue(null);
});
afterAll(() => {
  vi.restoreAllMocks();
});
beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

describe("detention map and list with 10,000 events", () => {
  it("is generated at the stress size, with more symbols than the map draws as markers", () => {
    expect(views).toHaveLength(10_000);
    expect(views.filter((v) => v.event.scope === "region").length).toBeGreaterThan(DOM_SYMBOL_LIMIT);
  });

  it("paints the symbols on a canvas instead of a focusable marker each, and describes the map with the note", async () => {
    render(<Harness release={release} />);
    // The map is a lazy chunk: wait for it to load (generously, on a busy machine). A role query over this page
    // takes most of a second, so polling with one would starve the chunk's loading: wait for Leaflet's container
    // to be named, then ask for the map by its role and name.
    await waitFor(() => expect(document.querySelector(".leaflet-container[aria-label]")).not.toBeNull(), {
      timeout: 20_000,
    });
    const map = screen.getByRole("region", { name: "Map of detention events in Belarus" });
    await waitFor(() => expect(map.querySelector("canvas.det-symbol-canvas")).not.toBeNull(), { timeout: 20_000 });
    expect(map.querySelectorAll(".det-icon")).toHaveLength(0);
    const note = screen.getByText(/The dense map with/);
    expect(map.getAttribute("aria-describedby")?.split(" ")).toContain(note.id);
  }, 30_000);

  it("counts the events in the summary with the reader's digit grouping", () => {
    render(<Harness release={release} />);
    expect(screen.getByText(/^10,000 detention events from /)).toBeTruthy();
  });

  it("tells assistive technology the list has every event while only a few rows are in the DOM", () => {
    render(<Harness release={release} />);
    expect(table().getAttribute("aria-rowcount")).toBe("10001");
    const rows = drawnRows();
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(120);
    // The first rows are the newest events, numbered from 2 (the header is row 1).
    expect(rows[0]!.getAttribute("data-event")).toBe(byDate[0]!.id);
    expect(rows[0]!.getAttribute("aria-rowindex")).toBe("2");
    expect(accessibleRows()[0]!.getAttribute("aria-rowindex")).toBe("1");
    // The spacer standing in for the rest is hidden from assistive technology.
    expect(accessibleRows()).toHaveLength(rows.length + 1);
    expect(list().querySelector("tr.det-spacer")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("says the dense map is reached through the list, and takes the reader there", async () => {
    render(<Harness release={release} />);
    const note = screen.getByText(/The dense map with \d[\d,]* symbols is drawn as one picture/);
    expect(note.textContent).toContain("through the list of events");
    await userEvent.click(within(note).getByRole("button", { name: "Go to the list" }));
    expect(document.activeElement).toBe(list());
  });

  it("brings an event far down the list into the DOM and selects it when it is selected on the map", () => {
    render(<Harness release={release} />);
    const far = byDate[9_000]!;
    expect(rowOf(far.id)).toBeNull();
    act(() => useStore.getState().setView({ selection: `detention:${far.id}` }));
    const row = rowOf(far.id)!;
    expect(row).not.toBeNull();
    expect(row.className).toContain("is-selected");
    expect(row.getAttribute("aria-rowindex")).toBe("9002");
    expect(within(row).getByRole("button", { pressed: true })).toBeTruthy();
    expect(drawnRows().length).toBeLessThan(120);
  });

  it("steps with the keyboard past the rows drawn, to the last event", async () => {
    render(<Harness release={release} />);
    const rows = drawnRows();
    const lastDrawn = rows[rows.length - 1]!;
    within(lastDrawn).getByRole("button").focus();
    await userEvent.keyboard("{ArrowDown}");
    const next = byDate[rows.length]!;
    expect(document.activeElement?.closest("tr")?.getAttribute("data-event")).toBe(next.id);
    await userEvent.keyboard("{End}");
    const last = document.activeElement!.closest("tr")!;
    expect(last.getAttribute("data-event")).toBe(byDate.at(-1)!.id);
    expect(last.getAttribute("aria-rowindex")).toBe("10001");
    await userEvent.keyboard("{Home}");
    expect(document.activeElement!.closest("tr")!.getAttribute("aria-rowindex")).toBe("2");
  });

  it("sorts the whole list, not just the rows drawn", async () => {
    render(<Harness release={release} />);
    const header = within(list()).getByRole("columnheader", { name: /People/ });
    await userEvent.click(within(header).getByRole("button"));
    const largest = sortEvents(views, "count", "descending", () => "", "en")[0]!;
    expect(drawnRows()[0]!.getAttribute("data-event")).toBe(largest.id);
    expect(table().getAttribute("aria-rowcount")).toBe("10001");
  });

  it("narrows the long list with the filters", async () => {
    render(<Harness release={release} />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Detention" }));
    await userEvent.click(screen.getByRole("checkbox", { name: "Preventive conversation" }));
    const raids = views.filter((v) => v.event.category === "raid").length;
    expect(table().getAttribute("aria-rowcount")).toBe(String(raids + 1));
    for (const row of drawnRows()) expect(row.className).toContain("cat-raid");
    // 10,000 events drawn in jsdom take seconds on a busy machine.
  }, 30_000);
});
