/**
 * The dashboard on paper (print media emulated): screen-only words (instructions for a mouse or keyboard, the
 * labels of fields and checkboxes) are left out, what the controls chose is printed as sentences, headings
 * stay with what follows them, and table headers repeat on every page with rows never split. The briefing
 * handout's print is in briefing.e2e.ts.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

let browser: Browser;
const base = inject("baseUrl");
const root = path.resolve(import.meta.dirname, "../..");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("printing the dashboard", () => {
  it("prints what makes sense on paper, the chosen filters as sentences, and keeps headers with their rows", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await blockExternal(page);
    await page.goto(`${base}?release=2026-12-06-r2&cat=detention,raid&q=Hrodna&who=Babaryka`);
    await page.locator('[data-widget="detention-map"] .det-icon').first().waitFor({ state: "attached" });
    const screenText = await page.locator("body").innerText();
    // On screen: the instructions and controls are there…
    expect(screenText).toContain("Drag across a trend chart");
    expect(await page.getByRole("searchbox").count()).toBe(2);

    await page.emulateMedia({ media: "print" });
    const widgets = page.locator(".widget");
    await expect.poll(() => page.locator(".widget .print-only .print-table").count()).toBe(await widgets.count());
    const map = page.locator('[data-widget="detention-map"]');
    const people = page.locator('[data-widget="people"]');

    // …on paper they are not: no fields, checkboxes or their labels, no "drag", "hover" or "arrow keys".
    const text = await page.locator("body").innerText();
    for (const words of ["Drag across", "Hover or focus", "arrow keys", "Show street map", "Find a person"])
      expect(text, words).not.toContain(words);
    expect(text).not.toContain("Search places, regions and reports");
    for (const selector of [
      "input",
      "button",
      ".range-fields",
      ".range-status",
      ".det-cats",
      ".det-tiles",
      ".search-field label",
      ".deaths-hint",
      // The map's screen list (sort buttons, a scrolling window of rows) gives way to the printed table.
      ".det-list",
      ".det-unlocated",
    ]) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
      expect(shown, selector).toBe(0);
    }

    // What the controls chose, as sentences.
    expect(await page.locator(".range-control").innerText()).toContain("Showing all dates.");
    const mapText = await map.innerText();
    expect(mapText).toContain("Dates: all");
    expect(mapText).toContain("Categories shown: Detention and Raid.");
    expect(mapText).toMatch(/\d+ events at Hrodna and Hrodna region or mentioning “Hrodna”/);
    expect(mapText).toContain("The events the search found are marked on the map");
    expect(await people.innerText()).toContain("2 people match “Babaryka”");
    expect(await people.locator(".person-card").count()).toBe(2);

    // Headings stay with their content; table headers repeat on each page and rows are not split.
    const style = (selector: string, prop: "breakAfter" | "breakInside" | "display") =>
      page
        .locator(selector)
        .first()
        .evaluate((el, p) => getComputedStyle(el)[p], prop);
    expect(await style(".widget-head", "breakAfter")).toBe("avoid");
    expect(await style(".widget h2", "breakAfter")).toBe("avoid");
    expect(await style(".range-title", "breakAfter")).toBe("avoid");
    expect(await style(".print-table thead", "display")).toBe("table-header-group");
    expect(await style(".print-table tbody tr", "breakInside")).toBe("avoid");
    expect(await style(".death-entry", "breakInside")).toBe("avoid");

    const dir = path.join(root, "test-results/screenshots");
    mkdirSync(dir, { recursive: true });
    for (const [name, el] of [
      ["dashboard-print-map", map],
      ["dashboard-print-people", people],
    ] as const) {
      const box = (await el.boundingBox())!;
      await page.screenshot({
        path: path.join(dir, `${name}.png`),
        fullPage: true,
        clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 1200) },
      });
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});
