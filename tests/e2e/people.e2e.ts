/**
 * People behind the numbers, in a real browser on the real releases: deaths in custody with both dates,
 * incommunicado spans with reported and computed day counts, person cards, and the sources & methods page.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshot } from "./screens";

let browser: Browser;
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1440, height = 900) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + path);
  return { page, errors, blocked };
}

const text = async (page: Page, selector: string) => (await page.locator(selector).first().textContent()) ?? "";

/** A reviewable picture of the people widgets: the region from the first to the last locator, at most `max` px
 * tall (a full-page shot of the whole dashboard is too tall to look at). Same folder as screens.ts. */
async function regionShot(page: Page, name: string, from: Locator, to: Locator, max = 2600) {
  await from.scrollIntoViewIfNeeded();
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y) + scrollY;
  const width = Math.max(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(max, Math.max(a.y + a.height, b.y + b.height) + scrollY - y);
  const dir = path.resolve(import.meta.dirname, "../../test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, clip: { x, y, width, height } });
}

async function noHorizontalScroll(page: Page) {
  const [scroll, client] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(scroll).toBeLessThanOrEqual(client);
}

describe("deaths in custody and incommunicado (release 2024-11-15)", () => {
  it("shows Shletgauer's death with both dates and their sources, and Kalesnikava's span with both counts", async () => {
    const { page, errors, blocked } = await open("?release=2024-11-15");
    const deaths = page.locator('[data-widget="deaths-in-custody"]');
    await deaths.waitFor();
    const summary = await text(page, '[data-widget="deaths-in-custody"] .summary');
    expect(summary).toContain(
      "By Viasna's count, 7 political prisoners died in custody between 21 May 2021 and 11 October 2024.",
    );
    expect(summary).toContain(
      "The most recent death is that of Dzmitry Shletgauer, on 11 October 2024; it became known on 1 November 2024.",
    );

    const entry = deaths.locator("#death-dzmitry-shletgauer");
    const died = await entry.locator("dt:text-is('Died') + dd").textContent();
    expect(died).toContain("11 October 2024");
    expect(died).toContain("Viasna");
    const reported = await entry.locator("dt:text-is('Became known') + dd").textContent();
    expect(reported).toContain("1 November 2024");
    expect(reported).toContain("21 days after the death");
    expect(reported).toContain("Human Constanta");
    expect(await entry.textContent()).toContain("Penal colony No. 15, Mahiliou");
    expect(await entry.textContent()).toContain("Arts. 358 and 361-4 of the Criminal Code");
    expect(await entry.locator(".death-count").textContent()).toBe("No. 7 in Viasna's count");
    // Seven marks on the strip, each a keyboard stop in one roving group.
    expect(await deaths.locator(".death-mark").count()).toBe(7);

    const inc = page.locator('[data-widget="incommunicado"]');
    const row = inc.locator('.inc-row[data-person="maryia-kalesnikava"]');
    const rowText = (await row.textContent()) ?? "";
    expect(rowText).toContain("February 2023 – 12 November 2024 (contact resumed)");
    expect(rowText).toContain("Source: more than 600 days as of 12 November 2024");
    expect(rowText).toContain("computed to that date: about 650 days");
    expect(rowText).toContain("computed from 1 February 2023 to 12 November 2024");
    expect(await row.locator(".days-reported").nth(1).textContent()).toContain("Human Constanta");
    expect(await row.locator(".inc-end-contact").count()).toBe(1);
    const babaryka = (await inc.locator('.inc-row[data-person="viktar-babaryka"]').textContent()) ?? "";
    expect(babaryka).toContain("still incommunicado as of 15 November 2024");

    await regionShot(page, "people-1440", deaths, inc);
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("opens a person's card from a chart with the keyboard, and Esc closes it and returns focus", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const marks = page.locator('[data-widget="deaths-in-custody"] .death-mark');
    await marks.first().waitFor();
    await marks.first().focus();
    await expect.poll(() => page.locator(".tooltip").textContent()).toContain("Vitold Ashurak");
    await page.keyboard.press("End");
    await expect.poll(() => page.locator(".tooltip").textContent()).toContain("Dzmitry Shletgauer");
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    await expect.poll(() => page.url()).toContain("sel=person%3Adzmitry-shletgauer");
    expect(await dialog.getByRole("heading", { level: 2 }).textContent()).toBe("Dzmitry Shletgauer");
    const card = (await dialog.textContent()) ?? "";
    expect(card).toContain("Died in custody — 11 October 2024");
    expect(card).toContain("12 years for “espionage” and “aiding extremist activity”, August 2024");
    expect(card).toContain("Name published by");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-person"))).toBe("dzmitry-shletgauer");
    await expect.poll(() => page.url()).not.toContain("sel=");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows Nasta Loika's 780 days from the newsletter beside the 801 computed from NHC's date", async () => {
    const { page, errors } = await open("?release=2024-11-15&sel=person:nasta-loika");
    const card = page.locator('[data-widget="people"] .person-card[data-person="nasta-loika"]');
    await card.waitFor();
    expect(await card.getAttribute("aria-current")).toBe("true");
    const days = (await card.locator(".days-compare").textContent()) ?? "";
    expect(days).toContain("780 days as of 15 November 2024");
    expect(days).toContain("Human Constanta");
    expect(days).toContain("801 days, computed from 6 September 2022 to 15 November 2024");
    expect(days).toContain("differs from the computed count");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("marks a span corrected in release 2026-03-05 with a small icon beside its note", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const note = page.locator('[data-widget="incommunicado"] .inc-correction').first();
    await note.waitFor();
    expect(await note.textContent()).toContain("corrected in release 2026-03-05");
    // An icon in a line of text, as tall as the text: not stretched to the widget's width.
    const box = (await note.locator("svg").boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(16);
    expect(box.height).toBeLessThanOrEqual(16);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("works at 390 px wide with no horizontal scroll", async () => {
    const { page, errors } = await open("?release=2024-11-15", 390, 844);
    await page.locator('[data-widget="incommunicado"] .inc-row').first().waitFor();
    await noHorizontalScroll(page);
    const inc = page.locator('[data-widget="incommunicado"]');
    await regionShot(page, "people-390", inc, inc);
    await regionShot(
      page,
      "people-390-deaths",
      page.locator('[data-widget="deaths-in-custody"]'),
      page.locator('[data-widget="deaths-in-custody"]'),
      1400,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("newest release", () => {
  it("shows Kalesnikava's release in December 2025 and open spans as of the release date", async () => {
    const { page, errors } = await open("");
    const row = page.locator('[data-widget="incommunicado"] .inc-row[data-person="maryia-kalesnikava"]');
    await row.waitFor();
    const rowText = (await row.textContent()) ?? "";
    // One rule for every span: it runs to the release; the one visit in November 2024 is a note, not its end.
    expect(rowText).toContain("15 February 2023 – 13 December 2025 (released)");
    expect(rowText).toContain("Kyiv Independent");
    expect(await row.locator(".inc-end-released").count()).toBe(1);
    const statkevich = (await page.locator('.inc-row[data-person="mikalai-statkevich"]').textContent()) ?? "";
    expect(statkevich).toContain("still incommunicado as of 6 December 2026");
    await row.locator(".person-link").click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain("Released — 13 December 2025");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    expect(await page.locator('[data-widget="deaths-in-custody"] .death-mark').count()).toBe(11);
    expect(await text(page, '[data-widget="deaths-in-custody"] .summary')).toContain(
      "Other sources report 2 more deaths that Viasna does not count.",
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("sources & methods page", () => {
  it("lists the newsletter as a source, explains qualifiers and reaches a source by its anchor", async () => {
    const { page, errors, blocked } = await open("?release=2024-11-15&panel=sources#source-hc-newsletter-2024-11-15");
    const item = page.locator("#source-hc-newsletter-2024-11-15");
    await item.waitFor();
    expect(await item.textContent()).toContain("Human rights in Belarus in numbers and facts, 2–15 November 2024");
    expect(await item.textContent()).toContain("no public link");
    expect(await page.locator(".source-group", { has: item }).locator("h4").textContent()).toBe("Human Constanta (1)");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("source-hc-newsletter-2024-11-15");
    const qualifiers = (await page.locator("#methods-qualifiers").textContent()) ?? "";
    expect(qualifiers).toContain("at least 80");
    expect(qualifiers).toContain("A lower bound");
    expect(qualifiers).toContain("more than 600");
    expect(await text(page, "#methods-undercount")).toContain("for fear of reprisals");
    expect(await text(page, "#methods-conflicts")).toContain("never averaged");
    expect(await text(page, "#methods-releases")).toContain("You are viewing release 2024-11-15");
    expect(await page.locator("#methods-releases .hash").count()).toBe(9);
    // Search narrows the list.
    await page.getByLabel("Search sources").fill("Human Constanta");
    await expect.poll(() => page.locator(".source-list li").count()).toBe(1);
    expect(await page.locator(".source-group h4").allTextContents()).toEqual(["Human Constanta (1)"]);
    await page.getByLabel("Search sources").fill("");
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, "sources-page");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("leads every unlinked source of a chart to its entry on this page", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const link = page
      .locator('#death-dzmitry-shletgauer a[href$="panel=sources#source-hc-newsletter-2024-11-15"]')
      .first();
    await link.waitFor();
    await link.click();
    await page.locator("#source-hc-newsletter-2024-11-15").waitFor();
    expect(await page.locator("h2#sources-title").textContent()).toBe("Sources & methods");
    await page.setViewportSize({ width: 390, height: 844 });
    await noHorizontalScroll(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
