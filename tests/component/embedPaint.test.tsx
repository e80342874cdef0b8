/**
 * embed.html's first-paint script (src/embed/paint.ts, inlined by the build): what it puts into the page for the
 * app to hydrate, what it asks the browser to download early, and what it leaves alone.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FRAGMENT_MARK, FRAGMENT_PENDING_CLASS, LIVE_ATTR } from "../../src/embed/fragment";
import { hintsComment } from "../../build/embedPrerenderPlugin";

const MARKUP = '<div class="embed-root"><section data-widget="prisoners-trend"><h2>Палітвязні</h2></section></div>';
const FRAGMENT =
  FRAGMENT_MARK +
  hintsComment({ release: "2026-01-02", manifest: "0badf00d", js: ["assets/widget-x.js", "../evil.js"], css: [] }) +
  '<style data-href="assets/widget-x.css">.trend{color:red}</style>' +
  MARKUP;

/** Runs the script afresh for this URL, with fetch answering `answer` (null: a 404), until it has settled. */
async function paint(search: string, answer: string | null, before: () => void = () => {}) {
  window.history.replaceState(null, "", `/embed.html${search}`);
  const fetched: string[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string) => {
      fetched.push(url);
      return new Response(answer ?? "not found", { status: answer === null ? 404 : 200 });
    }),
  );
  before();
  vi.resetModules();
  await import("../../src/embed/paint");
  // The fetch, its text, and the parsed page (jsdom's readyState is "complete" already).
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  const links = [...document.head.querySelectorAll("link")].map((l) => `${l.rel} ${l.getAttribute("href")}`);
  return { fetched, links, root: document.getElementById("root")! };
}

beforeEach(() => {
  document.head.innerHTML = "";
  document.body.innerHTML = '<div id="root"></div>';
  document.documentElement.className = "";
  delete document.documentElement.dataset.theme;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the embed's first-paint script", () => {
  it("puts the build's markup into #root with what it was drawn from, and preloads its data and chunk", async () => {
    const { fetched, links, root } = await paint("?widget=prisoners-trend&lang=be&theme=dark", FRAGMENT);
    expect(fetched).toEqual(["embed-prerendered/latest/prisoners-trend.be.640.html"]);
    expect(document.documentElement.lang).toBe("be");
    expect(document.documentElement.dataset.theme).toBe("dark");
    // Exactly the app's markup in #root (no comments, the CSS went to <head>), for it to hydrate.
    expect(root.innerHTML).toBe(MARKUP);
    expect(root.getAttribute("data-prerendered")).toBe("2026-01-02");
    expect(root.getAttribute("data-manifest")).toBe("0badf00d");
    expect(root.getAttribute("data-width")).toBe("640");
    expect(root.getAttribute("data-lang")).toBe("be");
    expect(document.head.querySelector('style[data-href="assets/widget-x.css"]')).not.toBeNull();
    expect(document.documentElement.classList.contains(FRAGMENT_PENDING_CLASS)).toBe(false);
    // The widget's chunk (not a path out of the site), the manifest and the bundle of the release it was drawn from.
    expect(links).toEqual([
      "modulepreload assets/widget-x.js",
      "preload data/manifest.json",
      "preload data/releases/2026-01-02/bundle.json",
    ]);
  });

  it("drops a fragment that comes after the app has drawn #root", async () => {
    const { root } = await paint("?widget=prisoners-trend&release=2026-01-02", FRAGMENT, () => {
      document.getElementById("root")!.setAttribute(LIVE_ATTR, "");
    });
    expect(root.innerHTML).toBe("");
    expect(root.hasAttribute("data-prerendered")).toBe(false);
    expect(document.documentElement.classList.contains(FRAGMENT_PENDING_CLASS)).toBe(false);
  });

  it("puts nothing in for a missing fragment or a page that is not one, and guesses no bundle", async () => {
    for (const answer of [null, "<!doctype html><p>Our 404 page</p>"]) {
      document.head.innerHTML = "";
      const { root, links } = await paint("?widget=key-figures&release=1999-01-01", answer);
      expect(root.innerHTML).toBe("");
      expect(links).toEqual(["preload data/manifest.json"]);
      expect(document.documentElement.classList.contains(FRAGMENT_PENDING_CLASS)).toBe(false);
    }
  });

  it("fetches no fragment for a time range, plain or compact embed, but preloads the named release", async () => {
    for (const option of ["from=2024-01-01&to=2024-12-31", "plain=1", "compact=1"]) {
      document.head.innerHTML = "";
      const { fetched, links } = await paint(`?widget=treason-trend&release=2026-01-02&${option}`, FRAGMENT);
      expect(fetched, option).toEqual([]);
      expect(links, option).toEqual(["preload data/manifest.json", "preload data/releases/2026-01-02/bundle.json"]);
    }
  });
});
