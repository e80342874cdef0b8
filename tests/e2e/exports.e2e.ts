/**
 * Exports that match the screen: the pardon timeline's SVG carries every pattern its bars and legend swatches
 * use and the legend itself, and renders on its own as the chart does on the page; a trend's SVG carries its
 * legend with the qualifier marks drawn as on screen, and so do the other charts; key figures have a Share button
 * on the dashboard.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

const base = inject("baseUrl");
const SHOTS = path.resolve(import.meta.dirname, "../../test-results/screenshots");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + query);
  // The live dashboard, not the build's markup before the app has hydrated it (it answers no click yet).
  await page.waitForFunction(
    () => !document.querySelector("#root[data-prerendered]") && document.querySelector("main .widget"),
    undefined,
    {
      timeout: 30_000,
    },
  );
  return { page, errors, blocked };
}

/** Opens the widget's Share dialog and downloads its SVG. */
async function exportSvg(page: Page, widget: Locator): Promise<string> {
  await widget.getByRole("button", { name: /^Share/ }).click();
  const dialog = page.locator("dialog[open]");
  await dialog.waitFor();
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    dialog.getByRole("button", { name: "SVG", exact: true }).click(),
  ]);
  const svg = readFileSync((await dl.path())!).toString("utf8");
  await page.keyboard.press("Escape");
  await expect.poll(() => page.locator("dialog").count()).toBe(0);
  return svg;
}

interface Parsed {
  error: string | null;
  ids: string[];
  /** Ids the file names by url(#…) (in attributes and inline styles) or href="#…". */
  refs: string[];
  patterns: number;
  /** What each fill by url(#…) names: the element's tag, or "missing". */
  fills: string[];
  legend: string[];
  /** Inline style of each legend glyph's first shape, in legend order. */
  glyphStyles: string[];
}

