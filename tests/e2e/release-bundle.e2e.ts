/**
 * The release in one download (decision 009): the built dashboard asks for the newest release's bundle, one
 * request beside the manifest, and draws from it; every file in it is still checked against the manifest, so a
 * bundle changed after the build shows the same error, naming the file, as a changed file would. Bundles are
 * changed only in a private copy of the build, served on its own port.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { NEWEST_RELEASE } from "./releases";
import { serveStatic, type StaticServer } from "./server";

const POLL = { timeout: 20_000 };
const OLD = "2024-11-15";
let browser: Browser;
let dir: string;
let copy: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(os.tmpdir(), "brt-bundle-"));
  cpSync(inject("distDir"), dir, { recursive: true });
  copy = await serveStatic(dir);
});
afterAll(async () => {
  await copy?.close();
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page that records the path of every request it makes under /data/. */
async function open(url: string): Promise<{ page: Page; asked: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectErrors(page);
  await blockExternal(page);
  const asked: string[] = [];
  page.on("request", (r) => {
    const p = new URL(r.url()).pathname;
    if (p.includes("/data/")) asked.push(p.slice(p.indexOf("/data/")));
  });
  await page.goto(url);
  return { page, asked, errors };
}

const bundlePath = (id: string) => path.join(dir, "data/releases", id, "bundle.json");
type Bundle = { format: string; release: string; files: Record<string, string> };
const readBundle = (id: string) => JSON.parse(readFileSync(bundlePath(id), "utf8")) as Bundle;

describe("the newest release in one request", () => {
  it("is what the built dashboard downloads of it before the live page draws, and afterwards", async () => {
    const { page, asked, errors } = await open(inject("baseUrl"));
    const newest = (list: string[]) => list.filter((p) => p.startsWith(`/data/releases/${NEWEST_RELEASE}/`));
    await page.locator('#root [data-widget="prisoners-trend"] svg circle').first().waitFor(POLL);
    expect(newest(asked)).toEqual([`/data/releases/${NEWEST_RELEASE}/bundle.json`]);
    expect(await page.locator('#root [data-key="prisoners"] .key-value').textContent()).toBe("more than 1,140");
    await page.waitForLoadState("networkidle");
    // Older releases (correction marks, "What changed") come as their bundles too; nothing comes file by file.
    expect(newest(asked)).toEqual([`/data/releases/${NEWEST_RELEASE}/bundle.json`]);
    expect(asked.filter((p) => p.startsWith("/data/releases/") && !p.endsWith("/bundle.json"))).toEqual([]);
    // For the record (not a budget: decision 009): from the first data request to the last byte of the newest bundle.
    const timing = await page.evaluate((id) => {
      const data = performance
        .getEntriesByType("resource")
        .filter((e): e is PerformanceResourceTiming => e.name.includes("/data/"));
      const bundle = data.find((e) => e.name.endsWith(`/data/releases/${id}/bundle.json`))!;
      return { first: Math.min(...data.map((e) => e.startTime)), bundleEnd: bundle.responseEnd, all: data.length };
    }, NEWEST_RELEASE);
    console.log(
      `release-bundle: ${timing.all} data requests; first data request → newest bundle's last byte ${(timing.bundleEnd - timing.first).toFixed(0)} ms`,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a bundle changed after the build", () => {
  it("shows the integrity error naming the changed file, though the file itself is intact", async () => {
    const original = readFileSync(bundlePath(OLD));
    const bundle = readBundle(OLD);
    expect(bundle.files["series.json"]).toContain('"value": 1275');
    bundle.files["series.json"] = bundle.files["series.json"]!.replace('"value": 1275', '"value": 1775');
    writeFileSync(bundlePath(OLD), JSON.stringify(bundle));
    try {
      const { page, asked } = await open(`${copy.url}?release=${OLD}`);
      const alert = page.getByRole("alert");
      await expect.poll(() => alert.textContent(), POLL).toContain("Integrity check failed");
      expect(await alert.textContent()).toContain(`releases/${OLD}/series.json`);
      expect(await alert.textContent()).toContain("does not match the manifest");
      expect(await page.locator('[data-key="prisoners"]').count()).toBe(0);
      // The intact file beside it was never used instead.
      expect(asked).not.toContain(`/data/releases/${OLD}/series.json`);
      await page.close();
    } finally {
      writeFileSync(bundlePath(OLD), original);
    }
  });

  it("shows an error naming the file a bundle lacks", async () => {
    const original = readFileSync(bundlePath(OLD));
    const bundle = readBundle(OLD);
    delete bundle.files["events.json"];
    writeFileSync(bundlePath(OLD), JSON.stringify(bundle));
    try {
      const { page } = await open(`${copy.url}?release=${OLD}`);
      const alert = page.getByRole("alert");
      await expect.poll(() => alert.textContent(), POLL).toContain("events.json is missing from the bundle");
      expect(await alert.textContent()).toContain(`releases/${OLD}/bundle.json`);
      await page.close();
    } finally {
      writeFileSync(bundlePath(OLD), original);
    }
  });

  it("is not needed: without bundles (a copy of the per-file data) the release loads file by file", async () => {
    const original = readFileSync(bundlePath(OLD));
    unlinkSync(bundlePath(OLD));
    try {
      const { page, asked, errors } = await open(`${copy.url}?release=${OLD}`);
      await expect
        .poll(() => page.locator('#root [data-key="prisoners"] .key-value').textContent(), POLL)
        .toBe("1,275");
      const files = asked.filter((p) => p.startsWith(`/data/releases/${OLD}/`));
      expect(files[0]).toBe(`/data/releases/${OLD}/bundle.json`);
      expect(files.slice(1).sort()).toEqual(
        Object.keys(JSON.parse(original.toString("utf8")).files as object)
          .map((name) => `/data/releases/${OLD}/${name}`)
          .sort(),
      );
      // The one 404 is the missing bundle.
      expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
      await page.close();
    } finally {
      writeFileSync(bundlePath(OLD), original);
    }
  });
});
