/**
 * The standalone pictures (src/export/picture/): the map with the outline of Belarus and one named symbol per
 * event it may show, the key-figure cards with the same figures as the live card, and a chart made from its
 * prerendered markup with every pattern it uses and its legend. Each is well-formed XML, names itself
 * (<title>, <desc> = the widget's summary), says its language and refers to nothing outside the file.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { keyFigures } from "../../src/data/keyFigures";
import type { ReleaseData } from "../../src/data/schema";
import { prerenderWidget } from "../../src/embed/prerender";
import { chartPicture, findChart, legendItems, tablePicture } from "../../src/export/picture/charts";
import { keyFiguresPicture } from "../../src/export/picture/keyFigures";
import { pictureCss, rootVariables } from "../../src/export/picture/markup";
import { mapPicture } from "../../src/export/picture/map";
import { CHAR_EM, LIGHT } from "../../src/export/picture/svgText";
import { pictureText } from "../../src/export/picture/text";
import { loadMessages, translator } from "../../src/i18n";
import { formatMeasure, type Lang } from "../../src/i18n/format";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import { eventViews, filterEvents, isOnMap } from "../../src/map/detentionModel";
import { countText, symbolLabel } from "../../src/map/eventText";
import { detentionMap } from "../../src/map/widget";
import { namedPeople } from "../../src/people/widgets";
import type { WidgetContext, WidgetDef } from "../../src/widgets/types";
import { keyFiguresWidget } from "../../src/widgets/keyFiguresWidget";
import { detentionRelease } from "../testing/detentionFixture";
import { realRelease } from "../testing/peopleFixture";
import { widgetContext } from "../testing/widgetContext";

const STYLES = readFileSync(path.resolve(import.meta.dirname, "../../src/styles.css"), "utf8");

function context(release: ReleaseData, lang: Lang = "en", patch: Partial<WidgetContext> = {}): WidgetContext {
  return widgetContext(release, { lang, ...patch });
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")?.textContent ?? null).toBeNull();
  return doc;
}

/** A picture stands alone: no script, no link or image from elsewhere, no unresolved CSS variable outside CSS. */
function expectStandalone(doc: Document, svg: string) {
  expect(doc.querySelector("script, foreignObject, image")).toBeNull();
  for (const el of doc.querySelectorAll("*")) {
    const href = el.getAttribute("href") ?? el.getAttributeNS("http://www.w3.org/1999/xlink", "href");
    if (href) expect(href.startsWith("#")).toBe(true);
  }
  expect(svg).not.toMatch(/url\((?!#)/);
  expect(svg).not.toMatch(/@import|https?:\/\/(?!www\.w3\.org)/);
}

/** Left-aligned text outside the map keeps within the picture's margins at the estimated glyph width. */
function expectNoOverflow(doc: Document, width: number) {
  for (const text of doc.querySelectorAll("svg > text, svg > g:not([transform]) text")) {
    if (text.getAttribute("text-anchor")) continue;
    const size = Number(text.getAttribute("font-size"));
    const bold = Number(text.getAttribute("font-weight") ?? 400) >= 600 ? 1.1 : 1;
    const right = Number(text.getAttribute("x")) + text.textContent!.length * size * CHAR_EM * bold;
    expect(right, text.textContent!).toBeLessThanOrEqual(width);
  }
}

describe("map picture", () => {
  const release = detentionRelease();
  const views = eventViews(release);

  it("draws the outline of Belarus and one named symbol per event on the map, at both widths", () => {
    for (const width of [640, 320]) {
      const ctx = context(release);
      const text = pictureText(detentionMap, ctx);
      const out = mapPicture(ctx, text, width);
      const doc = parse(out.svg);
      const root = doc.documentElement;
      expect(root.getAttribute("viewBox")).toBe(`0 0 ${width} ${out.height}`);
      expect(root.getAttribute("lang")).toBe("en");
      expect(root.querySelector(":scope > title")!.textContent).toBe("Mass detentions and raids");
      expect(root.querySelector(":scope > desc")!.textContent).toBe(detentionMap.summary(ctx));
      const outline = root.querySelector("path.outline-belarus")!;
      expect(outline.getAttribute("d")!.length).toBeGreaterThan(500);
      const onMap = views.filter(isOnMap);
      const symbols = [...root.querySelectorAll("g.symbol")];
      expect(symbols).toHaveLength(onMap.length);
      // Each symbol names its places, its figures with their qualifiers, category and dates.
      for (const v of onMap) {
        const symbol = symbols.find((s) => s.getAttribute("data-event") === v.id)!;
        const title = symbol.querySelector("title")!.textContent!;
        expect(title).toBe(symbolLabel(v, "en", ctx.t));
        for (const c of v.claims) expect(title).toContain(formatMeasure(c, "en"));
      }
      expectStandalone(doc, out.svg);
      expectNoOverflow(doc, width);
    }
  });

  it("shows an event no finer than its record allows: region-wide as a framed symbol, nationwide in the list", () => {
    const ctx = context(release);
    const doc = parse(mapPicture(ctx, pictureText(detentionMap, ctx), 640).svg);
    const regionWide = views.filter((v) => v.event.scope === "region");
    // One of them is a town-level record that may be shown only at oblast level (fixture "zhlobin-small").
    expect(regionWide.map((v) => v.id)).toContain("zhlobin-small");
    for (const v of regionWide) {
      const symbol = doc.querySelector(`g.symbol[data-event="${v.id}"]`)!;
      expect(symbol.classList.contains("kind-region")).toBe(true);
      expect(symbol.querySelector('rect[stroke-dasharray="4 3"]')).not.toBeNull();
    }
    expect(doc.querySelector('g.symbol[data-event="zhlobin-small"] title')!.textContent).toContain("Homiel region");
    // The town the record may not name is nowhere in the picture.
    expect(doc.documentElement.textContent).not.toContain("Zhlobin");
    const nationwide = views.filter((v) => v.event.scope === "national");
    expect(nationwide.length).toBeGreaterThan(0);
    const words = doc.documentElement.textContent!;
    expect(words).toContain("Nationwide or without a place on the map");
    for (const v of nationwide) {
      expect(doc.querySelector(`g.symbol[data-event="${v.id}"]`)).toBeNull();
      expect(words).toContain(countText(v, "en", ctx.t));
    }
  });

  it("follows the view's categories and range", () => {
    const ctx = context(release, "en", { categories: ["raid"] });
    const doc = parse(mapPicture(ctx, pictureText(detentionMap, ctx), 640).svg);
    const raids = filterEvents(views, null, ["raid"]).filter(isOnMap);
    expect(raids.length).toBeGreaterThan(0);
    expect(doc.querySelectorAll("g.symbol")).toHaveLength(raids.length);
    const range = { start: "2024-11-10", end: "2024-11-15" };
    const ranged = context(release, "en", { range });
    const inRange = filterEvents(views, range, []).filter(isOnMap);
    const rangedDoc = parse(mapPicture(ranged, pictureText(detentionMap, ranged), 640).svg);
    expect(rangedDoc.querySelectorAll("g.symbol")).toHaveLength(inRange.length);
    expect(inRange.length).toBeLessThan(views.filter(isOnMap).length);
  });

  it("speaks the reader's language", async () => {
    await loadMessages("be");
    const ctx = context(release, "be");
    const doc = parse(mapPicture(ctx, pictureText(detentionMap, ctx), 320).svg);
    expect(doc.documentElement.getAttribute("lang")).toBe("be");
    expect(doc.documentElement.textContent).toContain("Смаргонь");
    expect(doc.querySelector(":scope > title")?.textContent).toBe(translator("be")("map.title"));
  });
});

describe("key figures picture", () => {
  it("shows the live card's figures with their qualifiers, labels, dates and disagreements, in a grid", async () => {
    const release = await realRelease("2026-12-06");
    const ctx = context(release);
    const figures = keyFigures(release);
    for (const width of [640, 320]) {
      const out = keyFiguresPicture(ctx, pictureText(keyFiguresWidget, ctx), width);
      const doc = parse(out.svg);
      const cards = [...doc.querySelectorAll("g.key-figure")];
      expect(cards.map((c) => c.getAttribute("data-key"))).toEqual(figures.map((k) => k.id));
      for (const [i, k] of figures.entries()) {
        const card = cards[i]!.textContent!;
        // The first figure leads, with its qualifier in words; every other version is there too.
        expect(cards[i]!.querySelector("text")!.textContent).toBe(formatMeasure(k.figures[0]!, "en"));
        for (const f of k.figures) expect(card).toContain(formatMeasure(f, "en"));
        if (k.figures.length > 1 && k.figures[0]!.basis !== "computed") expect(card).toContain("Sources disagree:");
      }
      expect(cards[0]!.textContent).toContain("political prisoners in custody");
      // Two columns in an article column, one on a phone.
      const xs = new Set(cards.map((c) => c.querySelector("rect")!.getAttribute("x")));
      expect(xs.size).toBe(width === 640 ? 2 : 1);
      expectStandalone(doc, out.svg);
      expectNoOverflow(doc, width);
    }
  });
});

describe("chart picture", () => {
  it("is the prerendered chart with every pattern it references, its legend and the page's light colours", async () => {
    const release = await realRelease("2026-12-06");
    const ctx = context(release);
    const fragment = await prerenderWidget(release, "pardon-timeline", "en", 640);
    const text = pictureText(pardonTimeline, ctx);
    const out = chartPicture({ fragment, lang: "en", pageCss: STYLES }, text, 640)!;
    const doc = parse(out.svg);
    expect(doc.querySelector(":scope > desc")!.textContent).toBe(pardonTimeline.summary(ctx));
    const used = [...out.svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const id of new Set(used)) expect(doc.getElementById(id), id).not.toBeNull();
    expect(doc.querySelectorAll("pattern").length).toBeGreaterThanOrEqual(2);
    const words = doc.documentElement.textContent!;
    for (const label of ["Pardon", "US-brokered release", "Amnesty", "Running total computed from the stage counts"]) {
      expect(words).toContain(label);
    }
    const style = doc.querySelector("style")!.textContent!;
    expect(style).toContain(`--c-pardon: #0072b2`);
    expect(style).not.toContain("#56b4e9"); // the dark theme's pardon colour is left out
    expectStandalone(doc, out.svg);
    expectNoOverflow(doc, 640);
  });

  it("finds no chart in a fragment without one; a list is pictured by its first rows", async () => {
    const release = await realRelease("2026-12-06");
    const ctx = context(release);
    expect(findChart(await prerenderWidget(release, "key-figures", "en", 320))).toBeNull();
    const def: WidgetDef = namedPeople;
    const table = def.table(ctx);
    const out = tablePicture(table, pictureText(def, ctx), 320, "en", (n) => `and ${n} more`);
    const doc = parse(out.svg);
    expect(doc.documentElement.textContent).toContain(table.rows[0]!.cells[0]!);
    expect(doc.documentElement.textContent).toContain(`and ${table.rows.length - 10} more`);
    expectNoOverflow(doc, 320);
  });

  it("reads legend entries as swatch and words", () => {
    const html =
      '<div class="trend-legend"><ul class="series-keys"><li data-series="a"><svg width="22" height="14">' +
      '<path d="M1,7H21" stroke="var(--c-women)"></path></svg>Women in custody</li></ul></div>';
    const items = legendItems(html);
    expect(items).toHaveLength(1);
    expect(items[0]!.label).toBe("Women in custody");
    expect(items[0]!.swatch).toContain('<g class="trend-legend"><g class="series-keys">');
  });
});

describe("picture CSS", () => {
  it("keeps the light theme and drops dark-scheme rules and fetches", () => {
    const css = pictureCss(
      ":root{--bg:#fff}@media (prefers-color-scheme:dark){:root{--bg:#000}}:root[data-theme=dark]{--bg:#000}" +
        ".a{background:url(https://x.org/i.png);fill:red}.b{fill:url(#p)}@import url(x.css);",
    );
    expect(css).toContain(":root{--bg:#fff}");
    expect(css).not.toContain("#000");
    expect(css).not.toContain("x.org");
    expect(css).toContain("fill:red");
    expect(css).toContain("url(#p)");
    // Given the classes a picture uses, rules for other classes are left out (not those in :not()).
    const only = pictureCss(
      ".bar{fill:blue}.axis text{fill:grey}.line:not(.gap){stroke:red}svg{color:red}",
      new Set(["bar", "line"]),
    );
    expect(only).toContain(".bar{fill:blue}");
    expect(only).toContain(".line:not(.gap){stroke:red}");
    expect(only).toContain("svg{color:red}");
    expect(only).not.toContain(".axis");
  });

  it("uses the light theme's colours of src/styles.css", () => {
    const vars = Object.fromEntries(
      rootVariables(STYLES)
        .split(";")
        .map((d) => d.split(":").map((s) => s.replace(/\/\*.*\*\//, "").trim()))
        .filter(([k]) => k?.startsWith("--")),
    );
    const names: Record<keyof typeof LIGHT, string> = {
      bg: "--bg",
      surface: "--surface",
      text: "--text",
      muted: "--muted",
      border: "--border",
      accent: "--accent",
      detention: "--c-detention",
      raid: "--c-raid",
      preventive: "--c-preventive",
      mapLand: "--map-land",
      mapStroke: "--map-stroke",
    };
    for (const [key, name] of Object.entries(names)) expect(LIGHT[key as keyof typeof LIGHT], name).toBe(vars[name]);
  });
});
