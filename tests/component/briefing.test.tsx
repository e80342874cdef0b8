/** Briefing mode in jsdom: the keys a clicker sends, blank and full screen, decks from links, "Add to my briefing". */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Briefing } from "../../src/briefing/Briefing";
import { AddToBriefing } from "../../src/briefing/AddToBriefing";
import { PresentButton } from "../../src/briefing/PresentButton";
import { parseDeck, serialiseDeck, slideSpec } from "../../src/briefing/deck";
import { keyAction } from "../../src/briefing/useDeckKeys";
import { loadRelease, type Loaded } from "../../src/data/loader";
import { translator } from "../../src/i18n";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import type { WidgetContext } from "../../src/widgets/types";
import { FIXTURE_ID, fixtureFiles, memoryReader } from "../testing/fixture";

let loaded: Loaded;

beforeAll(async () => {
  loaded = await loadRelease(memoryReader(fixtureFiles().files), FIXTURE_ID);
});

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW, panel: "briefing", data: { state: "ready", ...loaded } });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const key = (k: string, init: KeyboardEventInit = {}) =>
  act(() => {
    fireEvent.keyDown(document.activeElement ?? document.body, { key: k, ...init });
  });
const counter = () => document.querySelector(".slide-counter")!.textContent;
const title = () => document.querySelector(".briefing-stage .slide-title")!.textContent;

describe("briefing keys", () => {
  it("maps what clickers send to steps", () => {
    expect(keyAction({ key: "PageDown", shiftKey: false })).toBe("next");
    expect(keyAction({ key: "PageUp", shiftKey: false })).toBe("prev");
    expect(keyAction({ key: " ", shiftKey: false })).toBe("next");
    expect(keyAction({ key: " ", shiftKey: true })).toBe("prev");
    expect(keyAction({ key: "ArrowRight", shiftKey: false })).toBe("next");
    expect(keyAction({ key: "ArrowLeft", shiftKey: false })).toBe("prev");
    expect(keyAction({ key: "Home", shiftKey: false })).toBe("first");
    expect(keyAction({ key: "End", shiftKey: false })).toBe("last");
    expect(keyAction({ key: "F", shiftKey: true })).toBe("fullscreen");
    expect(keyAction({ key: ".", shiftKey: false })).toBe("blank");
    expect(keyAction({ key: "Escape", shiftKey: false })).toBe("exit");
    expect(keyAction({ key: "x", shiftKey: false })).toBeNull();
  });
});

describe("the default deck", () => {
  it("opens on a title slide with the release date, focused for the keyboard", () => {
    render(<Briefing onRetry={() => undefined} />);
    expect(counter()).toBe("1 / 8");
    expect(title()).toBe("The situation in numbers");
    expect(document.activeElement?.classList.contains("briefing")).toBe(true);
    expect(document.querySelector(".slide-asof")!.textContent).toBe("As of 15 November 2024 · Release 2024-11-15");
    expect(screen.getByRole("region", { name: "Briefing" }).getAttribute("aria-roledescription")).toBe("slide deck");
  });

  it("moves with arrows, page keys, space and shift+space, Home and End, keeping the slide in the store", () => {
    render(<Briefing onRetry={() => undefined} />);
    key("ArrowRight");
    expect(counter()).toBe("2 / 8");
    expect(title()).toBe("Key figures");
    expect(useStore.getState().slide).toBe(1);
    key("PageDown");
    expect(counter()).toBe("3 / 8");
    key(" ");
    expect(counter()).toBe("4 / 8");
    key(" ", { shiftKey: true });
    expect(counter()).toBe("3 / 8");
    key("PageUp");
    expect(counter()).toBe("2 / 8");
    key("End");
    expect(counter()).toBe("8 / 8");
    expect(title()).toBe("Sources");
    key("ArrowRight");
    expect(counter()).toBe("8 / 8");
    key("Home");
    expect(counter()).toBe("1 / 8");
    key("ArrowLeft");
    expect(counter()).toBe("1 / 8");
  });

  it("shows a source line and the as-of date on every slide but the detention map's (not rendered in jsdom)", () => {
    render(<Briefing onRetry={() => undefined} />);
    for (let i = 1; i <= 8; i++) {
      if (i !== 5) {
        expect(document.querySelector(".briefing-stage .slide-asof")!.textContent, `slide ${i}`).toContain(
          "As of 15 November 2024",
        );
        expect(
          document.querySelector(".briefing-stage .slide-source")!.textContent!.length,
          `slide ${i}`,
        ).toBeGreaterThan(8);
      }
      key("PageDown");
    }
  });

  it("leaves Space to a focused button instead of turning the page", () => {
    render(<Briefing onRetry={() => undefined} />);
    const next = screen.getByRole("button", { name: /Next/ });
    next.focus();
    key(" ");
    expect(counter()).toBe("1 / 8");
    fireEvent.click(next);
    expect(counter()).toBe("2 / 8");
  });

  it("B blanks the screen; any key brings it back without moving; Esc leaves for the dashboard", () => {
    render(<Briefing onRetry={() => undefined} />);
    key("b");
    expect(document.querySelector(".briefing-blank")).not.toBeNull();
    expect(document.querySelector(".briefing")!.getAttribute("data-blank")).toBe("true");
    key("ArrowRight");
    expect(document.querySelector(".briefing-blank")).toBeNull();
    expect(counter()).toBe("1 / 8");
    key(".");
    key("Escape"); // unblanks only
    expect(useStore.getState().panel).toBe("briefing");
    key("Escape");
    expect(useStore.getState().panel).toBe("dashboard");
  });

  it("F asks the browser for full screen on the briefing", () => {
    const request = vi.fn(() => Promise.resolve());
    Object.defineProperty(HTMLElement.prototype, "requestFullscreen", { value: request, configurable: true });
    render(<Briefing onRetry={() => undefined} />);
    key("f");
    expect(request).toHaveBeenCalledTimes(1);
    expect((request.mock.contexts[0] as HTMLElement).classList.contains("briefing")).toBe(true);
    delete (HTMLElement.prototype as Partial<HTMLElement>).requestFullscreen;
  });

  it("says so when full screen is not available", async () => {
    render(<Briefing onRetry={() => undefined} />);
    key("f");
    expect((await screen.findByRole("alert")).textContent).toContain("Full screen is not available");
  });
});