/** Reads the downloaded file the way a browser does. */
function parse(page: Page, svg: string): Promise<Parsed> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const all = [...doc.querySelectorAll("*")];
    const refs: string[] = [];
    for (const n of all) {
      for (const a of n.attributes) {
        for (const m of a.value.matchAll(/url\(\s*["']?([^"')]*)["']?\s*\)/g)) refs.push(m[1]!);
        if ((a.localName === "href" || a.name === "xlink:href") && a.value.startsWith("#")) refs.push(a.value);
      }
    }
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      ids: all.flatMap((n) => (n.id ? [n.id] : [])),
      refs,
      patterns: doc.querySelectorAll("pattern").length,
      fills: all.flatMap((n) => {
        // The inline style wins over the attribute, as in the browser.
        const id = ((n.getAttribute("style") ?? "").match(/(?:^|;)\s*fill:\s*url\(#([^)]+)\)/) ??
          (n.getAttribute("fill") ?? "").match(/^url\(#([^)]+)\)/))?.[1];
        return id ? [doc.getElementById(id)?.localName ?? "missing"] : [];
      }),
      legend: [...doc.querySelectorAll("g.legend text")].map((t) => t.textContent ?? ""),
      glyphStyles: [...doc.querySelectorAll("g.legend > svg")].map(
        (g) => g.querySelector("circle, path, rect, line")?.getAttribute("style") ?? "",
      ),
    };
  }, svg);
}

/**
 * Shows the file on its own in Chromium, as an image (the way the PNG export draws it: no page styles, no other
 * svg to borrow patterns from) and saves a screenshot to test-results/screenshots/ for people to look at.
 */
async function renderAlone(svg: string, name: string): Promise<void> {
  const dist = inject("distDir");
  writeFileSync(path.join(dist, `${name}.svg`), svg);
  writeFileSync(
    path.join(dist, `${name}.html`),
    `<!doctype html><meta charset="utf-8"><body style="margin:0;background:#888"><img src="${name}.svg" alt=""></body>`,
  );
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await blockExternal(page);
  await page.goto(`${base}${name}.html`);
  const img = page.locator("img");
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  await img.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.close();
}

describe("exported SVG", () => {
  it("of the pardon timeline holds every pattern it uses and the legend the page shows", async () => {
    const { page, errors, blocked } = await open("?release=2026-03-05");
    const widget = page.locator('[data-widget="pardon-timeline"]');
    await widget.locator("g.stage").first().waitFor();
    const onScreen = (await widget.locator(".pardon-legend li").allTextContents()).map((s) => s.trim());
    expect(onScreen).toEqual(expect.arrayContaining(["US-brokered release", "Amnesty", "Pardon of foreigners"]));

    const svg = await exportSvg(page, widget);
    const file = await parse(page, svg);
    expect(file.error).toBeNull();
    // Patterns for US-brokered, amnesty and foreigners' bars, and no reference without its element in the file.
    expect(file.patterns).toBeGreaterThanOrEqual(3);
    expect(file.refs.filter((r) => r.startsWith("#")).length).toBeGreaterThan(0);
    for (const ref of file.refs) {
      expect(ref).toMatch(/^#/);
      expect(file.ids).toContain(ref.slice(1));
    }
    expect(new Set(file.ids).size).toBe(file.ids.length);
    // The legend's words, as the page shows them, are text in the file.
    const legendText = file.legend.join(" ");
    for (const label of onScreen) expect(legendText).toContain(label);

    // Bars and swatches are filled with those patterns (not hollow): see the file drawn on its own in
    // test-results/screenshots/export-pardon-timeline.png.
    expect(file.fills.length).toBeGreaterThanOrEqual(6);
    expect(new Set(file.fills)).toEqual(new Set(["pattern"]));
    await renderAlone(svg, "export-pardon-timeline");

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("of a trend carries its legend, qualifier marks drawn as on screen", async () => {
    const { page, errors } = await open("?release=2026-03-05");
    const widget = page.locator('[data-widget="prisoners-trend"]');
    await widget.locator(".trend-legend li").first().waitFor();
    const keys = widget.locator(".trend-legend li");
    const onScreen = (await keys.allTextContents()).map((s) => s.trim());
    // The dash of the "about" mark, as the page draws it.
    const about = onScreen.findIndex((s) => /about/i.test(s));
    expect(about).toBeGreaterThanOrEqual(0);
    const dash = await keys
      .nth(about)
      .locator("svg circle")
      .first()
      .evaluate((c) => getComputedStyle(c).strokeDasharray);
    expect(dash).not.toBe("none");

    const svg = await exportSvg(page, widget);
    const file = await parse(page, svg);
    expect(file.error).toBeNull();
    expect(file.legend).toEqual(expect.arrayContaining(onScreen));
    expect(file.glyphStyles[about]).toContain(`stroke-dasharray:${dash}`);
    for (const ref of file.refs) expect(file.ids).toContain(ref.replace(/^#/, ""));
    await renderAlone(svg, "export-prisoners-trend");
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The words of the widget's legend keys as a reader sees them (not a glyph's own sample number). */
function legendLabels(widget: Locator): Promise<string[]> {
  return widget.locator('[class*="legend"] li:has(> svg)').evaluateAll((items) =>
    items.map((li) =>
      [...li.childNodes]
        .filter((n) => !(n instanceof SVGElement))
        .map((n) => n.textContent)
        .join("")
        .trim(),
    ),
  );
}

describe.each(["treason-trend", "deaths-in-custody"])("exported SVG of %s", (id) => {
  it("is self-contained and carries the legend the page shows", async () => {
    const { page, errors } = await open("?release=2026-03-05");
    const widget = page.locator(`[data-widget="${id}"]`);
    await widget.scrollIntoViewIfNeeded();
    await widget.locator('[class*="legend"] li').first().waitFor();
    const onScreen = await legendLabels(widget);
    expect(onScreen.length).toBeGreaterThan(1);
    const svg = await exportSvg(page, widget);
    const file = await parse(page, svg);
    expect(file.error).toBeNull();
    for (const label of onScreen) expect(file.legend.join(" ")).toContain(label);
    for (const ref of file.refs) expect(file.ids).toContain(ref.replace(/^#/, ""));
    await renderAlone(svg, `export-${id}`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("key figures", () => {
  it("have a Share button on the dashboard that opens the Share dialog for the key-figures widget", async () => {
    const { page, errors } = await open("?release=2026-03-05");
    const card = page.locator("section.key-figures");
    await card.locator(".key-figure").first().waitFor();
    const share = card.getByRole("button", { name: "Share: Key figures" });
    await share.click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    expect(
      await dialog.getByLabel("Iframe code without a script (for sites that remove scripts)").inputValue(),
    ).toContain("widget=key-figures");
    await expect.poll(() => dialog.getByRole("button", { name: "SVG", exact: true }).isEnabled()).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Share: Key figures");
    expect(errors).toEqual([]);
    await page.close();
  });
});
