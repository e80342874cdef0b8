/**
 * The build's prerendered embeds (src/embed/prerender.tsx): the real release, rendered as the live embed renders
 * it once ready, in the reader's language, as a still picture (nothing focusable) that scales down.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRelease } from "../../src/data/loader";
import { EMBED_WIDGET_IDS } from "../../src/embed/lazyWidgets";
import { pictureOf, prerenderWidget } from "../../src/embed/prerender";
import { FRAGMENT_MARK, HINTS_OPEN } from "../../src/embed/fragment";
import { hintsComment, inlineStyle, lazyWidgetModules } from "../../build/embedPrerenderPlugin";
import { translator } from "../../src/i18n";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const read = async (file: string) => new Uint8Array(readFileSync(path.join(DATA, file)));

function parse(html: string): HTMLElement {
  const box = document.createElement("div");
  box.innerHTML = html;
  return box;
}

describe("prerendered embeds", () => {
  it("draw the prisoners trend of the real release in Belarusian, with its marks and nothing focusable", async () => {
    const { release } = await loadRelease(read, null);
    const html = await prerenderWidget(release, "prisoners-trend", "be");
    const box = parse(html);
    const widget = box.querySelector('.embed-root > section.widget[data-widget="prisoners-trend"]');
    expect(widget).not.toBeNull();
    expect(box.querySelector("h2")?.textContent).toBe("Колькасць палітвязняў у дынаміцы");
    expect(box.querySelector(".as-of")?.textContent).toContain(`Выпуск ${release.entry.id}`);
    // The credit line and its relative link back to the dashboard (works under any host and BASE_PATH).
    const credit = box.querySelector(".embed-credit a");
    expect(credit?.getAttribute("href")).toBe(`index.html?release=${release.entry.id}&lang=be#prisoners-trend`);
    // The chart: an SVG drawn at the fallback width, with a viewBox so CSS can scale it, and its marks.
    const svg = [...box.querySelectorAll("svg")].find((s) => s.getAttribute("width") === "640");
    expect(svg?.getAttribute("viewBox")).toBe(`0 0 640 ${svg?.getAttribute("height")}`);
    expect(svg!.querySelectorAll("circle, path.segment").length).toBeGreaterThan(20);
    // A still picture: no Share button in an embed, no control reachable by Tab, no renderer notes.
    expect(box.querySelector(".share-button")).toBeNull();
    const focusable = box.querySelectorAll(
      'a, button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    for (const el of focusable) expect(el.getAttribute("tabindex"), el.outerHTML.slice(0, 80)).toBe("-1");
    for (const button of box.querySelectorAll("button")) expect(button.disabled).toBe(true);
    expect(html).not.toContain("<template");
  });

  it("draw the key figures, a narrow chart and the map as a picture", async () => {
    const { release } = await loadRelease(read, "2024-11-15");
    const html = await prerenderWidget(release, "key-figures", "ru", 320);
    expect(parse(html).querySelector("h2")?.textContent).toBe(translator("ru")("keys.heading"));
    expect(parse(html).querySelectorAll(".key-value").length).toBeGreaterThan(2);
    const narrow = await prerenderWidget(release, "pardon-timeline", "en", 320);
    const chart = [...parse(narrow).querySelectorAll("svg")].find((svg) => svg.getAttribute("width") === "320");
    expect(chart?.getAttribute("viewBox")).toMatch(/^0 0 320 \d+/);
    // Leaflet cannot run here: the map is its still picture (outline and symbols), with the filters and list.
    const map = parse(await prerenderWidget(release, "detention-map", "en"));
    const picture = map.querySelector('svg.static-map[role="img"]');
    expect(picture?.getAttribute("aria-label")).toBe(translator("en")("map.mapLabel"));
    expect(picture?.querySelector("path.static-map-land")).not.toBeNull();
    expect(picture!.querySelectorAll(".static-map-symbol").length).toBeGreaterThanOrEqual(2);
    expect(map.querySelector(".leaflet-container")).toBeNull();
    expect(map.querySelector('[data-widget="detention-map"] h2')?.textContent).toBe(translator("en")("map.title"));
  });

  it("turn rendered markup into a picture", () => {
    const out = pictureOf(
      '<a href="?panel=sources#source-x">x</a><div tabindex="0"></div><button type="button">b</button>' +
        '<svg width="100" height="50"></svg><svg width="0" height="0"></svg><svg width="5" height="5" viewBox="0 0 1 1"></svg>',
      "2024-11-15",
      "be",
    );
    expect(out).toContain(
      '<a tabindex="-1" href="index.html?panel=sources&amp;release=2024-11-15&amp;lang=be#source-x" target="_blank" rel="noopener">',
    );
    expect(out).toContain('<div tabindex="-1">');
    expect(out).toContain('<button disabled="" tabindex="-1" type="button">');
    expect(out).toContain('<svg viewBox="0 0 100 50" width="100" height="50">');
    expect(out).toContain('<svg width="0" height="0">');
    expect(out).toContain('<svg width="5" height="5" viewBox="0 0 1 1">');
    expect(FRAGMENT_MARK).toBe("<!--brt-prerendered-->");
  });

  it("carry hints (release, chunk files) in a comment that no file name can close early", () => {
    const hints = {
      release: "2026-03-05",
      manifest: "0badf00d",
      js: ["assets/widget--x.js", "assets/a---b.js"],
      css: ["assets/w.css"],
    };
    const comment = hintsComment(hints);
    expect(comment.startsWith(HINTS_OPEN)).toBe(true);
    expect(comment.endsWith("-->")).toBe(true);
    expect(comment.slice(HINTS_OPEN.length, -3)).not.toContain("--");
    expect(JSON.parse(comment.slice(HINTS_OPEN.length, -3))).toEqual(hints);
  });

  it("carry their widget's CSS inline, which no text inside the CSS can close early", () => {
    const style = inlineStyle('assets/a"b.css', ".x::after{content:'</style><script>'}");
    expect(style).toBe(`<style data-href="assets/a&quot;b.css">.x::after{content:'<\\/style><script>'}</style>`);
    expect(style.match(/<\/style/g)).toHaveLength(1);
  });

  it("find the module of every lazily loaded widget (for the CSS of its chunk)", () => {
    const file = path.resolve(import.meta.dirname, "../../src/embed/lazyWidgets.ts");
    const modules = lazyWidgetModules(readFileSync(file, "utf8"), path.dirname(file));
    expect([...modules.keys()].sort()).toEqual([...EMBED_WIDGET_IDS].sort());
    expect(modules.get("prisoners-trend")).toBe(path.resolve(path.dirname(file), "../charts/trends/widget"));
  });
});
