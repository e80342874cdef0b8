/**
 * Phones, in Belarusian and Russian: every page fits 360 px without sideways scrolling, controls are at least 44 px
 * tall, tooltips open by tap, the typed date range stands in for dragging, and screenshots at 360×740 for people to
 * look at (reach-360-<lang>-*.png).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { EMBED_WIDGETS } from "../../src/app/registry";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

let browser: Browser;
const base = inject("baseUrl");
const PHONE = { width: 360, height: 740 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A touch phone. isMobile stays off: a mobile viewport would zoom out to fit a page that is too wide and hide it. */
async function phone(): Promise<BrowserContext> {
  return browser.newContext({ viewport: PHONE, hasTouch: true });
}

async function open(context: BrowserContext, query: string) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await blockExternal(page);
  await page.goto(base + query);
  return { page, errors };
}

async function dashboardReady(page: Page) {
  await page.locator('[data-widget="pardon-timeline"] g.stage').first().waitFor();
  // Attached, not visible: a widget far below the screen is not laid out (content-visibility: auto).
  await page.locator('[data-widget="detention-map"] .det-icon').first().waitFor({ state: "attached" });
  await page.locator('[data-widget="prisoners-trend"] .trend-plot').waitFor();
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/**
 * Text that runs past the right edge of the screen where nobody can scroll to it: a scroll width of 360 px is not
 * enough, as a box that clips its overflow hides text instead of widening the page (seen with fonts wider than
 * ours). Text in a horizontal scroller or on the map's panes (which pan) does not count.
 */
async function textPastEdge(page: Page): Promise<string[]> {
  return page.evaluate((width) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !node.textContent?.trim() || el.closest(".leaflet-pane")) continue;
      let scroller = false;
      for (let a: Element | null = el; a && !scroller; a = a.parentElement) {
        scroller = ["auto", "scroll"].includes(getComputedStyle(a).overflowX);
      }
      if (scroller) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const past = Array.from(range.getClientRects()).some((r) => r.width > 0 && r.right > width + 0.5);
      if (past)
        out.push(`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} "${node.textContent.slice(0, 30)}"`);
    }
    return out;
  }, PHONE.width);
}

/** Elements under `selector` (visible ones) smaller than 44 px in height or width, described. */
async function smallTargets(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) =>
    els
      .filter((e) => e.getClientRects().length > 0)
      .map((e) => ({ e, b: e.getBoundingClientRect() }))
      .filter(({ b }) => b.height < 44 || b.width < 44)
      .map(({ e, b }) => `${e.tagName.toLowerCase()}.${e.className} ${Math.round(b.width)}×${Math.round(b.height)}`),
  );
}

