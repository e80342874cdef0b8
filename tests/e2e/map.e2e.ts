import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

let browser: Browser;
const base = inject("baseUrl");
const root = path.resolve(import.meta.dirname, "../..");

beforeAll(async () => {
  // The map is checked against the real release, which the build copies into dist/.
  if (!existsSync(path.join(root, "public/data/releases/2024-11-15"))) {
    throw new Error("public/data/releases/2024-11-15 is missing: the map's e2e tests need the real release");
  }
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport = { width: 1440, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + query);
  await widget(page).locator(".det-icon").first().waitFor();
  return { page, errors, blocked };
}

/** A PNG of the widget alone (a full page at 390 px is too long to look at) under test-results/screenshots/. */
async function screenshotOf(el: Locator, name: string) {
  const dir = path.join(root, "test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  await el.screenshot({ path: path.join(dir, `${name}.png`) });
}

const widget = (page: Page) => page.locator('[data-widget="detention-map"]');
const rows = (page: Page) => widget(page).locator(".det-table tbody tr");
const icon = (page: Page, id: string) => widget(page).locator(`.det-icon[data-event="${id}"]`);

describe("detention map on the real 2024-11-15 release", () => {
  it("draws the offline outline, symbols and labels with no request leaving the machine", async () => {
    const { page, errors, blocked } = await open("?release=2024-11-15");
    const map = widget(page).getByRole("region", { name: "Map of detention events in Belarus" });
    await expect.poll(() => map.count()).toBe(1);
    expect(await widget(page).locator("path.map-land").count()).toBe(1);
    expect(await widget(page).locator(".leaflet-tile").count()).toBe(0);
    expect(await widget(page).locator(".map-label.town").allTextContents()).toEqual(
      expect.arrayContaining(["Khoyniki", "Navahrudak", "Smarhon", "Slonim", "Mahiliou", "Minsk"]),
    );
    expect(await widget(page).locator(".leaflet-control-attribution").textContent()).toContain("Natural Earth");
    await screenshotOf(widget(page), "map-1440");
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps Leaflet out of the dashboard's first JS chunk", () => {
    const html = readFileSync(path.join(inject("distDir"), "index.html"), "utf8");
    const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();
    const first = readFileSync(path.join(inject("distDir"), entry!), "utf8");
    const preloaded = [...html.matchAll(/rel="modulepreload"[^>]*href="\.?\/?([^"]+)"/g)].map((m) =>
      readFileSync(path.join(inject("distDir"), m[1]!), "utf8"),
    );
    for (const code of [first, ...preloaded]) expect(code).not.toContain("leaflet-zoom-animated");
  });

  it("shows Khoyniki's dairy-plant raid as at least 20 in the list and in the popup of its symbol", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const row = rows(page).filter({ hasText: "Khoyniki" });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain("at least 20");
    expect(await row.textContent()).toContain("dairy plant");
    expect(await row.textContent()).toContain("Raid");
    await icon(page, "2024-11-01-khoyniki-dairy").locator(".hit").first().click();
    const popup = widget(page).locator(".leaflet-popup");
    await popup.waitFor();
    expect(await popup.textContent()).toContain("Khoyniki");
    expect(await popup.textContent()).toContain("at least 20");
    expect(await popup.textContent()).toContain("dairy plant");
    expect(await popup.textContent()).toMatch(/Disputed.*denied/);
    await expect.poll(() => page.url()).toContain("sel=detention%3A2024-11-01-khoyniki-dairy");
    expect(await row.getAttribute("class")).toContain("is-selected");
    await page.keyboard.press("Escape");
    await expect.poll(() => popup.count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws Smarhon and Slonim's at least 50 as one symbol and one row", async () => {
    const { page } = await open("?release=2024-11-15");
    const both = rows(page).filter({ hasText: "Smarhon and Slonim" });
    expect(await both.count()).toBe(1);
    expect(await both.textContent()).toContain("at least 50");
    expect(await rows(page).filter({ hasText: "Slonim" }).count()).toBe(1);
    const symbol = icon(page, "2024-10-31-smarhon-slonim");
    expect(await symbol.count()).toBe(1);
    expect(await symbol.textContent()).toContain("Smarhon and Slonim: at least 50");
    expect(await symbol.locator(".mark-at_least").count()).toBe(1);
    expect(await symbol.locator(".mark-about").count()).toBe(1);
    expect(await widget(page).locator("path.connector").count()).toBe(2);
    await page.close();
  });

  it("lists Navahrudak's report with count unknown and draws its square", async () => {
    const { page } = await open("?release=2024-11-15");
    const unknown = rows(page).filter({ hasText: "Navahrudak" }).filter({ hasText: "count unknown" });
    expect(await unknown.count()).toBe(1);
    expect(await icon(page, "2024-10-31-navahrudak").locator("rect.unknown").count()).toBe(1);
    await page.close();
  });

  it("selects a symbol by keyboard and steps between symbols with arrows", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const first = widget(page).locator(".det-icon").first();
    await first.focus();
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-event"));
    expect(focused).toBeTruthy();
    await page.keyboard.press("Enter");
    await widget(page).locator(".leaflet-popup").waitFor();
    await expect.poll(() => page.url()).toContain(`sel=detention%3A${focused}`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-event"))).toBe(focused);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("finds Mahiliou by any spelling", async () => {
    const { page } = await open("?release=2024-11-15");
    const search = widget(page).getByLabel("Search places, regions and reports");
    for (const spelling of ["Mogilev", "Mahileu", "mahiliou", "Магілёў"]) {
      await search.fill(spelling);
      // The matcher loads with the first query: the status speaks once it has searched.
      await expect.poll(() => widget(page).locator(".search-status").textContent()).toContain("Mahiliou");
      // The event at Mahiliou, and any report whose text names it (a nationwide one lists Mahiliou among towns).
      expect(await widget(page).locator('tr[data-event="2024-10-31-mahiliou"]').count(), spelling).toBe(1);
      expect(await rows(page).filter({ hasText: "Mahiliou" }).count(), spelling).toBe(await rows(page).count());
    }
    expect(await widget(page).locator(".map-label.town.is-match").textContent()).toBe("Mahiliou");
    expect(await widget(page).locator(".search-status").textContent()).toBe("1 event at Mahiliou");
    await page.close();
  });

  it("filters the list and the map by the range in the URL", async () => {
    const all = await open("?release=2024-11-15");
    const total = await rows(all.page).count();
    await all.page.close();
    const { page, errors } = await open("?release=2024-11-15&from=2024-11-01&to=2024-11-05");
    const n = await rows(page).count();
    expect(n).toBeLessThan(total);
    expect(await rows(page).filter({ hasText: "Khoyniki" }).count()).toBe(1);
    // Events outside the range are gone (cumulative counts since 2020 overlap it and stay).
    expect(await widget(page).locator('tr[data-event="2024-08-07-smarhon-plant"]').count()).toBe(0);
    expect(await widget(page).locator('tr[data-event="2021-03-02-minsk-chats"]').count()).toBe(0);
    expect(await widget(page).locator('tr[data-event="2024-11-14-hrodna-region"]').count()).toBe(0);
    expect(await widget(page).locator(".summary").textContent()).toContain(`${n} detention events`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters by category through the URL-backed store", async () => {
    const { page } = await open("?release=2024-11-15");
    await widget(page)
      .getByRole("checkbox", { name: /Detention/ })
      .uncheck();
    await expect.poll(() => page.url()).toContain("cat=raid%2Cpreventive_conversation");
    const cats = await rows(page).locator("td:nth-child(4)").allTextContents();
    expect(cats.length).toBeGreaterThan(0);
    for (const c of cats) expect(c).not.toContain("Detention");
    expect(await icon(page, "2024-11-01-khoyniki-dairy").count()).toBe(1);
    expect(await icon(page, "2024-10-31-smarhon-slonim").count()).toBe(0);
    await page.close();
  });

  it("sorts the list by count with aria-sort", async () => {
    const { page } = await open("?release=2024-11-15&from=2024-10-31&to=2024-11-15");
    const header = widget(page).locator("th", { hasText: "People" });
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    // The cumulative "about 65,000 since 2020" overlaps the range and is the largest figure.
    expect(await rows(page).first().locator(".count-cell").textContent()).toContain("65,000");
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    expect(await rows(page).first().locator(".count-cell").textContent()).toContain("20");
    expect(await rows(page).last().locator(".count-cell").textContent()).toContain("count unknown");
    await page.close();
  });

  it("has no axe violations in the map, list and filters", async () => {
    const { page } = await open("?release=2024-11-15");
    await widget(page).locator(".det-view").waitFor();
    expect(await axeViolations(page, { include: '[data-widget="detention-map"] .det-view' })).toEqual([]);
    await page.close();
  });

  it("fits every column of the newest release's list, sources included, beside the map on a 1440 px screen", async () => {
    const { page, errors } = await open("");
    const list = widget(page).locator(".det-list");
    await list.scrollIntoViewIfNeeded();
    const fit = await list.evaluate((el) => ({
      overflow: el.scrollWidth - el.clientWidth,
      right: el.getBoundingClientRect().right,
    }));
    expect(fit.overflow).toBeLessThanOrEqual(0);
    const sources = widget(page).locator(".det-table thead th").last();
    expect(await sources.textContent()).toBe("Sources");
    const box = (await sources.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(fit.right);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works at 390 px wide without horizontal scroll, in Belarusian", async () => {
    const { page, errors, blocked } = await open("?release=2024-11-15&lang=be", { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await widget(page).locator(".map-label.town").allTextContents()).toContain("Хойнікі");
    expect(await rows(page).filter({ hasText: "Смаргонь і Слонім" }).count()).toBe(1);
    // Belarusian plural forms from the browser's Intl.PluralRules: 33 → "few".
    expect(await widget(page).locator(".summary").textContent()).toMatch(/^33 выпадкі затрыманняў з 9 жніўня 2020/);
    await screenshotOf(widget(page), "map-390");
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
