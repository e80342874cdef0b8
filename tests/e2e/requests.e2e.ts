/**
 * How many script files a page asks for before it is live (decision 012). Every file is a request (six at a time
 * on HTTP/1.1) and a compile of its own; the chunk plan (build/chunkPlan.ts) keeps both pages to a handful.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

const POLL = { timeout: 20_000 };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The script files (by name) the page at `url` requested until `live` matched, and the errors it logged. */
async function scriptsUntilLive(url: string, live: string): Promise<{ scripts: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectErrors(page);
  await blockExternal(page);
  const scripts: string[] = [];
  page.on("request", (r) => {
    if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname.split("/").pop()!);
  });
  await page.goto(url);
  await page
    .locator(live)
    .first()
    .waitFor({ ...POLL, state: "attached" });
  const asked = [...scripts];
  await page.close();
  return { scripts: asked, errors };
}

describe("script files asked for before the page is live", () => {
  it("are at most 20 for the dashboard with its seven widgets (the bundler left to itself: about 40), and it runs", async () => {
    const { scripts, errors } = await scriptsUntilLive(
      inject("baseUrl"),
      '#root:not([data-prerendered]) [data-widget="pardon-timeline"] svg rect',
    );
    expect(scripts.length, scripts.join(", ")).toBeLessThanOrEqual(20);
    expect(
      scripts.some((s) => s.startsWith("core-")),
      scripts.join(", "),
    ).toBe(true);
    expect(errors).toEqual([]);
  });

  it("are at most 8 for a chart embed (the bundler left to itself: about 30), and its widget is live", async () => {
    const { scripts, errors } = await scriptsUntilLive(
      `${inject("baseUrl")}embed.html?widget=pardon-timeline`,
      '#root[data-live]:not([data-prerendered]) [data-widget="pardon-timeline"] svg rect',
    );
    expect(scripts.length, scripts.join(", ")).toBeLessThanOrEqual(8);
    expect(errors).toEqual([]);
  });
});
