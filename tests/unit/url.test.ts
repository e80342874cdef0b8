import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { URL_SETTLE_MS, startUrlSync } from "../../src/state/url";
import { searchFromView, viewFromSearch } from "../../src/state/view";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { isCalendarDay } from "../../src/data/dates";
import { parseEmbedParams } from "../../src/embed/params";
import { parseDeck } from "../../src/briefing/deck";

describe("URL ⇄ view", () => {
  it("reads the public parameters", () => {
    const v = viewFromSearch(
      "?release=2024-11-15&lang=be&theme=dark&from=2024-11-01&to=2024-11-15&sel=pardon%3A2024-11-07&cat=raid",
    );
    expect(v.releaseId).toBe("2024-11-15");
    expect(v.lang).toBe("be");
    expect(v.theme).toBe("dark");
    expect(v.range).toEqual({ start: "2024-11-01", end: "2024-11-15" });
    expect(v.selection).toBe("pardon:2024-11-07");
    expect(v.categories).toEqual(["raid"]);
  });

  it("round-trips a view through the URL", () => {
    const view = {
      ...DEFAULT_VIEW,
      releaseId: "2024-11-15",
      lang: "ru" as const,
      range: { start: "2024-07-01", end: "2024-12-31" },
      tables: ["pardon-timeline"],
    };
    expect(viewFromSearch(searchFromView(view))).toEqual(view);
  });

  it("ignores invalid values instead of failing", () => {
    const v = viewFromSearch("?lang=xx&theme=neon&from=2024-13-01&to=garbage&panel=nope");
    expect(v.lang).toBe("en");
    expect(v.theme).toBe("auto");
    expect(v.range).toBeNull();
    expect(v.panel).toBe("dashboard");
  });

  it("reads a range only between real calendar days (no roll-over into another date)", () => {
    for (const [from, to] of [
      ["2024-02-30", "2025-13-45"],
      ["0000-00-00", "2024-06-30"],
      ["2024-01-01", "2025-13-45"],
      ["2023-02-29", "2024-06-30"],
      ["2024-04-31", "2024-06-30"],
    ]) {
      const search = `?from=${from}&to=${to}`;
      expect(viewFromSearch(search).range, search).toBeNull();
      expect(parseEmbedParams(`?widget=pardon-timeline&from=${from}&to=${to}`).range, search).toBeNull();
    }
    // Leap days exist in leap years (2000 was one, 1900 was not).
    expect(viewFromSearch("?from=2024-02-29&to=2024-12-31").range).toEqual({ start: "2024-02-29", end: "2024-12-31" });
    expect(parseEmbedParams("?widget=x&from=2000-02-29&to=2000-03-01").range).toEqual({
      start: "2000-02-29",
      end: "2000-03-01",
    });
    // A briefing slide with an impossible range is refused like any other bad range.
    expect(parseDeck("v1,pardon-timeline~2024-02-30~2024-06-30")).toMatchObject({
      ok: false,
      error: { field: "range", value: "2024-02-30~2024-06-30" },
    });
  });

  it("knows which days exist", () => {
    expect(["2024-02-29", "2000-02-29", "2024-12-31", "0001-01-01", "2023-04-30"].filter(isCalendarDay)).toHaveLength(
      5,
    );
    expect(
      [
        "1900-02-29",
        "2023-02-29",
        "2024-02-30",
        "2024-04-31",
        "2024-13-01",
        "2024-00-10",
        "2024-01-00",
        "0000-01-01",
        "2024-1-01",
      ].filter(isCalendarDay),
    ).toEqual([]);
  });

  it("takes the browser language when the URL has none, then English", () => {
    expect(viewFromSearch("", ["ru-RU", "en"]).lang).toBe("ru");
    expect(viewFromSearch("", ["de-DE"]).lang).toBe("en");
    expect(viewFromSearch("?lang=en", ["be"]).lang).toBe("en");
  });

  it("keeps the searches as typed, in any script, and leaves out empty ones", () => {
    const view = { ...DEFAULT_VIEW, lang: "be" as const, query: "Гродно", who: "Ales Pushkin" };
    const search = searchFromView(view);
    expect(new URLSearchParams(search).get("q")).toBe("Гродно");
    expect(new URLSearchParams(search).get("who")).toBe("Ales Pushkin");
    expect(viewFromSearch(search)).toEqual(view);
    expect(searchFromView({ ...DEFAULT_VIEW, query: "  ", who: "" })).toBe("");
    expect(viewFromSearch("?q=Grodno%20region").query).toBe("Grodno region");
  });

  it("writes nothing for the default view", () => {
    expect(searchFromView(DEFAULT_VIEW)).toBe("");
  });
});

