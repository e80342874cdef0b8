/** Briefing mode in jsdom: the keys a clicker sends, blank and full screen, decks from links, "Add to my briefing". */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { Briefing, provideSlideWidgets } from "../../src/briefing/Briefing";
import { AddToBriefing } from "../../src/briefing/AddToBriefing";
import { PresentButton } from "../../src/briefing/PresentButton";
import { parseDeck, serialiseDeck, slideSpec } from "../../src/briefing/deck";
import { keyAction } from "../../src/briefing/useDeckKeys";
import { liveLink, printedLink } from "../../src/briefing/liveLink";
import { viewFromSearch } from "../../src/state/view";
import { loadRelease, type Loaded } from "../../src/data/loader";
import { translator } from "../../src/i18n";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import { EMBED_WIDGETS } from "../../src/app/registry";
import type { WidgetContext } from "../../src/widgets/types";
import { FIXTURE_ID, fixtureFiles, memoryReader } from "../testing/fixture";

let loaded: Loaded;

beforeAll(async () => {
  // As App.tsx does when it loads the briefing.
  provideSlideWidgets(EMBED_WIDGETS);
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
  const k = (key: string, code: string, shiftKey = false) => keyAction({ key, code, shiftKey });

  it("maps what clickers send to steps", () => {
    expect(k("PageDown", "PageDown")).toBe("next");
    expect(k("PageUp", "PageUp")).toBe("prev");
    expect(k(" ", "Space")).toBe("next");
    expect(k(" ", "Space", true)).toBe("prev");
    expect(k("ArrowRight", "ArrowRight")).toBe("next");
    expect(k("ArrowLeft", "ArrowLeft")).toBe("prev");
    expect(k("Home", "Home")).toBe("first");
    expect(k("End", "End")).toBe("last");
    expect(k("F", "KeyF", true)).toBe("fullscreen");
    expect(k(".", "Period")).toBe("blank");
    expect(k("s", "KeyS")).toBe("presenter");
    expect(k("Escape", "Escape")).toBe("exit");
    expect(k("x", "KeyX")).toBeNull();
  });

  it("finds B, F, S and '.' by their place on a Russian or Belarusian layout", () => {
    expect(k("и", "KeyB")).toBe("blank");
    expect(k("И", "KeyB", true)).toBe("blank");
    expect(k("ю", "Period")).toBe("blank");
    expect(k("а", "KeyF")).toBe("fullscreen");
    expect(k("ы", "KeyS")).toBe("presenter");
    expect(k("і", "KeyS")).toBe("presenter");
    // The Russian layout's "." sits where the Latin "/" is: the character decides.
    expect(k(".", "Slash")).toBe("blank");
    expect(k("в", "KeyD")).toBeNull();
  });

  it("lets a Latin character decide over the key's place (a French or Dvorak layout)", () => {
    expect(k("b", "KeyN")).toBe("blank");
    expect(k("x", "KeyB")).toBeNull();
    expect(k(";", "Period")).toBeNull();
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

  it("blanks, and brings the picture back, with the keys of a Cyrillic layout", () => {
    render(<Briefing onRetry={() => undefined} />);
    key("и", { code: "KeyB" });
    expect(document.querySelector(".briefing")!.getAttribute("data-blank")).toBe("true");
    key("и", { code: "KeyB" });
    expect(document.querySelector(".briefing")!.getAttribute("data-blank")).toBe("false");
    key("ю", { code: "Period" });
    expect(document.querySelector(".briefing-blank")).not.toBeNull();
    key(" ", { code: "Space" });
    expect(document.querySelector(".briefing-blank")).toBeNull();
    expect(counter()).toBe("1 / 8");
  });

  it("leaves the keys to a text field", () => {
    render(<Briefing onRetry={() => undefined} />);
    const field = document.createElement("input");
    document.querySelector(".briefing-stage")!.append(field);
    field.focus();
    key("и", { code: "KeyB" });
    key("ArrowRight", { code: "ArrowRight" });
    expect(document.querySelector(".briefing")!.getAttribute("data-blank")).toBe("false");
    expect(counter()).toBe("1 / 8");
    field.remove();
  });

  it("gives the focus back to the deck after a toolbar button is clicked, so Space turns the page", () => {
    render(<Briefing onRetry={() => undefined} />);
    const next = screen.getByRole("button", { name: /Next/ });
    next.focus();
    fireEvent.click(next, { detail: 1 });
    expect(counter()).toBe("2 / 8");
    expect(document.activeElement?.classList.contains("briefing")).toBe(true);
    key(" ", { code: "Space" });
    expect(counter()).toBe("3 / 8");
  });

  it("after 'Blank screen' is clicked, Space brings the picture back and the next Space turns the page", () => {
    render(<Briefing onRetry={() => undefined} />);
    const blankButton = screen.getByRole("button", { name: "Blank screen" });
    blankButton.focus();
    fireEvent.click(blankButton, { detail: 1 });
    const overlay = screen.getByRole("button", { name: "Screen blanked. Press any key to return." });
    expect(document.activeElement).toBe(overlay);
    key(" ", { code: "Space" });
    expect(document.querySelector(".briefing-blank")).toBeNull();
    expect(document.activeElement?.classList.contains("briefing")).toBe(true);
    key(" ", { code: "Space" });
    expect(document.querySelector(".briefing-blank")).toBeNull();
    expect(counter()).toBe("2 / 8");
  });

  it("keeps the focus on a button pressed from the keyboard, and returns it there after the black screen", () => {
    render(<Briefing onRetry={() => undefined} />);
    const blankButton = screen.getByRole("button", { name: "Blank screen" });
    blankButton.focus();
    fireEvent.click(blankButton, { detail: 0 });
    expect(document.activeElement?.classList.contains("briefing-blank")).toBe(true);
    key("Enter", { code: "Enter" });
    expect(document.querySelector(".briefing-blank")).toBeNull();
    expect(document.activeElement).toBe(blankButton);
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

describe("presenter view", () => {
  afterEach(() => {
    window.history.replaceState(null, "", window.location.pathname);
  });

  it("S (or ы on a Cyrillic layout) opens the deck in a second window, on the presenter view", () => {
    const open = vi.spyOn(window, "open").mockReturnValue(null);
    render(<Briefing onRetry={() => undefined} />);
    key("ы", { code: "KeyS" });
    expect(open).toHaveBeenCalledTimes(1);
    expect(new URL(String(open.mock.calls[0]![0])).hash).toBe("#presenter");
    fireEvent.click(screen.getByRole("button", { name: "Presenter view" }));
    expect(open).toHaveBeenCalledTimes(2);
  });

  it("shows the slide number, the time, the summary sentence as notes and the next slide", () => {
    window.history.replaceState(null, "", "#presenter");
    useStore.setState({ slide: 2 });
    render(<Briefing onRetry={() => undefined} />);
    const side = screen.getByRole("complementary", { name: "Presenter view" });
    expect(within(side).getByText("Slide 3 of 8")).toBeTruthy();
    expect(within(side).getByRole("timer", { name: "Elapsed time" }).textContent).toBe("0:00");
    const summary = document.querySelector(".presenter-current .slide-summary")!.textContent;
    expect(summary!.length).toBeGreaterThan(20);
    expect(side.querySelector(".presenter-notes p")!.textContent).toBe(summary);
    expect(
      within(side).getByRole("heading", { name: "Next slide: Pardon stages since 3 July 2024" }).textContent,
    ).toBeTruthy();
    // No second presenter window from the presenter's, and no black overlay over the notes.
    expect(screen.queryByRole("button", { name: "Presenter view" })).toBeNull();
    key("b");
    expect(document.querySelector(".briefing-blank")).toBeNull();
    expect(within(side).getByRole("status").textContent).toBe(
      "The audience screen is black. Press any key to bring the picture back.",
    );
    key("End"); // brings the picture back, and only that
    expect(within(side).queryByRole("status")).toBeNull();
    key("End");
    expect(within(side).getByText("Slide 8 of 8")).toBeTruthy();
    expect(within(side).getByText("This is the last slide.")).toBeTruthy();
  });
});

describe("the handout's links to the live view", () => {
  const base = "https://tracker.example/";
  it("pins the release, range, language, selection and categories, with an anchor on the view", () => {
    const spec = slideSpec("pardon-timeline", {
      release: "2024-11-15",
      range: { start: "2024-07-01", end: "2024-12-31" },
      lang: "be",
      selection: "pardon:2024-11-07",
    });
    expect(liveLink({ kind: "widget", spec, own: 0 }, "2026-03-05", "en", base)).toBe(
      "https://tracker.example/?release=2024-11-15&from=2024-07-01&to=2024-12-31&lang=be&sel=pardon:2024-11-07#pardon-timeline",
    );
    const map = slideSpec("detention-map", { categories: ["raid", "detention"] });
    expect(liveLink({ kind: "widget", spec: map, own: null }, "2026-03-05", "ru", base)).toBe(
      "https://tracker.example/?release=2026-03-05&lang=ru&cat=raid,detention#detention-map",
    );
    expect(liveLink({ kind: "title" }, "2026-03-05", "en", base)).toBe("https://tracker.example/?release=2026-03-05");
    expect(liveLink({ kind: "sources" }, "2026-03-05", "en", base)).toBe(
      "https://tracker.example/?release=2026-03-05&panel=sources",
    );
    expect(printedLink("https://tracker.example/?release=2026-03-05")).toBe("tracker.example/?release=2026-03-05");
  });

  it("reads back as the same view", () => {
    const spec = slideSpec("detention-map", {
      release: "2024-11-15",
      range: { start: "2024-07-01", end: "2024-12-31" },
      lang: "ru",
      selection: "pardon:2024-11-07",
      categories: ["raid", "detention"],
    });
    const url = new URL(liveLink({ kind: "widget", spec, own: 0 }, "2026-03-05", "en", base));
    expect(viewFromSearch(url.search)).toMatchObject({
      releaseId: "2024-11-15",
      range: { start: "2024-07-01", end: "2024-12-31" },
      lang: "ru",
      selection: "pardon:2024-11-07",
      categories: ["raid", "detention"],
      panel: "dashboard",
    });
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
