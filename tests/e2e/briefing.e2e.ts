/**
 * Briefing mode as an advocate uses it: a clicker (arrow / page keys, space), B and F, Esc, a deck
 * link sent to a colleague, a reload with the network off, and a printed handout.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshot } from "./screens";
import { NEWEST_RELEASE } from "./releases";
import { serveStatic } from "./server";

/** "Ready offline" waits for the worker to verify every cached release file by SHA-256: seconds on a loaded machine. */
const OFFLINE_POLL = { timeout: 20_000 };

let browser: Browser;
const base = inject("baseUrl");
const VIEWPORT = { width: 1440, height: 900 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, context?: BrowserContext) {
  const page = context ? await context.newPage() : await browser.newPage({ viewport: VIEWPORT });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + path);
  return { page, errors, blocked };
}

const counter = (page: Page) => page.locator(".slide-counter");
const slideTitle = (page: Page) => page.locator(".briefing-stage .slide-title");
/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree nodes). */
const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
const param = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);

async function waitForSlide(page: Page, text: string) {
  await expect.poll(() => counter(page).textContent()).toBe(text);
}

/** Every slide shows a source line and the as-of date of its release. */
async function expectSourcedSlide(page: Page, asOf: string) {
  await page.locator(".briefing-stage .slide-foot").waitFor();
  expect(await page.locator(".briefing-stage .slide-asof").textContent()).toContain(asOf);
  expect((await page.locator(".briefing-stage .slide-source").textContent())?.trim().length).toBeGreaterThan(8);
}

