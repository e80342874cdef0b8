/**
 * An embed's first picture is the live widget (issue #21): the build renders the embed page's own markup
 * (prerenderEmbed), src/embed/paint.ts puts it into #root, and the app hydrates it (src/embed/main.tsx) with the
 * release it was rendered from. Preact's hydration keeps attributes as it finds them, so the markup must be exactly
 * what the app renders: these tests compare the two and then use the hydrated nodes.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, fireEvent, waitFor, within } from "@testing-library/react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { describe, expect, it } from "vitest";
import { loadRelease, type ReadBytes } from "../../src/data/loader";
import { embedElement } from "../../src/embed/embedRoot";
import { loadWidget } from "../../src/embed/lazyWidgets";
import { parseEmbedParams } from "../../src/embed/params";
import { prerenderEmbed } from "../../src/embed/prerender";
import { loadMessages } from "../../src/i18n";
import { loadReleaseState } from "../../src/state/releases";
import { hydrateWithStoreState, useStore } from "../../src/state/store";
import { COPY_ROWS, REST_ROWS } from "../../src/map/DetentionList";
import { COPY_CARDS, REST_CARDS } from "../../src/people/PeopleList";
import { markupBox } from "../testing/markupBox";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const read: ReadBytes = async (file: string) => new Uint8Array(readFileSync(path.join(DATA, file)));
const BASE = "https://tracker.example/sub/embed.html";

const container = markupBox;

/** Where two markups first differ, with some context (a whole page in a failure message helps nobody). */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 80), i + 80)}… vs …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

/** A box's markup as the DOM writes it back: a no-break space as &nbsp;, inline styles as the CSSOM writes them
 * (the live render sets them through it: "fill: red;" where the build wrote "fill:red;"). */
function normalized(box: HTMLElement): string {
  for (const el of box.querySelectorAll<HTMLElement | SVGElement>("[style]")) {
    el.setAttribute("style", el.style.cssText);
  }
  return box.innerHTML;
}
const serialized = (html: string) => normalized(container(html));

/** What the app renders in the browser, once the widget and its release are loaded (src/embed/main.tsx). */
async function liveMarkup(search: string, width: number): Promise<string> {
  const params = parseEmbedParams(search, []);
  useStore.getState().setView({ releaseId: params.releaseId, lang: params.lang, range: null });
  await Promise.all([loadReleaseState(params.releaseId, read), loadWidget(params.widget), loadMessages(params.lang)]);
  const box = container();
  // Rendered with the store's state as its server snapshot, as when it hydrates: the markup of that first render.
  act(() => hydrateWithStoreState(() => createRoot(box).render(embedElement(params, read, BASE, width))));
  return normalized(box);
}

describe("an embed's prerendered markup", () => {
  it("is what the app renders for the newest release, in Belarusian, at a phone's width: the same ids and links", async () => {
    const built = await prerenderEmbed(read, null, "prisoners-trend", "be", 320);
    const box = container(built);
    expect(box.querySelector("h2")?.textContent).toBe("Колькасць палітвязняў у дынаміцы");
    // The live markup: controls enabled and in Tab order (not the still picture's tabindex -1).
    expect(box.querySelector('button[tabindex="-1"], a[tabindex="-1"], button[disabled]')).toBeNull();
    expect(box.querySelector(".embed-credit a")?.getAttribute("href")).toMatch(
      /^index\.html\?release=[\w-]+&lang=be#prisoners-trend$/,
    );
    expect(firstDifference(serialized(built), await liveMarkup("?widget=prisoners-trend&lang=be", 320))).toBeNull();
  });

  it("is what the app renders for a pinned release at a column's width", async () => {
    const built = await prerenderEmbed(read, "2024-11-15", "pardon-timeline", "en", 640);
    expect(container(built).querySelector(".as-of")?.textContent).toContain("Release 2024-11-15");
    expect(
      firstDifference(serialized(built), await liveMarkup("?widget=pardon-timeline&release=2024-11-15&lang=en", 640)),
    ).toBeNull();
  });

  it("becomes the live widget when hydrated: the same nodes, and they answer", async () => {
    const built = await prerenderEmbed(read, null, "pardon-timeline", "en", 640);
    const root = container(built);
    const heading = root.querySelector("h2");
    const chart = root.querySelector("svg");
    const params = parseEmbedParams("?widget=pardon-timeline&lang=en", []);
    useStore.getState().setView({ releaseId: null, lang: "en", range: null });
    act(() => hydrateWithStoreState(() => hydrateRoot(root, embedElement(params, read, BASE, 640))));
    expect(root.querySelector("h2")).toBe(heading);
    expect(root.querySelector("svg")).toBe(chart);
    expect(root.querySelector(".loading")).toBeNull();
    // The hydrated button works: the chart becomes its table.
    fireEvent.click(within(root).getByRole("button", { name: "Show as table" }));
    expect(within(root).getByRole("table")).toBeTruthy();
    expect(within(root).getByRole("button", { name: "Show as chart" })).toBeTruthy();
  });
});

