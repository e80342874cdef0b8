/**
 * Embeds paint before any script of the app runs: the build prerendered each widget (src/embed/prerender.tsx),
 * public/embed-paint.js shows it, and the live widget replaces it. Here the app's JavaScript is blocked to
 * see what a reader on a slow phone sees first; then allowed, to see the live widget take over.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshot } from "./screens";

const base = inject("baseUrl");
let browser: Browser;
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, { width = 800, blockApp = false } = {}) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  const aborted: string[] = [];
  if (blockApp) {
    // Every module of the app (entry, widget chunks, messages); embed-paint.js is not under assets/.
    await page.route(/\/assets\/[^?]*\.js(\?|$)/, (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
  }
  await page.goto(`${base}embed.html?${query}`);
  return { page, errors, blocked, aborted };
}

const count = (page: Page, selector: string) => page.locator(selector).count();

describe("prerendered embeds", () => {
  it("show the chart with its title, figures and marks without any of the app's JavaScript", async () => {
    const { page, blocked, aborted } = await open("widget=prisoners-trend&lang=ru&theme=dark", { blockApp: true });
    const copy = page.locator('#prerendered [data-widget="prisoners-trend"]');
    await copy.waitFor(POLL);
    expect(aborted.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelectorAll("#root *").length)).toBe(0); // the app never ran
    expect(await copy.locator("h2").textContent()).toBe("Политзаключённые во времени");
    expect(await copy.locator(".as-of").textContent()).toMatch(/По состоянию на .* · Выпуск 2026-03-05/);
    expect(await copy.locator(".summary").textContent()).toMatch(/1\s140/);
    expect(await copy.locator("svg circle, svg path.segment").count()).toBeGreaterThan(20);
    // The head script set theme and language before the copy came in.
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.lang])).toEqual([
      "dark",
      "ru",
    ]);
    // The widget chunk's CSS is applied (trends.css lays the legend out as a list without bullets).
    expect(await page.evaluate(() => document.head.querySelectorAll('link[rel="stylesheet"]').length)).toBeGreaterThan(
      2,
    );
    // A picture, not a control: Tab reaches nothing in it.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#prerendered") ?? null)).toBeNull();
    expect(blocked).toEqual([]);
    await screenshot(page, "prerendered-trend-ru");
    await page.close();
  });

  it("show the key-figures card, and fit a 360 px phone without horizontal scroll", async () => {
    const { page } = await open("widget=key-figures&release=2024-11-15&lang=en", { blockApp: true });
    const copy = page.locator('#prerendered [data-widget="key-figures"]');
    await copy.waitFor(POLL);
    expect(await copy.locator('[data-key="prisoners"] .key-value').textContent()).toBe("1,275");
    expect(await copy.locator(".as-of").textContent()).toContain("Release 2024-11-15");
    await page.close();

    for (const widget of ["prisoners-trend", "pardon-timeline", "incommunicado"]) {
      const phone = await open(`widget=${widget}&lang=be`, { width: 360, blockApp: true });
      await phone.page.locator(`#prerendered [data-widget="${widget}"]`).waitFor(POLL);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth), widget).toBeLessThanOrEqual(360);
      const svg = await phone.page.evaluate(() =>
        Math.max(0, ...[...document.querySelectorAll("#prerendered svg")].map((s) => s.getBoundingClientRect().right)),
      );
      expect(svg, widget).toBeLessThanOrEqual(360);
      if (widget === "prisoners-trend") await screenshot(phone.page, "prerendered-trend-be-360");
      await phone.page.close();
    }
  });

  it("give way to the live widget, which ends up alone on the page", async () => {
    const { page, errors, blocked } = await open("widget=prisoners-trend&lang=ru");
    await page.locator('#root [data-widget="prisoners-trend"]').waitFor(POLL);
    await expect.poll(() => count(page, "#prerendered"), POLL).toBe(0);
    expect(await count(page, "[data-widget]")).toBe(1);
    expect(await page.locator("#root h2").textContent()).toBe("Политзаключённые во времени");
    await expect.poll(() => count(page, "#root .trend svg circle"), POLL).toBeGreaterThan(20);
    // The live chart is interactive again: its plot takes focus.
    expect(await page.locator("#root .trend-plot").getAttribute("tabindex")).toBe("0");
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leave unknown widgets and releases to the app, as before", async () => {
    const { page, errors } = await open("widget=nope&lang=en", { blockApp: false });
    await page.locator(".error-panel").waitFor(POLL);
    expect(await count(page, "#prerendered")).toBe(0);
    expect(await count(page, "[data-widget]")).toBe(0);
    const missing = await open("widget=key-figures&release=1999-01-01&lang=en", { blockApp: true });
    // No fragment for that release (404): the copy stays empty and the app's own "Loading…" is what shows.
    await missing.page.waitForLoadState("networkidle");
    expect(await missing.page.locator("#prerendered").innerHTML()).toBe("");
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await missing.page.close();
    await page.close();
  });
});
