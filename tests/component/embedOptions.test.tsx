/**
 * An embed's newsroom options as the reader sees them (src/embed/params.ts): plain (the chart and one source
 * line), compact (no table button, a long source list as one link), and the footer's data and image links.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EmbedApp } from "../../src/embed/EmbedApp";
import { parseEmbedParams } from "../../src/embed/params";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const read = async (file: string) => new Uint8Array(readFileSync(path.join(DATA, file)));
const BASE = "https://tracker.example/sub/embed.html";

/** jsdom's Blob has no text(). */
const textOf = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

// The real release is read, verified and drawn in each test: on a loaded machine that takes seconds.
const LOADED = { timeout: 15_000 };
vi.setConfig({ testTimeout: 30_000 });

async function embed(search: string): Promise<HTMLElement> {
  const params = parseEmbedParams(search);
  useStore.getState().setView({ lang: params.lang });
  render(<EmbedApp params={params} read={read} base={BASE} />);
  return (await waitFor(() => {
    const section = document.querySelector(`section[data-widget="${params.widget}"]`);
    if (!section?.querySelector("svg, table")) throw new Error("not drawn yet");
    return section;
  }, LOADED)) as HTMLElement;
}

describe("a plain embed", () => {
  it("shows no title block or buttons, and keeps the sources, as-of date, qualifier legend and link back", async () => {
    // The 2024-11-15 incommunicado chart: six sources (inline) and inexact figures (the legend must stay).
    const widget = await embed("?widget=incommunicado&release=2024-11-15&plain=1");
    const heading = widget.querySelector("h2")!;
    // The title still names the region for screen readers, but is not on screen.
    expect(heading.closest(".visually-hidden")).not.toBeNull();
    expect(widget.querySelector(".as-of")).toBeNull();
    // No buttons of the frame or the footer (the chart's own buttons, one per person, stay).
    expect(widget.querySelector(".widget-head button, .widget-foot button")).toBeNull();
    expect(screen.queryByRole("button", { name: "Show as table" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Get the data (CSV)" })).toBeNull();
    expect(screen.getAllByRole("button", { name: /Ihar Losik/ }).length).toBeGreaterThan(0);
    expect(widget.querySelector(".qualifier-legend")?.textContent).toContain("Hollow or dashed marks are not exact");
    const line = widget.querySelector(".source-line")!;
    expect(line.textContent).toMatch(/^Sources: .+ · As of 15 November 2024 · Belarus Repression Tracker ↗$/);
    expect(line.querySelectorAll("a").length).toBe(7); // six sources and the link back
    const back = screen.getByRole("link", { name: "Belarus Repression Tracker ↗" });
    expect(back.getAttribute("href")).toBe("index.html?release=2024-11-15&lang=en#incommunicado");
    expect(document.querySelector(".embed-credit")).toBeNull();
  });

  it("folds a long source list into one link to the dashboard, in the embed's language", async () => {
    const widget = await embed("?widget=prisoners-trend&release=2026-12-06-r2&lang=be&plain=1");
    expect(widget.querySelector("details")).toBeNull();
    const sources = screen.getByRole("link", { name: "Крыніцы: 181 — глядзіце на панэлі ↗" });
    expect(sources.getAttribute("href")).toBe("index.html?release=2026-12-06-r2&lang=be#prisoners-trend");
    expect(widget.querySelector(".source-line")!.textContent).toContain("Па стане на 6 снежня 2026");
    expect(widget.querySelector(".qualifier-legend")).not.toBeNull();
  });
});

describe("a compact embed", () => {
  it("keeps the title and as-of line but has no table button and no source list to expand", async () => {
    const widget = await embed("?widget=prisoners-trend&release=2026-12-06-r2&compact=1");
    expect(widget.querySelector("h2")!.closest(".visually-hidden")).toBeNull();
    expect(widget.querySelector(".as-of")!.textContent).toContain("Release 2026-12-06-r2");
    expect(screen.queryByRole("button", { name: "Show as table" })).toBeNull();
    expect(widget.querySelector("details")).toBeNull();
    expect(screen.getByRole("link", { name: "Sources: 181 — see the dashboard ↗" })).toBeTruthy();
    expect(widget.querySelector(".qualifier-legend")).not.toBeNull();
    // The footer is still there: credit, link back, and the data and image downloads.
    expect(screen.getByRole("link", { name: /Open on the full dashboard/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Get the data (CSV)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Download image (SVG)" })).toBeTruthy();
  });

  it("differs from the full embed, which has the table button and the expandable source list", async () => {
    const widget = await embed("?widget=prisoners-trend&release=2026-12-06-r2");
    expect(screen.getByRole("button", { name: "Show as table" })).toBeTruthy();
    const more = widget.querySelector<HTMLDetailsElement>("details.sources-more")!;
    expect(more.querySelector("summary")!.textContent).toBe("and 175 more sources");
    // Its links come in once it is opened (the page carries them only then, or on paper).
    expect(more.querySelectorAll("a")).toHaveLength(0);
    more.open = true;
    fireEvent(more, new Event("toggle"));
    await waitFor(() => expect(more.querySelectorAll("a[href^='http']").length).toBeGreaterThan(100));
  });
});

describe("the embed's footer links", () => {
  const saved: Blob[] = [];
  beforeEach(() => {
    saved.length = 0;
    // jsdom has no blob URLs: keep what would be downloaded.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved.push(blob);
      return "blob:test";
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => vi.restoreAllMocks());

  it("download the widget's CSV and its SVG with caption and sources, in the embed's language", async () => {
    await embed("?widget=treason-trend&release=2026-12-06-r2&lang=ru");
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    fireEvent.click(screen.getByRole("button", { name: "Скачать данные (CSV)" }));
    await waitFor(() => expect(names).toEqual(["brt-treason-trend-2026-12-06-r2.csv"]));
    const csv = await textOf(saved[0]!);
    expect(saved[0]!.type).toBe("text/csv;charset=utf-8");
    // The chart's rows under a header (the columns are the CSV export's business, src/export/widgetExport.ts).
    expect(csv.trim().split("\n").length).toBeGreaterThan(2);
    expect(csv.split("\n")[0]!.split(",").length).toBeGreaterThan(2);
    fireEvent.click(screen.getByRole("button", { name: "Скачать изображение (SVG)" }));
    await waitFor(() => expect(names).toHaveLength(2));
    expect(names[1]).toBe("brt-treason-trend-2026-12-06-r2.svg");
    const svg = await textOf(saved[1]!);
    expect(svg).toContain("<svg");
    expect(svg).toContain("https://tracker.example/sub/index.html?release=2026-12-06-r2&amp;lang=ru#treason-trend");
    expect(screen.queryByRole("alert")).toBeNull();
    click.mockRestore();
  });
});
