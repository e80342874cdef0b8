import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshot } from "./screens";

let browser: Browser;
const base = inject("baseUrl");
const WIDGET = '[data-widget="pardon-timeline"]';
/** axe-core on this chart only (the frame around it and other views are checked by their own tests). */
const chartViolations = (page: Page) => axeViolations(page, { include: `${WIDGET} .pardon-chart` });

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport = { width: 1440, height: 900 }, touch = false) {
  const page = await browser.newPage({ viewport, hasTouch: touch, isMobile: touch });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + query);
  const widget = page.locator(WIDGET);
  await widget.locator("g.stage").first().waitFor();
  return { page, errors, blocked, widget };
}

/** An element screenshot of the widget beside the full-page ones, for people to look at. */
async function widgetShot(widget: Locator, name: string) {
  const dir = path.resolve(import.meta.dirname, "../../test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  await widget.screenshot({ path: path.join(dir, `${name}.png`) });
}

const stage = (widget: Locator, id: string) => widget.locator(`g.stage[data-stage="${id}"]`);
const tip = (page: Page) => page.locator(`${WIDGET} .tooltip`);

describe("pardon timeline", () => {
  it("shows the 7 Nov 2024 stage: 31, its breakdown and 146 (Human Constanta) for ?release=2024-11-15", async () => {
    const { page, errors, blocked, widget } = await open("?release=2024-11-15");
    expect(await widget.locator(".summary").textContent()).toContain(
      "31 people were released in the stage of 7 November 2024; 146 in 5 stages since 3 July 2024 (Human Constanta).",
    );
    expect(await widget.locator("g.stage").count()).toBe(5);
    const mark = stage(widget, "pardon-2024-11-07");
    expect(await mark.getAttribute("aria-label")).toBe("7 November 2024, Pardon: 31 released; running total 146");
    expect(await widget.locator(".bar-label", { hasText: /^31$/ }).count()).toBe(1);

    await mark.locator(".stage-bar").hover();
    const t = tip(page);
    await t.waitFor();
    expect(await t.locator(".tip-count").textContent()).toContain("Released: 31");
    expect(await t.locator(".breakdown-text").textContent()).toBe(
      "2 women, 29 men, 17 chronically ill, 3 disabled, 27 parents, 7 of them with several children",
    );
    const reported = t.locator(".tip-reported");
    expect(await reported.textContent()).toContain("146 reported");
    expect(await reported.locator("a").first().textContent()).toContain("Human Constanta");
    expect(await t.locator(".tip-computed").textContent()).toBe("146 computed (5 stages added up)");
    expect(await t.textContent()).toContain("5th of the stages since 3 July 2024 (newsletter)");

    await screenshot(page, "pardons-1440");
    await widgetShot(widget, "pardons-widget-1440");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("steps through stages with the keyboard, one tab stop, Esc closes the tooltip", async () => {
    const { page, errors, widget } = await open("?release=2024-11-15");
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.matches("g.stage") ?? false)) break;
    }
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-stage"));
    expect(await focused()).toBe("pardon-2024-07-03");
    await tip(page).waitFor();
    expect(await tip(page).textContent()).toContain("3 July 2024");
    await page.keyboard.press("End");
    expect(await focused()).toBe("pardon-2024-11-07");
    expect(await tip(page).locator(".breakdown-text").textContent()).toContain("2 women, 29 men");
    await page.keyboard.press("ArrowLeft");
    expect(await focused()).toBe("pardon-2024-09-16");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain("sel=pardon%3Apardon-2024-09-16");
    expect(await stage(widget, "pardon-2024-09-16").getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.press("Escape");
    await expect.poll(() => tip(page).count()).toBe(0);
    await page.keyboard.press("Home");
    expect(await focused()).toBe("pardon-2024-07-03");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells US-brokered releases apart and shows 178 reported next to 207 computed after 9 Dec 2024 (newest)", async () => {
    const { page, errors, widget } = await open("");
    const us = stage(widget, "pardon-2025-12-13");
    expect(await us.getAttribute("aria-label")).toContain("US-brokered release: 123 released");
    const fills = await page.evaluate(() => {
      const bar = (id: string) => document.querySelector(`g.stage[data-stage="${id}"] .stage-bar`)!;
      return {
        us: bar("pardon-2025-12-13").getAttribute("fill"),
        usStroke: getComputedStyle(bar("pardon-2025-12-13")).stroke,
        pardon: getComputedStyle(bar("pardon-2025-05-07")).fill,
        pardonStroke: getComputedStyle(bar("pardon-2025-05-07")).stroke,
      };
    });
    expect(fills.us).toMatch(/^url\(#.*-us_brokered\)$/);
    expect(fills.usStroke).not.toBe(fills.pardonStroke);
    expect(fills.pardon).toMatch(/^rgb/);
    const legend = widget.getByRole("list", { name: "Legend" });
    expect(await legend.textContent()).toContain("US-brokered release");

    const dec = stage(widget, "pardon-2024-12-09");
    expect(await dec.locator(".total-conflict").count()).toBeGreaterThan(0);
    await dec.locator(".stage-bar").hover();
    await tip(page).waitFor();
    expect(await tip(page).locator(".tip-reported").textContent()).toContain("178 reported");
    expect(await tip(page).locator(".tip-computed").textContent()).toBe("207 computed (7 stages added up)");
    expect(await tip(page).textContent()).toContain("≠ The reported total differs from the sum of the stage counts.");

    const sep = stage(widget, "pardon-2025-09-11");
    expect(await sep.locator("line.count-alt").count()).toBe(1);
    await sep.locator(".stage-bar").hover();
    await expect.poll(() => tip(page).textContent()).toContain("Released: 52");
    expect(await tip(page).locator(".tip-disagree").textContent()).toContain("40 (Political prisoners only.)");

    await page.mouse.move(0, 0);
    await expect.poll(() => tip(page).count()).toBe(0);
    expect(await chartViolations(page)).toEqual([]);
    await widgetShot(widget, "pardons-widget-newest-1440");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows the range in the URL", async () => {
    const { page, errors, widget } = await open("?release=2024-11-15&from=2024-09-01&to=2024-11-30");
    expect(await widget.locator("g.stage").count()).toBe(3);
    expect(await widget.locator(".summary").textContent()).toContain(
      "98 in 3 stages between 1 September 2024 and 30 November 2024 (computed from the stage counts)",
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a 390 px phone: no sideways scroll, tap opens the tooltip and selects the stage", async () => {
    const { page, errors, widget } = await open("?release=2024-11-15", { width: 390, height: 844 }, true);
    const box = (await widget.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    const svgBox = (await widget.locator('.pardon-chart svg[role="group"]').boundingBox())!;
    expect(svgBox.x + svgBox.width).toBeLessThanOrEqual(box.x + box.width);
    await stage(widget, "pardon-2024-11-07").locator(".stage-bar").tap();
    await tip(page).waitFor();
    expect(await tip(page).locator(".breakdown-text").textContent()).toContain("27 parents");
    const tipBox = (await tip(page).boundingBox())!;
    expect(tipBox.x).toBeGreaterThanOrEqual(0);
    expect(tipBox.x + tipBox.width).toBeLessThanOrEqual(390);
    await expect.poll(() => page.url()).toContain("sel=pardon%3Apardon-2024-11-07");
    await screenshot(page, "pardons-390");
    await widgetShot(widget, "pardons-widget-390");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reads well in dark theme and in Russian", async () => {
    const { page, errors, widget } = await open("?lang=ru&theme=dark");
    expect(await widget.locator("h2").textContent()).toBe("Этапы помилования с 3 июля 2024 г.");
    expect(await widget.locator(".summary").textContent()).toContain("На этапе 5 марта 2026 г. освободили 18 человек");
    expect(await chartViolations(page)).toEqual([]);
    await widgetShot(widget, "pardons-widget-dark-ru-1440");
    expect(errors).toEqual([]);
    await page.close();
  });
});