/** A window whose history records what the sync writes (push or replace, and the query). */
function fakeWindow(search = "") {
  const writes: string[] = [];
  const listeners = new Map<string, () => void>();
  const location = { pathname: "/", search, hash: "" };
  const record = (kind: string) => (_: unknown, __: string, url: string) => {
    location.search = url.slice(1);
    writes.push(`${kind} ${location.search}`);
  };
  const win = {
    location,
    navigator: { languages: ["en"] },
    history: { pushState: record("push"), replaceState: record("replace") },
    addEventListener: (type: string, fn: () => void) => listeners.set(type, fn),
    removeEventListener: (type: string) => listeners.delete(type),
  };
  return { win: win as unknown as Window, writes, location, fire: (type: string) => listeners.get(type)?.() };
}

describe("URL sync", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    useStore.getState().setView(DEFAULT_VIEW);
  });
  afterEach(() => vi.useRealTimers());

  const range = (start: string, end: string) => useStore.getState().setView({ range: { start, end } });

  it("writes a single change at once, as a new history entry", () => {
    const { win, writes } = fakeWindow();
    const stop = startUrlSync(win);
    range("2024-01-01", "2024-06-30");
    expect(writes).toEqual(["push ?from=2024-01-01&to=2024-06-30"]);
    stop();
  });

  it("coalesces a drag into one entry, written when it stops", () => {
    const { win, writes } = fakeWindow();
    const stop = startUrlSync(win);
    range("2024-01-01", "2024-06-30");
    for (let day = 10; day < 30; day++) {
      vi.advanceTimersByTime(16);
      range(`2024-01-${day}`, "2024-06-30");
    }
    expect(writes).toEqual(["push ?from=2024-01-01&to=2024-06-30"]);
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(writes).toEqual(["push ?from=2024-01-01&to=2024-06-30", "replace ?from=2024-01-29&to=2024-06-30"]);
    // After a quiet spell the next change is a new entry again (Back returns to the end of the drag).
    vi.advanceTimersByTime(URL_SETTLE_MS);
    range("2025-01-01", "2025-06-30");
    expect(writes.at(-1)).toBe("push ?from=2025-01-01&to=2025-06-30");
    stop();
  });

  it("writes any change other than the range at once, with the range as it stands", () => {
    const { win, writes } = fakeWindow();
    const stop = startUrlSync(win);
    range("2024-01-01", "2024-06-30");
    range("2024-02-01", "2024-06-30");
    useStore.getState().setView({ selection: "person:a" });
    useStore.getState().setView({ selection: null });
    expect(writes).toEqual([
      "push ?from=2024-01-01&to=2024-06-30",
      "push ?from=2024-02-01&to=2024-06-30&sel=person%3Aa",
      "push ?from=2024-02-01&to=2024-06-30",
    ]);
    vi.advanceTimersByTime(URL_SETTLE_MS * 2);
    expect(writes).toHaveLength(3);
    stop();
  });

  it("writes a typed search as one entry, and clearing it removes it from the URL", () => {
    const { win, writes } = fakeWindow();
    const stop = startUrlSync(win);
    for (const q of ["Г", "Гр", "Гро", "Грод", "Гродн", "Гродно"]) {
      useStore.getState().setView({ query: q });
      vi.advanceTimersByTime(80);
    }
    vi.advanceTimersByTime(URL_SETTLE_MS);
    expect(writes).toEqual([`push ?q=${encodeURIComponent("Г")}`, `replace ?q=${encodeURIComponent("Гродно")}`]);
    // Clearing is a step of its own, even at once: Back brings the search back.
    useStore.getState().setView({ query: "Гродно область" });
    useStore.getState().setView({ query: "" });
    expect(writes.at(-1)).toBe("push ");
    expect(writes).toHaveLength(3);
    stop();
  });

  it("lets Back win over a write still waiting, and writes a waiting one when the page is left", () => {
    const { win, writes, location, fire } = fakeWindow();
    const stop = startUrlSync(win);
    range("2024-01-01", "2024-06-30");
    range("2024-02-01", "2024-06-30");
    location.search = "?from=2023-01-01&to=2023-12-31";
    fire("popstate");
    vi.advanceTimersByTime(URL_SETTLE_MS * 2);
    expect(writes).toEqual(["push ?from=2024-01-01&to=2024-06-30"]);
    expect(useStore.getState().range).toEqual({ start: "2023-01-01", end: "2023-12-31" });

    vi.advanceTimersByTime(URL_SETTLE_MS);
    range("2022-01-01", "2022-06-30");
    range("2022-02-01", "2022-06-30");
    fire("pagehide");
    expect(writes.at(-1)).toBe("replace ?from=2022-02-01&to=2022-06-30");
    stop();
  });
});
