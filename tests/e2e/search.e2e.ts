/**
 * The map's search on the built site: a Belarusian reader types the Russian "Гродно" and finds the Hrodna
 * events and the Hrodna region symbol; a shared link with `q=` opens with the same results, and Back and
 * Forward step through searches. Pinned to the published 2026-12-06-r2 release (a release never changes).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

let browser: Browser;
const base = inject("baseUrl");
const root = path.resolve(import.meta.dirname, "../..");
const RELEASE = "2026-12-06-r2";

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectErrors(page);
  await blockExternal(page);
  await page.goto(base + query);
  // The live map is up (a marker may not be painted yet, so "attached", not "visible").
  await widget(page).locator(".det-icon").first().waitFor({ state: "attached" });
  return { page, errors };
}

const widget = (page: Page) => page.locator('[data-widget="detention-map"]');
const listed = (page: Page) =>
  widget(page)
    .locator(".det-table tbody tr")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-event")));
const status = (page: Page) => widget(page).locator(".search-status").textContent();
const urlQuery = (page: Page) => new URL(page.url()).searchParams.get("q");

const HRODNA = ["2020-08-hrodna", "2020-11-01-hrodna", "2020-12-20-towns", "2021-09-19-strikers"];
const REGION = "2024-11-14-hrodna-region";

describe("search on the built site", () => {
  it("finds the Hrodna events and the Hrodna region symbol for “Гродно” on the Belarusian page", async () => {
    const { page, errors } = await open(`?release=${RELEASE}&lang=be`);
    const search = widget(page).getByRole("searchbox", { name: "Пошук па месцах, абласцях і паведамленнях" });
    await search.pressSequentially("Гродно");
    await expect.poll(() => status(page)).toBe("5 падзей: Гродна і Гродзенская вобласць");
    expect((await listed(page)).sort()).toEqual([...HRODNA, REGION].sort());
    // The town and the region's symbol are marked on the map; other symbols are not.
    expect(await widget(page).locator(".map-label.town.is-match").allTextContents()).toEqual(["Гродна"]);
    expect(
      await widget(page)
        .locator(`.det-icon.is-match [data-event="${REGION}"], .det-icon.is-match[data-event="${REGION}"]`)
        .count(),
    ).toBeGreaterThan(0);
    expect(await widget(page).locator(".det-icon.is-match").count()).toBe(HRODNA.length + 1);
    // Typed, the search is in the URL.
    await expect.poll(() => urlQuery(page)).toBe("Гродно");
    const dir = path.join(root, "test-results/screenshots");
    mkdirSync(dir, { recursive: true });
    await widget(page).screenshot({ path: path.join(dir, "search-hrodna-be.png") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a link with q= on the same results, and Back and Forward step through searches", async () => {
    const { page, errors } = await open(`?release=${RELEASE}&lang=ru&q=${encodeURIComponent("Grodno region")}`);
    const search = widget(page).getByRole("searchbox", { name: "Поиск по местам, областям и сообщениям" });
    expect(await search.inputValue()).toBe("Grodno region");
    // The whole region: its region-wide report and the events of every town in it.
    await expect.poll(() => status(page)).toMatch(/^\d+ событи[ейя]: Гродненская область$/);
    const region = await listed(page);
    expect(region).toEqual(expect.arrayContaining([...HRODNA, REGION, "2024-05-lida-raids", "2024-10-31-vawkavysk"]));
    expect(region).not.toContain("2024-10-31-maladzechna");

    // Clearing the search takes it out of the URL and shows every event again.
    await widget(page).getByRole("button", { name: "Очистить поиск" }).click();
    await expect.poll(() => page.url()).not.toContain("q=");
    expect(await search.inputValue()).toBe("");
    expect((await listed(page)).length).toBeGreaterThan(region.length);

    await page.goBack();
    await expect.poll(() => search.inputValue()).toBe("Grodno region");
    expect(await listed(page)).toEqual(region);
    await page.goForward();
    await expect.poll(() => search.inputValue()).toBe("");
    expect(await status(page)).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });
});