describe("briefing mode", () => {
  it("moves through the default deck with clicker keys, keeps the slide in the URL and on every slide its source and date", async () => {
    const { page, errors, blocked } = await open("?release=2024-11-15&panel=briefing");
    await waitForSlide(page, "1 / 8");
    expect(await slideTitle(page).textContent()).toBe("The situation in numbers");
    await expectSourcedSlide(page, "As of 15 November 2024");
    await screenshot(page, "briefing-title");

    await page.keyboard.press("ArrowRight");
    await waitForSlide(page, "2 / 8");
    expect(await slideTitle(page).textContent()).toBe("Key figures");
    expect(await page.locator('.briefing-stage [data-key="prisoners"] .key-value').textContent()).toBe("1,275");
    expect(await page.locator('.briefing-stage [data-key="treason"] .key-value').textContent()).toBe("at least 88");
    await expectSourcedSlide(page, "As of 15 November 2024");
    expect(param(page, "slide")).toBe("1");
    await screenshot(page, "briefing-1");

    await page.keyboard.press("PageDown");
    await waitForSlide(page, "3 / 8");
    await page.keyboard.press("Space");
    await waitForSlide(page, "4 / 8");
    await page.keyboard.press("Shift+Space");
    await waitForSlide(page, "3 / 8");
    await page.keyboard.press("PageUp");
    await waitForSlide(page, "2 / 8");
    await page.keyboard.press("End");
    await waitForSlide(page, "8 / 8");
    expect(await slideTitle(page).textContent()).toBe("Sources");
    expect(await page.locator(".deck-publishers li").count()).toBeGreaterThan(2);
    await page.keyboard.press("ArrowRight");
    await waitForSlide(page, "8 / 8");
    await page.keyboard.press("Home");
    await waitForSlide(page, "1 / 8");

    // Every slide: a title, a source line, the as-of date.
    const titles: string[] = [];
    for (let i = 1; i <= 8; i++) {
      await waitForSlide(page, `${i} / 8`);
      await expectSourcedSlide(page, "As of 15 November 2024");
      titles.push((await slideTitle(page).textContent()) ?? "");
      if (i === 4) await screenshot(page, "briefing-2");
      if (i === 5) {
        await page.locator(".briefing-stage .det-map-canvas").waitFor();
        await page.waitForTimeout(300);
        await screenshot(page, "briefing-3");
      }
      if (i === 7) await screenshot(page, "briefing-deaths");
      if (i === 8) await screenshot(page, "briefing-sources");
      await page.keyboard.press("ArrowRight");
    }
    // The default deck: prisoners, pardons, detentions, treason, deaths, then the sources.
    expect(titles[2]).toMatch(/political prisoners/i);
    expect(titles[3]).toMatch(/pardon/i);
    expect(titles[4]).toMatch(/detention/i);
    expect(titles[5]).toMatch(/treason/i);
    expect(titles[6]).toMatch(/death/i);

    // A reload stays on the slide.
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await waitForSlide(page, "3 / 8");
    await page.reload();
    await waitForSlide(page, "3 / 8");

    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("B blanks the screen until any key, F toggles full screen, Esc leaves for the dashboard", async () => {
    const { page, errors } = await open("?release=2024-11-15&panel=briefing&slide=1");
    await waitForSlide(page, "2 / 8");

    await page.keyboard.press("b");
    const blank = page.locator(".briefing-blank");
    await blank.waitFor();
    const box = await blank.boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: VIEWPORT.width, height: VIEWPORT.height });
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(0, 0, 0)");
    await screenshot(page, "briefing-blank");
    const shot = await page.screenshot();
    expect(shot.byteLength).toBeLessThan(20_000); // one flat black picture compresses to almost nothing
    await page.keyboard.press("ArrowRight"); // any key returns, and does only that
    await blank.waitFor({ state: "detached" });
    await waitForSlide(page, "2 / 8");
    await page.keyboard.press("B");
    await blank.waitFor();
    await page.keyboard.press("B");
    await blank.waitFor({ state: "detached" });

    const root = page.locator(".briefing");
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null)).toBe("briefing");
    await expect.poll(() => root.getAttribute("data-fullscreen")).toBe("true");
    await page.keyboard.press("ArrowRight");
    await waitForSlide(page, "3 / 8");
    await page.keyboard.press("f");
    await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    await expect.poll(() => root.getAttribute("data-fullscreen")).toBe("false");

    // Keyboard only: Tab reaches the presenter controls, with a visible focus ring.
    await page.keyboard.press("Tab");
    const focused = page.locator(":focus");
    expect(await focused.evaluate((el) => el.closest(".briefing") !== null)).toBe(true);
    const outline = await focused.evaluate(
      (el) => getComputedStyle(el).outlineStyle + " " + getComputedStyle(el).outlineWidth,
    );
    expect(outline).toMatch(/solid (3|4)px/);

    await page.keyboard.press("Escape");
    await page.locator(".widgets").waitFor();
    expect(param(page, "panel")).toBeNull();
    expect(await page.locator(".briefing").count()).toBe(0);
    // … and the header's Present button opens it again, by keyboard.
    await page.getByRole("button", { name: /^▶?\s*Present/ }).focus();
    await page.keyboard.press("Enter");
    await waitForSlide(page, "1 / 8");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("builds a deck from the dashboard whose link reopens the same slides, each with its own release and view", async () => {
    const { page, errors } = await open("?release=2024-11-15&from=2024-07-01&to=2024-12-31");
    await page.locator('[data-widget="pardon-timeline"]').waitFor();
    await page
      .locator('[data-widget="pardon-timeline"]')
      .getByRole("button", { name: /to my briefing/ })
      .click();
    await expect
      .poll(() => page.locator('[data-widget="pardon-timeline"] .add-status').textContent())
      .toContain("slide 2");
    // The second slide comes from the newest release, in Belarusian.
    await page.getByLabel("Data release").selectOption({ index: 0 });
    await page.getByLabel("Language").selectOption("be");
    await page.locator('[data-widget="prisoners-trend"]').waitFor();
    await page
      .locator('[data-widget="prisoners-trend"]')
      .getByRole("button", { name: /мой брыфінг/ })
      .click();
    await page.getByLabel("Мова").selectOption("en");
    await page.locator('[data-widget="prisoners-trend"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/screenshots/briefing-dashboard-add.png" });
    const deck = param(page, "deck")!;
    expect(deck).toBe(
      `v1,pardon-timeline@2024-11-15~2024-07-01~2024-12-31~en,prisoners-trend@${NEWEST_RELEASE}~2024-07-01~2024-12-31~be`,
    );
    await page.getByRole("button", { name: "Present my briefing (2)" }).click();
    await waitForSlide(page, "1 / 4");
    const url = page.url();

    // A colleague opens the link on another machine (the newest release is loaded there).
    const colleague = await browser.newPage({ viewport: VIEWPORT });
    const colleagueErrors = collectErrors(colleague);
    await blockExternal(colleague);
    await colleague.goto(url.replace(/&?release=[^&]*/, ""));
    await waitForSlide(colleague, "1 / 4");
    expect(await slideTitle(colleague).textContent()).toBe("Briefing");
    await colleague.keyboard.press("ArrowRight");
    await waitForSlide(colleague, "2 / 4");
    expect(await slideTitle(colleague).textContent()).toMatch(/pardon/i);
    await expectSourcedSlide(colleague, "As of 15 November 2024"); // the pinned release, loaded for this slide
    expect(await colleague.locator(".briefing-stage .slide-summary").textContent()).toContain("146");
    await colleague.keyboard.press("ArrowRight");
    await waitForSlide(colleague, "3 / 4");
    expect(await colleague.locator(".briefing-stage .slide").getAttribute("lang")).toBe("be");
    expect(await colleague.locator(".briefing-stage .slide-asof").textContent()).toContain("6 снежня 2026");
    await colleague.keyboard.press("ArrowRight");
    await waitForSlide(colleague, "4 / 4");
    expect(await slideTitle(colleague).textContent()).toBe("Sources");
    expect(await colleague.locator(".deck-source-group h3").allTextContents()).toEqual([
      expect.stringContaining("2024-11-15"),
      expect.stringContaining(NEWEST_RELEASE),
    ]);
    await screenshot(colleague, "briefing-own-deck-sources");
    expect(colleagueErrors).toEqual([]);
    expect(errors).toEqual([]);
    await colleague.close();
    await page.close();
  });

  it("says what is wrong with a damaged deck link and shows the default deck", async () => {
    const { page } = await open("?release=2024-11-15&panel=briefing&deck=v9,pardon-timeline");
    await waitForSlide(page, "1 / 8");
    expect(await page.getByRole("alert").textContent()).toContain("deck format “v9”");
    await page.close();
  });

  it("after one online visit, reloads with the network off and still shows the briefing and the dashboard with data", async () => {
    // Its own server on the same build: stopping it refuses every connection, the page's and the service
    // worker's alike (context.setOffline may not reach the worker, and navigator.onLine differs between versions).
    const server = await serveStatic(inject("distDir"));
    const context = await browser.newContext({ viewport: VIEWPORT });
    try {
      const page = await context.newPage();
      const errors = collectErrors(page);
      await blockExternal(page);
      await page.goto(server.url + "?release=2024-11-15&panel=briefing&slide=1");
      await waitForSlide(page, "2 / 8");
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      const status = page.locator(".briefing-toolbar .offline-status");
      await expect.poll(() => status.textContent(), OFFLINE_POLL).toContain("Ready offline");
      expect(await page.evaluate(() => caches.keys())).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^brt-shell-[0-9a-f]{16}$/),
          expect.stringMatching(/^brt-data-[0-9a-f]{16}$/),
        ]),
      );

      await server.close();
      await page.reload();
      await waitForSlide(page, "2 / 8");
      expect(await page.locator('.briefing-stage [data-key="prisoners"] .key-value').textContent()).toBe("1,275");
      await expectSourcedSlide(page, "As of 15 November 2024");
      // The worker found no network and says so.
      await expect.poll(() => status.textContent()).toContain("Offline: showing the saved copy");
      await page.keyboard.press("ArrowRight");
      await waitForSlide(page, "3 / 8");
      await page.locator(".briefing-stage .chart svg").first().waitFor();
      await screenshot(page, "briefing-offline");

      // The dashboard too, from the same cache.
      await page.goto(server.url + "?release=2024-11-15");
      await expect.poll(() => page.locator('[data-key="prisoners"] .key-value').textContent()).toBe("1,275");
      await expect
        .poll(() => page.locator(".site-header .offline-status").textContent(), OFFLINE_POLL)
        .toContain("Ready offline");
      // The newest release was cached by the worker's install, though this visit never opened it.
      await page.goto(server.url);
      await page.locator('#root [data-key="prisoners"]').waitFor();
      await expect
        .poll(() => page.locator(".site-header .offline-status").textContent(), OFFLINE_POLL)
        .toContain("Ready offline");
      expect(errors.filter((e) => !/favicon|ERR_CONNECTION_REFUSED/.test(e))).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it("prints a deck as a handout: one page per chart, with its summary, sources and table", async () => {
    // Views whose tables are short: each block is exactly one page.
    const deck = "v1,key-figures@2024-11-15,treason-trend@2024-11-15~~~en";
    const { page, errors } = await open(`?release=2024-11-15&panel=briefing&deck=${deck}`);
    await waitForSlide(page, "1 / 4");
    await page.emulateMedia({ media: "print" });
    const blocks = page.locator(".handout-page");
    await expect.poll(() => blocks.count()).toBe(4);
    await page.waitForTimeout(300);
    expect(await page.locator(".briefing-toolbar").isVisible()).toBe(false);
    expect(await page.locator(".briefing-stage").isVisible()).toBe(false);
    for (let i = 1; i < 4; i++) {
      const block = blocks.nth(i);
      expect(await block.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
      if (i === 3) break; // the sources page
      expect(await block.locator(".slide-source").isVisible()).toBe(true);
      expect(await block.locator(".slide-source").textContent()).toMatch(/^Sources?: \S/);
      expect(await block.locator(".print-table").isVisible()).toBe(true);
    }
    for (const format of ["A4", "Letter"] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdfPages(pdf), format).toBe(4);
    }
    expect(errors).toEqual([]);
    await screenshot(page, "briefing-print-short");
    await page.close();
  });

  it("prints the default deck: every chart starts a page with its summary and source line above its full table", async () => {
    // A4's printable area (210×297 mm less the 12/14 mm margins) at 96 px per inch.
    const { page, errors } = await open("?release=2024-11-15&panel=briefing&slide=3");
    await waitForSlide(page, "4 / 8");
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 px per inch, for the screenshots
    await page.emulateMedia({ media: "print" });
    const pages = page.locator(".handout-page");
    await expect.poll(() => pages.count()).toBe(8);
    await page.locator(".handout .det-map-canvas").waitFor();
    await page.waitForTimeout(500);
    const pagePx = ((297 - 28) / 25.4) * 96;
    const charts = page.locator(
      ".handout-page:has(.variant-page[data-slide-kind$='-trend'], [data-slide-kind='pardon-timeline'], [data-slide-kind='detention-map'], [data-slide-kind='key-figures'])",
    );
    const chartCount = await charts.count();
    expect(chartCount).toBe(5);
    for (let i = 0; i < chartCount; i++) {
      const block = charts.nth(i);
      expect(await block.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
      const source = block.locator(".slide-source");
      expect(await source.isVisible()).toBe(true);
      expect(await source.textContent()).toMatch(/^Sources?: \S/);
      expect(await block.locator(".slide-asof").textContent()).toContain("As of 15 November 2024");
      expect(await block.locator(".slide-summary").isVisible()).toBe(true);
      const fit = await block.evaluate((el) => {
        const top = el.getBoundingClientRect().top;
        const foot = el.querySelector(".slide-foot")!.getBoundingClientRect().bottom;
        return { chartAndSources: foot - top, width: el.clientWidth, scroll: el.scrollWidth };
      });
      // The chart, its summary and its sources fit on the block's first page; nothing is wider than the paper.
      expect(fit.chartAndSources, (await block.locator(".slide-title").textContent()) ?? "").toBeLessThan(pagePx);
      expect(fit.scroll).toBeLessThanOrEqual(fit.width + 1);
    }
    expect(await page.locator(".handout-page .print-table").count()).toBeGreaterThanOrEqual(5);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(8);
    expect(errors).toEqual([]);
    // Last: screenshots of print media briefly lay the page out at odd sizes (a trend chart then logs a
    // negative width), which no reader ever sees.
    // page.pdf() ends print emulation; turn it back on for the pictures.
    await page.emulateMedia({ media: "screen" });
    await page.emulateMedia({ media: "print" });
    await expect.poll(() => pages.count()).toBe(8);
    await page.waitForTimeout(800);
    for (const n of [3, 4, 5]) {
      const box = (await pages.nth(n - 1).boundingBox())!;
      const clip = { x: 0, y: box.y, width: 794, height: Math.min(box.height, pagePx) };
      await page.screenshot({ path: `test-results/screenshots/briefing-print-${n}.png`, fullPage: true, clip });
    }
    await screenshot(page, "briefing-print");
    await page.close();
  });

  it("prints the dashboard with each view on its own page and its data table beside the chart", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    await page.locator(".widget").first().waitFor();
    await page.emulateMedia({ media: "print" });
    const widgets = page.locator(".widget");
    const count = await widgets.count();
    await expect.poll(() => page.locator(".widget .print-only .print-table").count()).toBe(count);
    for (let i = 0; i < count; i++) {
      const w = widgets.nth(i);
      expect(await w.evaluate((el) => getComputedStyle(el).breakBefore)).toBe("page");
      expect(await w.locator(".source-line").isVisible()).toBe(true);
      expect(await w.locator(".print-table").isVisible()).toBe(true);
    }
    expect(await page.locator(".site-header select").first().isVisible()).toBe(false);
    expect(
      await page
        .getByRole("button", { name: /to my briefing/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(pdfPages(await page.pdf({ format: "A4" }))).toBeGreaterThanOrEqual(count + 1);
    expect(errors).toEqual([]);
    await screenshot(page, "dashboard-print");
    await page.close();
  });
});
