/**
 * Belarusian and Russian readers of the newest release read the whole story in their language: every widget's
 * table open, the pardon tooltip, the map's list and the changelog show no "(in English)" marker and no text
 * marked lang="en", while the release before it (English-only texts) still marks them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { WIDGETS } from "../../src/app/registry";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

let browser: Browser;
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await blockExternal(page);
  await page.goto(base + query);
  return { page, errors, close: () => context.close() };
}

/** The dashboard drawn: with `tables`, every widget's table open; without, the pardon tooltip open. */
async function everyText(page: Page, tables: boolean) {
  await page.locator('[data-widget="pardon-timeline"] .widget-head').waitFor();
  if (tables) {
    for (const w of WIDGETS) await page.locator(`[data-widget="${w.id}"] table`).first().waitFor({ state: "attached" });
    return;
  }
  // As the accessibility checks wait for the dashboard: the live widgets have drawn (the map loads lazily).
  await page.locator('[data-widget="detention-map"] .det-icon').first().waitFor({ state: "attached" });
  await page.locator('[data-widget="detention-map"] .det-list tbody tr').first().waitFor({ state: "attached" });
  const pardons = page.locator('[data-widget="pardon-timeline"]');
  await pardons.locator("g.stage .stage-bar").last().hover();
  await pardons.locator(".tooltip").waitFor();
}

const marked = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("#main .in-english, #main [lang=en]")]
      .map((e) => (e.closest("[data-widget]")?.getAttribute("data-widget") ?? "") + ": " + e.textContent)
      .slice(0, 5),
  );

const tables = WIDGETS.map((w) => w.id).join(",");

describe.each([
  ["be", "Смаргонь", "па-беларуску"],
  ["ru", "Сморгонь", "белорусском"],
] as const)("the newest release in %s", (lang, smarhon, changelog) => {
  it("shows every widget's texts in the reader's language, none marked as English", async () => {
    const { page, errors, close } = await open(`?lang=${lang}&table=${tables}`);
    await everyText(page, true);
    expect(await marked(page)).toEqual([]);
    await page.goto(`${base}?lang=${lang}`);
    await everyText(page, false);
    expect(await marked(page)).toEqual([]);
    // A detention context from the data, in the reader's language.
    expect(await page.locator('[data-widget="detention-map"]').textContent()).toContain(smarhon);
    expect(errors).toEqual([]);
    await close();
  });

  it("gives the release's changelog in the reader's language on the sources page", async () => {
    const { page, errors, close } = await open(`?lang=${lang}&panel=sources`);
    await page.locator(".methods-changelog li").first().waitFor();
    expect(await page.locator(".methods-changelog").textContent()).toContain(changelog);
    expect(await marked(page)).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe("an older release with English-only texts", () => {
  it("still marks them, in Belarusian, as English", async () => {
    const { page, errors, close } = await open(`?lang=be&release=2026-12-06-r2&table=${tables}`);
    await everyText(page, true);
    expect((await marked(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });
});