/**
 * Hydrates a long list's embed and records how many items it held after each change: the build's first items, then
 * a batch per task (not in act(), which would run every effect before returning), until all are drawn.
 */
async function hydrateWatching(widget: string, count: (root: HTMLElement) => number, total: number) {
  const built = await prerenderEmbed(read, null, widget, "en", 640);
  const root = container(built);
  const before = count(root);
  const params = parseEmbedParams(`?widget=${widget}&lang=en`, []);
  useStore.getState().setView({ releaseId: null, lang: "en", range: null });
  const seen = new Set<number>();
  const watch = new MutationObserver(() => seen.add(count(root)));
  watch.observe(root, { childList: true, subtree: true });
  hydrateWithStoreState(() => hydrateRoot(root, embedElement(params, read, BASE, 640)));
  await waitFor(() => expect(count(root)).toBe(total), { timeout: 5000 });
  watch.disconnect();
  return { root, before, counts: [...seen].filter((n) => n > before).sort((a, b) => a - b) };
}

describe("long lists, hydrated", () => {
  it("the detention list keeps the build's rows, then brings the rest in batches of a task each", async () => {
    const { release } = await loadRelease(read);
    const total = release.detentions.length;
    expect(total).toBeGreaterThan(COPY_ROWS + 2 * REST_ROWS);
    const rows = (root: HTMLElement) => root.querySelectorAll(".det-list tbody tr[data-event]").length;
    const more = (root: HTMLElement) => root.querySelector(".det-copy-more")?.textContent ?? null;
    const built = container(await prerenderEmbed(read, null, "detention-map", "en", 640));
    expect(more(built)).toBe(`${total - COPY_ROWS} more events are in the list once the page has loaded.`);
    const { root, before, counts } = await hydrateWatching("detention-map", rows, total);
    expect(before).toBe(COPY_ROWS);
    expect(more(root)).toBeNull();
    // Every batch was its own render: 12 → 32 → 52 … → all.
    expect(counts[0]).toBe(COPY_ROWS + REST_ROWS);
    expect(counts.length).toBe(Math.ceil((total - COPY_ROWS) / REST_ROWS));
  });

  it("the people list keeps the build's cards, then brings the rest in batches of a task each", async () => {
    const { release } = await loadRelease(read);
    const total = release.people.length;
    expect(total).toBeGreaterThan(COPY_CARDS + 2 * REST_CARDS);
    const cards = (root: HTMLElement) => root.querySelectorAll(".people-cards > li").length;
    const { root, before, counts } = await hydrateWatching("people", cards, total);
    expect(before).toBe(COPY_CARDS);
    expect(root.querySelector(".people-copy-more")).toBeNull();
    expect(counts[0]).toBe(COPY_CARDS + REST_CARDS);
    expect(counts.length).toBe(Math.ceil((total - COPY_CARDS) / REST_CARDS));
  });
});