describe("decks from links", () => {
  it("shows the reader's slides between a title and the sources, each pinned to its release", async () => {
    const deck = serialiseDeck([
      slideSpec("pardon-timeline", { release: FIXTURE_ID, lang: "ru" }),
      slideSpec("no-such-view", { release: FIXTURE_ID }),
    ]);
    useStore.setState({ deck });
    render(<Briefing onRetry={() => undefined} />);
    expect(counter()).toBe("1 / 4");
    expect(title()).toBe("Briefing");
    key("ArrowRight");
    const slide = document.querySelector<HTMLElement>(".briefing-stage .slide")!;
    expect(slide.getAttribute("lang")).toBe("ru");
    expect(title()).toBe(pardonTimeline.title(translator("ru")));
    expect(slide.querySelector(".slide-asof")!.textContent).toContain("15 ноября 2024");
    key("ArrowRight");
    expect(document.querySelector(".briefing-stage .slide-summary")!.textContent).toContain("“no-such-view”");
    // The reader can take a slide out again.
    fireEvent.click(screen.getByRole("button", { name: "Remove this slide" }));
    expect(parseDeck(useStore.getState().deck!)).toMatchObject({ ok: true, slides: [{ widget: "pardon-timeline" }] });
    expect(counter()).toBe("2 / 3");
  });

  it("names what is wrong with a damaged link and falls back to the default deck", () => {
    useStore.setState({ deck: "v1,pardon-timeline~2024-12-31~2024-01-01" });
    render(<Briefing onRetry={() => undefined} />);
    expect(screen.getByRole("alert").textContent).toBe(
      "Slide 1 of this briefing link cannot be read (range: “2024-12-31~2024-01-01”). Showing the default deck instead.",
    );
    expect(counter()).toBe("1 / 8");
  });

  it("loads a release the page does not have, and says which one failed if it cannot", async () => {
    useStore.setState({ deck: serialiseDeck([slideSpec("pardon-timeline", { release: "2020-01-01" })]) });
    render(<Briefing onRetry={() => undefined} />);
    key("ArrowRight");
    const alert = await within(document.querySelector<HTMLElement>(".briefing-stage")!).findByRole("alert");
    expect(alert.textContent).toContain('there is no release "2020-01-01"');
  });
});

describe("assembling a deck on the dashboard", () => {
  it("adds a view with its release, range, language and selection, and the header offers to present it", () => {
    const t = translator("be");
    const ctx: WidgetContext = {
      release: loaded.release,
      lang: "be",
      t,
      range: { start: "2024-07-01", end: "2024-12-31" },
      selection: "pardon:2024-11-07",
      categories: [],
      setView: () => undefined,
    };
    useStore.setState({ panel: "dashboard", lang: "be" });
    render(
      <>
        <PresentButton />
        <AddToBriefing def={pardonTimeline} ctx={ctx} />
      </>,
    );
    expect(screen.getByRole("button", { name: /Прэзентацыя/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /мой брыфінг/ }));
    expect(useStore.getState().deck).toBe("v1,pardon-timeline@2024-11-15~2024-07-01~2024-12-31~be~pardon:2024-11-07");
    expect(screen.getByRole("status").textContent).toBe("Дададзена як слайд 2 майго брыфінгу");
    expect(screen.getByRole("button", { name: /Паказаць мой брыфінг \(1\)/ })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: /Паказаць мой брыфінг/ }));
    expect(useStore.getState().panel).toBe("briefing");
  });
});
