/**
 * The build's still pictures of the embeds (dist/embed-static/, src/export/picture/): for readers, feed readers,
 * newsletters and archives that run no JavaScript. The files exist for the newest release, open as <img> in
 * Chromium and are looked at (test-results/screenshots/static-*.png); embed.html without JavaScript says what
 * is missing; the Share dialog's map SVG is the map, with the outline of Belarus and the symbols.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import type { StaticIndex } from "../../src/export/picture/paths";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

const base = inject("baseUrl");
const dist = inject("distDir");
let browser: Browser;
const POLL = { timeout: 15_000 };

const WIDGETS = [
  "key-figures",
  "pardon-timeline",
  "prisoners-trend",
  "treason-trend",
  "detention-map",
  "deaths-in-custody",
  "incommunicado",
  "people",
];

const newest = () =>
  (JSON.parse(readFileSync(path.join(dist, "data/manifest.json"), "utf8")) as { releases: { id: string }[] })
    .releases[0]!.id;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("static pictures of the embeds", () => {
  it("are built for the newest release and `latest`: every widget, language and width, with alt text", () => {
    const id = newest();
    for (const folder of [id, "latest"]) {
      const index = JSON.parse(
        readFileSync(path.join(dist, "embed-static", folder, "index.json"), "utf8"),
      ) as StaticIndex;
      expect(index.release).toBe(id);
      for (const widget of WIDGETS) {
        for (const lang of ["en", "be", "ru"]) {
          expect(index.widgets[widget]?.[lang]?.alt.length, `${widget} ${lang}`).toBeGreaterThan(20);
          for (const width of [320, 640]) {
            const file = path.join(dist, "embed-static", folder, `${widget}.${lang}.${width}.svg`);
            expect(existsSync(file), file).toBe(true);
            const svg = readFileSync(file, "utf8");
            expect(svg).toContain(`width="${width}"`);
            expect(svg).toContain(`lang="${lang}"`);
            expect(svg).not.toMatch(/<script|<foreignObject|href="(?!#)/);
            expect(index.widgets[widget]![lang]!.sizes[width]!.width).toBe(width);
          }
        }
      }
    }
    // The service worker does not download them for the dashboard.
    expect(readFileSync(path.join(dist, "sw.js"), "utf8")).not.toContain("embed-static/");
  });

  it("open as images in a page and look like the widgets", { timeout: 120_000 }, async () => {
    const index = JSON.parse(readFileSync(path.join(dist, "embed-static/latest/index.json"), "utf8")) as StaticIndex;
    const page = await browser.newPage({ viewport: { width: 700, height: 900 } });
    const errors = collectErrors(page);
    const blocked = await blockExternal(page);
    await page.goto(`${base}embed.html?widget=key-figures`);
    // Every picture decodes; those of the map, key figures and pardon timeline in en and be are looked at.
    const looked = new Set(["detention-map", "key-figures", "pardon-timeline"]);
    for (const widget of WIDGETS) {
      for (const lang of ["en", "be", "ru"]) {
        for (const width of [320, 640]) {
          const src = `embed-static/latest/${widget}.${lang}.${width}.svg`;
          const alt = index.widgets[widget]![lang]!.alt;
          await showImage(page, `${base}${src}`, alt);
          const img = page.locator("#picture");
          const size = await img.evaluate(async (el: HTMLImageElement) => {
            await el.decode();
            return [el.naturalWidth, el.naturalHeight];
          });
          expect(size[0], src).toBe(width);
          expect(size[1], src).toBe(index.widgets[widget]![lang]!.sizes[width]!.height);
          expect(await page.getByRole("img", { name: alt }).count()).toBe(1);
          if (looked.has(widget) && lang !== "ru") {
            await img.screenshot({ path: shotPath(`static-${widget}-${lang}-${width}`) });
          }
        }
      }
    }
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("embed.html without JavaScript says the chart needs it and links to the dashboard", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 640 } });
    const page = await ctx.newPage();
    await page.goto(`${base}embed.html?widget=pardon-timeline`);
    await expect.poll(() => page.locator(".embed-noscript").isVisible(), POLL).toBe(true);
    expect(await page.locator(".embed-noscript").textContent()).toContain("This chart needs JavaScript.");
    expect(await page.getByRole("link", { name: "Belarus Repression Tracker" }).getAttribute("href")).toBe(
      "./index.html",
    );
    // (Not screens.ts's screenshot, which adds a style tag through the page's JavaScript.)
    await page.screenshot({ path: shotPath("static-embed-noscript") });
    await ctx.close();
  });
});

describe("Share dialog: the map's SVG", () => {
  it("is the map with the outline of Belarus and a symbol per event shown, following the category filter", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors = collectErrors(page);
    await page.goto(`${base}?release=2024-11-15&cat=raid`);
    const widget = page.locator('[data-widget="detention-map"]');
    // The live map's markers (Leaflet has taken the still picture's place).
    await widget.locator(".det-icon").first().waitFor();
    const rows = await widget.locator(".det-list tbody tr").count();
    await widget.getByRole("button", { name: /^Share/ }).click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: "SVG", exact: true }).click(),
    ]);
    const svg = readFileSync((await download.path())!, "utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        outline: doc.querySelector("path.outline-belarus")?.getAttribute("d")?.length ?? 0,
        symbols: [...doc.querySelectorAll("g.symbol > title")].map((t) => t.textContent ?? ""),
        title: doc.querySelector("svg > title")?.textContent,
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.title).toBe("Mass detentions and raids");
    expect(parsed.outline).toBeGreaterThan(500);
    expect(parsed.symbols.length).toBeGreaterThan(0);
    expect(parsed.symbols.length).toBeLessThanOrEqual(rows);
    for (const name of parsed.symbols) expect(name).toContain("; Raid;");
    // The PNG is the same picture, at its size; the dialog no longer says it shows a table.
    expect(await dialog.getByText("show its data table").count()).toBe(0);
    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      dialog.getByRole("button", { name: /^PNG 1×/ }).click(),
    ]);
    const png = readFileSync((await pngDownload.path())!);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(640);
    expect(png.readUInt32BE(20)).toBe(Number(/height="(\d+)"/.exec(svg)![1]));
    await showImage(page, `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, "map");
    await page.locator("#picture").screenshot({ path: shotPath("static-share-map-svg") });
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Replaces the page's content with one image (the embed page's CSP allows our own and data: images). */
async function showImage(page: Page, src: string, alt: string) {
  await page.evaluate(
    ([src, alt]) => {
      document.body.replaceChildren();
      document.body.style.background = "#e8e8e8";
      const img = document.createElement("img");
      img.id = "picture";
      img.src = src!;
      img.alt = alt!;
      img.style.display = "block";
      img.style.margin = "8px";
      document.body.append(img);
    },
    [src, alt],
  );
  await page.locator("#picture").evaluate((el: HTMLImageElement) => el.decode());
}

const shotPath = (name: string) => path.resolve(import.meta.dirname, `../../test-results/screenshots/${name}.png`);