describe.each(["be", "ru"] as const)("a 360 px phone in %s", (lang) => {
  it("shows the dashboard without sideways scrolling, with 44 px controls, and takes screenshots", async () => {
    const context = await phone();
    const { page, errors } = await open(context, `?lang=${lang}`);
    await dashboardReady(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: screenshotPath(`reach-360-${lang}-dashboard`) });

    const controls = [
      ".site-nav a",
      ".site-nav button",
      ".site-header select",
      ".range-fields input",
      ".range-fields button",
      ".widget-head button",
      ".sources-more summary",
      ".det-filters label",
      ".det-filters input[type=search]",
    ].join(", ");
    expect(await smallTargets(page, controls)).toEqual([]);
    await page.evaluate(() =>
      window.scrollTo(0, document.querySelector(".range-control")!.getBoundingClientRect().top),
    );

    // The typed range is the alternative to dragging across a chart.
    const stages = page.locator('[data-widget="pardon-timeline"] g.stage');
    const before = await stages.count();
    const [from, to] = [page.locator(".range-fields input").first(), page.locator(".range-fields input").last()];
    await from.fill("2024-09-01");
    await to.fill("2024-11-30");
    await expect.poll(() => page.url()).toContain("from=2024-09-01&to=2024-11-30");
    await expect.poll(() => stages.count()).toBeLessThan(before);
    expect(await stages.count()).toBeGreaterThan(0);
    expect(await page.locator(".range-status").textContent()).toContain("2024");
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("opens tooltips and popups by tap, inside the screen", async () => {
    const context = await phone();
    const { page, errors } = await open(context, `?lang=${lang}`);
    await dashboardReady(page);

    const pardons = page.locator('[data-widget="pardon-timeline"]');
    await pardons.locator("g.stage .stage-bar").last().tap();
    const tip = pardons.locator(".tooltip");
    await tip.waitFor();
    await expectInside(tip);
    await shotOf(page, pardons.locator(".pardon-plot"), `reach-360-${lang}-pardon-tooltip`);

    const trend = page.locator('[data-widget="prisoners-trend"]');
    await trend.locator(".trend-plot").evaluate((e) => e.scrollIntoView({ block: "center" }));
    const plot = (await trend.locator(".trend-plot").boundingBox())!;
    await page.touchscreen.tap(plot.x + plot.width * 0.8, plot.y + plot.height * 0.4);
    const trendTip = trend.locator(".trend-chart .tooltip");
    await trendTip.waitFor();
    await expectInside(trendTip);
    await shotOf(page, trend.locator(".trend-plot"), `reach-360-${lang}-trend-tooltip`);

    const map = page.locator('[data-widget="detention-map"]');
    // The smallest symbol: it is drawn above the larger ones, so a tap at its centre reaches it.
    const icon = map.locator(".det-icon").last();
    await icon.evaluate((e) => e.scrollIntoView({ block: "center" }));
    const box = (await icon.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    const popup = map.locator(".leaflet-popup");
    await popup.waitFor();
    // Leaflet fades the popup in over 0.2 s of frames; a page still drawing its widgets (a phone in Belarusian
    // loads its language first) can hold those frames back for a second or more.
    await expect.poll(() => popup.evaluate((e) => getComputedStyle(e).opacity), { timeout: 10_000 }).toBe("1");
    // The popup fits the map's height (it scrolls when the details are long).
    const mapBox = (await map.locator(".det-map-canvas").boundingBox())!;
    const popupBox = (await popup.boundingBox())!;
    expect(popupBox.y).toBeGreaterThanOrEqual(mapBox.y);
    expect(popupBox.y + popupBox.height).toBeLessThanOrEqual(mapBox.y + mapBox.height);
    await expectInside(popup);
    await shotOf(page, map.locator(".det-map"), `reach-360-${lang}-map`);

    const death = page.locator('[data-widget="deaths-in-custody"] .death-mark').first();
    await death.evaluate((e) => e.scrollIntoView({ block: "center" }));
    const dbox = (await death.boundingBox())!;
    await page.touchscreen.tap(dbox.x + dbox.width / 2, dbox.y + dbox.height / 2);
    await page.getByRole("dialog").waitFor();
    await page.screenshot({ path: screenshotPath(`reach-360-${lang}-person-card`) });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the sources page and the briefing without sideways scrolling", async () => {
    const context = await phone();
    for (const panel of ["sources", "briefing"]) {
      const { page, errors } = await open(context, `?lang=${lang}&panel=${panel}`);
      await page
        .locator(panel === "sources" ? ".source-list li" : ".briefing-stage .slide-foot")
        .first()
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await scrollWidth(page), panel).toBeLessThanOrEqual(PHONE.width);
      expect(await smallTargets(page, ".site-header select, .site-nav a, .briefing-toolbar button")).toEqual([]);
      await page.screenshot({ path: screenshotPath(`reach-360-${lang}-${panel}`) });
      expect(errors).toEqual([]);
      await page.close();
    }
    await context.close();
  });

  it("fits every embed into 360 px", async () => {
    // The embeds' CSP is not involved here; a context of its own keeps their pages apart from the dashboard's.
    const context = await phone();
    for (const def of EMBED_WIDGETS) {
      const { page, errors } = await open(context, `embed.html?widget=${def.id}&lang=${lang}`);
      await page.locator(".embed-credit").waitFor();
      if (def.id === "detention-map") await page.locator(".det-icon").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      // What the embed settles to: while the live widget replaces the build's copy, the page can be a few pixels
      // wider for a moment (seen at 368 and 376 px, gone by the next measurement), which no reader scrolls into.
      await expect.poll(() => scrollWidth(page), { timeout: 3000, message: def.id }).toBeLessThanOrEqual(PHONE.width);
      await expect.poll(() => textPastEdge(page), { timeout: 3000, message: def.id }).toEqual([]);
      expect(await smallTargets(page, ".widget-head button, .sources-more summary"), def.id).toEqual([]);
      expect(errors, def.id).toEqual([]);
      await page.close();
    }
    await context.close();
  });
});

describe("language", () => {
  it("follows the browser when the URL names none, switches from the header, and embeds follow too", async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: "ru-RU" });
    // How long the history is when the page's own scripts start (Chromium may count the blank page it
    // opened with): loading the app must not add an entry to it.
    await context.addInitScript(() => {
      (window as unknown as { historyAtStart: number }).historyAtStart = history.length;
    });
    const { page, errors } = await open(context, "");
    await page.locator('[data-key="prisoners"]').waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    expect(await page.locator("h1").textContent()).toBe("Трекер репрессий в Беларуси");
    expect(page.url()).not.toContain("lang=");
    const entries = await page.evaluate(() => ({
      now: window.history.length,
      atStart: (window as unknown as { historyAtStart: number }).historyAtStart,
    }));
    expect(entries.now).toBe(entries.atStart);
    await page.locator(".site-header select").nth(1).selectOption("be");
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("be");
    expect(page.url()).toContain("lang=be");
    expect(await page.locator("h1").textContent()).toBe("Трэкер рэпрэсій у Беларусі");
    expect(await page.title()).toBe("Трэкер рэпрэсій у Беларусі");

    const embed = await open(context, "embed.html?widget=key-figures");
    await embed.page.locator(".embed-credit").waitFor();
    expect(await embed.page.evaluate(() => document.documentElement.lang)).toBe("ru");
    expect(await embed.page.locator(".embed-credit").textContent()).toContain("Трекер репрессий в Беларуси");
    expect([...errors, ...embed.errors]).toEqual([]);
    await context.close();
  });
});

async function expectInside(el: ReturnType<Page["locator"]>) {
  const b = (await el.boundingBox())!;
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(PHONE.width + 0.5);
}

/** A viewport-sized screenshot from the top of the element (a full page at 360 px is too long to look at). */
async function shotOf(page: Page, el: ReturnType<Page["locator"]>, name: string) {
  await el.evaluate((e) => e.scrollIntoView({ block: "start" }));
  await page.evaluate(() => window.scrollBy(0, -8));
  await page.screenshot({ path: screenshotPath(name) });
}

/** Viewport screenshots (what a phone shows) beside the full-page ones in test-results/screenshots/. */
function screenshotPath(name: string): string {
  const dir = path.resolve(import.meta.dirname, "../../test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}
