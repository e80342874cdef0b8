/** The `deck=` link format: round trips, the documented example, and clear errors for bad links. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  addToDeck,
  DECK_VERSION,
  MAX_SLIDES,
  parseDeck,
  pinnedReleases,
  removeFromDeck,
  serialiseDeck,
  slideSpec,
  type SlideSpec,
} from "../../src/briefing/deck";
import { injectPrecache, PRECACHE_MARKER } from "../../build/precachePlugin";
import { searchFromView, viewFromSearch } from "../../src/state/view";
import { DEFAULT_VIEW } from "../../src/state/store";

const pardons = slideSpec("pardon-timeline", {
  release: "2024-11-15",
  range: { start: "2024-07-01", end: "2024-12-31" },
  lang: "en",
});
const map = slideSpec("detention-map", { release: "2026-03-05", lang: "be", categories: ["raid", "detention"] });

describe("deck links", () => {
  it("writes the documented compact form", () => {
    expect(serialiseDeck([pardons, map])).toBe(
      "v1,pardon-timeline@2024-11-15~2024-07-01~2024-12-31~en,detention-map@2026-03-05~~~be~~raid+detention",
    );
    expect(DECK_VERSION).toBe(1);
  });

  it("reads it back, slide by slide, with every view setting", () => {
    const parsed = parseDeck("v1,pardon-timeline@2024-11-15~2024-07-01~2024-12-31~en,prisoners-trend");
    expect(parsed).toEqual({ ok: true, slides: [pardons, slideSpec("prisoners-trend")] });
  });

  it("keeps a selection", () => {
    const spec = slideSpec("prisoners-trend", { selection: "obs:prisoners_in_custody:2024-11-15" });
    const text = serialiseDeck([spec])!;
    expect(text).toBe("v1,prisoners-trend~~~~obs:prisoners_in_custody:2024-11-15");
    expect(parseDeck(text)).toEqual({ ok: true, slides: [spec] });
  });

  it("survives the URL: deck= and slide= round-trip through the query string", () => {
    const deck = serialiseDeck([pardons, map]);
    const view = { ...DEFAULT_VIEW, panel: "briefing" as const, deck, slide: 2 };
    const back = viewFromSearch(searchFromView(view));
    expect(back.deck).toBe(deck);
    expect(back.slide).toBe(2);
    expect(parseDeck(back.deck!)).toEqual({ ok: true, slides: [pardons, map] });
  });

  it("round-trips any valid deck", () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9_.-]{0,12}$/);
    const day = fc
      .date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const spec: fc.Arbitrary<SlideSpec> = fc.record({
      widget: id,
      release: fc.option(day.map((d) => `${d}`)),
      range: fc.option(fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }))),
      lang: fc.option(fc.constantFrom("en" as const, "be" as const, "ru" as const)),
      selection: fc.option(fc.tuple(id, id).map(([k, v]) => `${k}:${v}`)),
      categories: fc.array(id, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 8 }), (slides) => {
        expect(parseDeck(serialiseDeck(slides)!)).toEqual({ ok: true, slides });
      }),
    );
  });

  it("names what is wrong with a bad link instead of guessing", () => {
    expect(parseDeck("v2,pardon-timeline")).toEqual({ ok: false, error: { code: "version", version: "v2" } });
    expect(parseDeck("pardon-timeline@2024-11-15")).toMatchObject({ ok: false, error: { code: "version" } });
    expect(parseDeck("v1")).toEqual({ ok: false, error: { code: "empty" } });
    expect(parseDeck("v1,prisoners-trend,pardon-timeline@2024-11-15~2024-12-31~2024-07-01")).toEqual({
      ok: false,
      error: { code: "slide", slide: 2, field: "range", value: "2024-12-31~2024-07-01" },
    });
    expect(parseDeck("v1,pardon-timeline~~~de")).toMatchObject({ ok: false, error: { field: "lang", value: "de" } });
    expect(parseDeck("v1,Pardon<script>")).toMatchObject({ ok: false, error: { field: "widget" } });
    expect(parseDeck("v1,pardon-timeline@latest")).toMatchObject({ ok: false, error: { field: "release" } });
    expect(parseDeck("v1,a~~~~~~extra")).toMatchObject({ ok: false, error: { field: "fields" } });
    // The link's own text is quoted only when short and id-like: no sentences from a link shown on our page.
    const words = "Call +1 555 0100 to restore access";
    expect(parseDeck(`v1,pardon-timeline~~~${words}`)).toMatchObject({ error: { field: "lang", value: "…" } });
    expect(parseDeck(`${words},pardon-timeline`)).toEqual({ ok: false, error: { code: "version", version: "…" } });
    expect(parseDeck("v1,pardon-timeline@2024-01-01-call-555-0100-to-restore-access")).toMatchObject({
      error: { field: "release", value: "…" },
    });
    const many = ["v1", ...Array.from({ length: MAX_SLIDES + 1 }, () => "prisoners-trend")].join(",");
    expect(parseDeck(many)).toEqual({ ok: false, error: { code: "too_many", count: MAX_SLIDES + 1 } });
  });

  it("adds and removes slides; removing the last one returns to the default deck", () => {
    const one = addToDeck(null, pardons);
    const two = addToDeck(one, map);
    expect(parseDeck(two!)).toEqual({ ok: true, slides: [pardons, map] });
    expect(parseDeck(removeFromDeck(two!, 0)!)).toEqual({ ok: true, slides: [map] });
    expect(removeFromDeck(one!, 0)).toBeNull();
    expect(addToDeck("garbage", map)).toBe(serialiseDeck([map]));
    expect(pinnedReleases([pardons, map, slideSpec("x"), pardons])).toEqual(["2024-11-15", "2026-03-05"]);
  });
});

describe("service worker precache injection", () => {
  const source = 'const A = 1;\nconst PRECACHE = { version: "dev", files: [] };\nconst B = 2;\n';

  it("replaces the placeholder line with the build's files and hash", () => {
    const out = injectPrecache(source, { version: "abc123", files: ["index.html", "assets/main-x1.js"] });
    expect(out).toContain('const PRECACHE = {"version":"abc123","files":["index.html","assets/main-x1.js"]};');
    expect(out).toContain("const B = 2;");
    expect(PRECACHE_MARKER.test(out)).toBe(false);
  });

  it("finds the placeholder in public/sw.js", () => {
    const sw = readFileSync(path.resolve(import.meta.dirname, "../../public/sw.js"), "utf8");
    expect(PRECACHE_MARKER.test(sw)).toBe(true);
  });

  it("fails the build when the placeholder is gone", () => {
    expect(() => injectPrecache("const A = 1;", { version: "x", files: [] })).toThrow(/placeholder/);
  });
});
