import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshot } from "./screens";
import { RANGE_SETTLE_MS } from "../../src/state/store";

let browser: Browser;
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, viewport = { width: 1440, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + path);
  await page.locator('[data-widget="prisoners-trend"] [role="slider"]').waitFor();
  return { page, errors, blocked };
}

const prisoners = (page: Page) => page.locator('[data-widget="prisoners-trend"]');
const treason = (page: Page) => page.locator('[data-widget="treason-trend"]');

/** Drags across the prisoners plot from one share of its width to another, like a person with a mouse. */
async function drag(page: Page, from: number, to: number) {
  const plot = prisoners(page).getByRole("slider");
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  const y = box.y + box.height * 0.5;
  await page.mouse.move(box.x + box.width * from, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; i++) await page.mouse.move(box.x + box.width * (from + ((to - from) * i) / 8), y);
  await page.mouse.up();
}

const rangeInput = (page: Page, label: "From" | "To") =>
  page.locator(".range-control").getByLabel(label, { exact: true });

const rangeOf = (url: string) => {
  const q = new URL(url).searchParams;
  return { from: q.get("from"), to: q.get("to") };
};

describe("trend charts on the real 2024-11-15 release", () => {
  it("reads 1,275 (Human Constanta) on 15 November 2024 by keyboard and by hover, and at least 88 for treason", async () => {
    const { page, errors, blocked } = await open("?release=2024-11-15");
    const summary = prisoners(page).locator(".summary");
    expect(await summary.textContent()).toContain(
      "1,275 political prisoners were in custody on 15 November 2024 (Human Constanta), down from a peak of 1,501 (2023).",
    );
    const plot = prisoners(page).getByRole("slider");
    await plot.focus();
    await page.keyboard.press("End");
    const tip = prisoners(page).locator(".trend-chart .tooltip");
    await expect.poll(() => tip.textContent()).toContain("15 November 2024");
    expect(await tip.textContent()).toContain("1,275");
    expect(await tip.getByRole("link", { name: /Human Constanta/ }).count()).toBe(1);
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => tip.textContent()).toContain("7 November 2024");
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.count()).toBe(0);

    // Hover the last point.
    const mark = prisoners(page).locator('[data-series="prisoners_in_custody"] [data-date="2024-11-15"]');
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => tip.textContent()).toContain("1,275");
    expect(await tip.textContent()).toContain("Human Constanta");
    await page.mouse.move(5, 5);

    expect(await treason(page).locator(".summary").textContent()).toBe(
      "At least 88 people were convicted of “high treason” between 9 August 2020 and 6 November 2024 (Human Constanta).",
    );
    await treason(page).getByRole("slider").focus();
    await page.keyboard.press("End");
    await expect.poll(() => treason(page).locator(".trend-chart .tooltip").textContent()).toContain("at least 88");
    await page.keyboard.press("Escape");

    await prisoners(page).scrollIntoViewIfNeeded();
    await screenshot(page, "trends-1440");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("shows both disagreeing Viasna figures for 31 December 2023 with their sources", async () => {
    const { page } = await open("?release=2024-11-15");
    const mark = prisoners(page).locator('[data-series="prisoners_in_custody"] [data-date="2023-12-31"]').first();
    await mark.scrollIntoViewIfNeeded();
    const box = (await mark.boundingBox())!;
    // A click (or tap) pins the tooltip at the nearest date; its sources become links.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const tip = prisoners(page).locator(".trend-chart .tooltip");
    await expect.poll(() => tip.textContent()).toContain("1,477");
    expect(await tip.textContent()).toContain("1,452");
    expect(await tip.textContent()).toContain("Sources disagree on this date.");
    expect(await tip.getByRole("link", { name: /Viasna/ }).count()).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  it("a drag selects a range that filters the other views, lives in the URL, survives reload and the back button", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const otherText = () =>
      page.evaluate(() =>
        ["pardon-timeline", "detention-map"].map(
          (id) => document.querySelector(`[data-widget="${id}"]`)?.textContent ?? "",
        ),
      );
    const before = await otherText();

    await drag(page, 0.55, 0.85);
    await expect.poll(() => rangeOf(page.url()).from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const first = rangeOf(page.url());
    expect(first.from! < first.to!).toBe(true);
    expect(await rangeInput(page, "From").inputValue()).toBe(first.from);
    expect(await rangeInput(page, "To").inputValue()).toBe(first.to);
    expect(await prisoners(page).locator(".range-band").count()).toBe(1);
    expect(await page.locator(".range-status").textContent()).toMatch(/^Showing \d+ \w+ \d{4} – \d+ \w+ \d{4}\.$/);
    // The other views are filtered by the same range (where they show anything yet); the ones off screen catch
    // up once the range holds still (src/widgets/DeferOffscreen.tsx).
    for (const [i, text] of before.entries()) {
      if (text.length > 80) await expect.poll(async () => (await otherText())[i]).not.toBe(text);
    }

    // The copied URL restores the same range.
    const copied = page.url();
    const again = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await blockExternal(again);
    await again.goto(copied);
    await rangeInput(again, "From").waitFor();
    expect(await rangeInput(again, "From").inputValue()).toBe(first.from);
    expect(await rangeInput(again, "To").inputValue()).toBe(first.to);
    await again.close();

    // A second drag, then Back restores the first range.
    await drag(page, 0.2, 0.4);
    await expect.poll(() => rangeOf(page.url()).from).not.toBe(first.from);
    await page.goBack();
    await expect.poll(() => rangeOf(page.url())).toEqual(first);
    await expect.poll(() => rangeInput(page, "From").inputValue()).toBe(first.from);

    // Typed dates are the keyboard alternative; Reset clears the range everywhere.
    await rangeInput(page, "From").fill("2024-01-01");
    await rangeInput(page, "To").fill("2024-06-30");
    await expect.poll(() => rangeOf(page.url())).toEqual({ from: "2024-01-01", to: "2024-06-30" });
    expect(await prisoners(page).locator(".summary").textContent()).toContain("on 30 June 2024");
    await page.getByRole("button", { name: "Reset range" }).click();
    await expect.poll(() => rangeOf(page.url())).toEqual({ from: null, to: null });
    expect(await rangeInput(page, "From").inputValue()).toBe("");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("while typed dates move the range quickly, the band follows every step and the rest follows when it stops", async () => {
    const { page, errors } = await open("");
    // After drawing, the dashboard loads every other release for its correction marks; one arriving mid-drag is
    // drawn in full at once (a change of more than the range), which is not what this test is about.
    await page.waitForLoadState("networkidle");
    await prisoners(page).getByRole("slider").scrollIntoViewIfNeeded();
    const summary = () => prisoners(page).locator(".summary").textContent();
    const band = () => prisoners(page).locator(".range-band").getAttribute("width");
    // Each end date a frame apart, as a held arrow key in the date field would send them.
    const steps = await page.evaluate(async () => {
      const [from, to] = document.querySelectorAll<HTMLInputElement>(".range-control input.range-date");
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      const type = (input: HTMLInputElement, value: string) => {
        set.call(input, value);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      };
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      type(from!, "2021-01-01");
      await frame();
      const seen: { band: string | null; summary: string | null; at: number; readAt: number }[] = [];
      for (const end of ["2021-06-30", "2022-06-30", "2023-06-30", "2024-06-30"]) {
        const at = performance.now();
        type(to!, end);
        await frame();
        await frame();
        const widget = document.querySelector('[data-widget="prisoners-trend"]')!;
        seen.push({
          band: widget.querySelector(".range-band")!.getAttribute("width"),
          summary: widget.querySelector(".summary")!.textContent,
          at,
          readAt: performance.now(),
        });
      }
      return seen;
    });
    const widths = steps.map((s) => Number(s.band));
    expect(widths).toEqual([...widths].sort((a, b) => a - b));
    expect(new Set(widths).size).toBe(4);
    // The first change of the drag was drawn in full; the sentence waits for the range to stop. On a loaded machine
    // two frames can outlast the settle time, which is a stop, so the sentence may follow it. The page may also take
    // a step into its store a little after it was typed, so a step is held to the rule only if everything from typing
    // the previous step to reading this one fit within the settle time.
    const quick = (i: number) => steps[i]!.readAt - steps[i - 1]!.at < RANGE_SETTLE_MS;
    for (let i = 1; i < steps.length; i++) {
      if (quick(i)) expect(steps[i]!.summary, `step ${i}`).toBe(steps[i - 1]!.summary);
    }
    expect(steps[0]!.summary).toContain("2021");
    // When it stops, the sentence follows the last range (a slow step may have drawn one in between first).
    await expect.poll(summary).toMatch(/28 April 2023|2024/);
    expect(Number(await band())).toBe(widths[3]);
    expect(await page.locator(".range-status").textContent()).toBe("Showing 1 January 2021 – 30 June 2024.");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps both typed dates when the two fields change in one go (autofill, a script)", async () => {
    const { page, errors } = await open("");
    await page.evaluate(() => {
      const [from, to] = document.querySelectorAll<HTMLInputElement>(".range-control input.range-date");
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
      for (const [input, value] of [
        [from!, "2023-03-01"],
        [to!, "2023-09-30"],
      ] as const) {
        set.call(input, value);
        input.dispatchEvent(new Event("input", { bubbles: true }));
      }
    });
    await expect
      .poll(() => page.locator(".range-status").textContent())
      .toBe("Showing 1 March 2023 – 30 September 2023.");
    expect(await rangeInput(page, "From").inputValue()).toBe("2023-03-01");
    expect(rangeOf(page.url())).toEqual({ from: "2023-03-01", to: "2023-09-30" });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("in Belarusian, takes dates typed as дд.мм.гггг and writes short months the way editors do", async () => {
    const { page, errors } = await open("?lang=be&release=2024-11-15");
    const from = page.locator(".range-control").getByRole("textbox", { name: "З", exact: true });
    const to = page.locator(".range-control").getByRole("textbox", { name: "Па", exact: true });
    expect(await from.getAttribute("placeholder")).toBe("дд.мм.гггг");
    await from.fill("1.3.2023");
    await to.fill("30 верасня 2023");
    await expect.poll(() => rangeOf(page.url())).toEqual({ from: "2023-03-01", to: "2023-09-30" });
    await to.press("Enter");
    expect(await to.inputValue()).toBe("30.09.2023");
    expect(await page.locator(".range-status").textContent()).toBe("Паказана: 1 сакавіка 2023 г. – 30 верасня 2023 г.");
    // Chromium has no Belarusian date data: the axis's short months come from our own table, not cut at three
    // letters ("сне", "ліс").
    const ticks = await prisoners(page).locator(".x-axis text").allTextContents();
    expect(ticks.length).toBeGreaterThan(0);
    for (const tick of ticks) {
      expect(tick).toMatch(
        /^(\d{4}|(\d{1,2} )?(студз\.|лют\.|сак\.|крас\.|мая|май|чэрв\.|ліп\.|жн\.|вер\.|кастр\.|ліст\.|снеж\.) \d{4} г\.)$/,
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("has no axe violations in the trend widgets and the range control, with and without a tooltip", async () => {
    const { page } = await open("?release=2024-11-15");
    // What this view renders: both charts (plot, tooltip, legend) and the range control; the whole page is
    // checked by a11y.e2e.ts.
    const audit = () =>
      axeViolations(page, {
        include: ['[data-widget="prisoners-trend"] .trend', '[data-widget="treason-trend"] .trend', ".range-control"],
      });
    expect(await audit()).toEqual([]);
    await prisoners(page).getByRole("slider").focus();
    await page.keyboard.press("End");
    await prisoners(page).locator(".trend-chart .tooltip").waitFor();
    expect(await audit()).toEqual([]);
    await page.close();
  });
});

describe("trend charts on a phone and on the newest release", () => {
  it("fits 390 px without horizontal scrolling and still shows the newest figures", async () => {
    const { page, errors } = await open("", { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // The newest count is one the sources disagree on: both figures are named, each with its source.
    expect(await prisoners(page).locator(".summary").textContent()).toMatch(
      /^Sources disagree on the figure for 5 March 2026: more than 1,140 \(Devdiscourse\); 1,140 \(Evropeiska Pravda\)\./,
    );
    expect(await prisoners(page).locator(".annotation-label").count()).toBeGreaterThan(0);
    await prisoners(page).scrollIntoViewIfNeeded();
    await screenshot(page, "trends-390");
    await page.emulateMedia({ colorScheme: "dark" });
    await screenshot(page, "trends-390-dark");
    expect(errors).toEqual([]);
    await page.close();
  });
});
