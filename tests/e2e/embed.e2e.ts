/**
 * Embeds as a journalist uses them: two iframes on a news site of ANOTHER origin, sized by the host script;
 * a pinned release with its "newer data" notice; Belarusian labels; the Share dialog with downloads.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshot } from "./screens";
import { heightBands, tallest } from "../../src/embed/embedCode";

const base = inject("baseUrl");
const other = inject("otherOrigin");
let browser: Browser;
const POLL = { timeout: 15_000 };

function hostPage(): string {
  const frame = (id: string, query: string, owned = true) =>
    `<iframe id="${id}" src="${base}embed.html?${query}&frame=${id}" title="Embedded chart ${id}" width="640" height="300" ` +
    `style="width:100%;max-width:640px;height:300px;border:0" ${owned ? `data-brt-embed="${id}"` : ""}></iframe>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A news article</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:Georgia,serif;background:#fff;color:#222}main{max-width:720px;margin:0 auto;padding:16px}</style>
</head><body><main>
<h1>Belarus: pardons and prisoners</h1>
<p>An article that embeds two widgets of the Belarus Repression Tracker.</p>
${frame("fa", "widget=key-figures&release=2024-11-15&lang=en&theme=light")}
<p>The second one follows the newest release, in Belarusian and dark.</p>
${frame("fb", "widget=prisoners-trend&lang=be&theme=dark")}
<p>This iframe is not marked as ours, so the script must leave it alone.</p>
${frame("fc", "widget=key-figures&release=2024-11-15&lang=en", false)}
</main>
<script src="${base}embed.js" async></script>
</body></html>`;
}

beforeAll(async () => {
  writeFileSync(path.join(inject("distDir"), "host-test.html"), hostPage());
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(url: string, width = 1440, ctx?: BrowserContext) {
  const page = await (ctx ?? browser).newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, errors, blocked, requests };
}

function frameOf(page: Page, id: string): Frame {
  const f = page.frames().find((fr) => fr.url().includes(`frame=${id}`));
  if (!f) throw new Error(`no frame ${id}`);
  return f;
}

/** [iframe box height, content height inside, document scrollHeight inside]. */
async function heights(page: Page, id: string): Promise<[number, number, number]> {
  const box = await page.locator(`#${id}`).boundingBox();
  const inside = await frameOf(page, id).evaluate(() => [
    document.querySelector(".embed-root")?.getBoundingClientRect().height ?? 0,
    document.documentElement.scrollHeight,
  ]);
  return [box?.height ?? 0, inside[0]!, inside[1]!];
}

/** A viewport screenshot (a modal dialog is what the reader sees, not the page under it). */
async function viewportShot(page: Page, name: string) {
  const dir = path.resolve(import.meta.dirname, "../../test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

/** Chromium does not paint cross-origin iframes outside the viewport: show the whole page, then shoot. */
async function fullScreenshot(page: Page, name: string) {
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: size.width, height });
  await page.waitForTimeout(300);
  await screenshot(page, name);
  await page.setViewportSize(size);
}

async function expectFitted(page: Page, id: string) {
  await expect
    .poll(async () => {
      const h = await heights(page, id);
      return Math.abs(h[0] - h[1]) <= 3 ? "fits" : `${id}: iframe ${h[0]}px, content ${h[1]}px`;
    }, POLL)
    .toBe("fits");
  const [box, , scroll] = await heights(page, id);
  expect(scroll).toBeLessThanOrEqual(box + 1); // no scrollbar inside the frame
}

describe("embeds on a page of another origin", () => {
  it("size themselves, keep a pinned release, speak Belarusian and ignore foreign messages", async () => {
    const ctx = await browser.newContext();
    const { page, errors, blocked, requests } = await open(`${other}host-test.html`, 1280, ctx);
    const fa = () => frameOf(page, "fa");
    await page.waitForFunction(() => document.querySelectorAll("iframe").length === 3);
    await expect.poll(() => page.frames().length, POLL).toBe(4);
    await fa().locator('[data-key="prisoners"] .key-value').waitFor();

    // Pinned: the figure of 15 November 2024, and a notice that newer data exists and what it says.
    expect(await fa().locator('[data-key="prisoners"] .key-value').textContent()).toBe("1,275");
    expect(await fa().locator(".as-of").textContent()).toContain("Release 2024-11-15");
    const notice = fa().locator(".embed-notice");
    await expect.poll(() => notice.textContent(), POLL).toContain("Newer data:");
    expect(await notice.textContent()).toMatch(/political prisoners in custody/);
    expect(await notice.textContent()).toContain("This chart stays on release 2024-11-15");
    const back = fa().getByRole("link", { name: /Open on the full dashboard/ });
    // A link relative to the embed page (the build renders the same): the dashboard beside it.
    expect(await back.getAttribute("href")).toMatch(/^index\.html\?/);
    const href = new URL(await back.evaluate((a) => (a as HTMLAnchorElement).href));
    expect(href.origin + href.pathname).toBe(`${base}index.html`);
    expect(href.searchParams.get("release")).toBe("2024-11-15");
    expect(href.hash).toBe("#key-figures");
    expect(await back.getAttribute("target")).toBe("_blank");

    // Belarusian labels in the second embed (follows the newest release: no notice).
    const fb = frameOf(page, "fb");
    await fb.locator(".widget h2").waitFor();
    expect(await fb.locator(".as-of").textContent()).toContain("Па стане на");
    expect(await fb.locator(".embed-credit").textContent()).toContain("Адкрыць на поўнай панэлі");
    expect(await fb.locator(".embed-notice").count()).toBe(0);

    // Auto-height: both owned frames fit their content, also after the column narrows.
    await expectFitted(page, "fa");
    await expectFitted(page, "fb");
    const unowned = await page.locator("#fc").boundingBox();
    expect(unowned?.height).toBe(300);
    await fullScreenshot(page, "embed-host");
    await page.setViewportSize({ width: 360, height: 800 });
    await expectFitted(page, "fa");
    await expectFitted(page, "fb");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await fullScreenshot(page, "embed-host-360");

    // A message of the right type from a window that is not the iframe resizes nothing.
    const before = await page.locator("#fa").boundingBox();
    await page.evaluate(() =>
      window.postMessage({ type: "brt:embed:height", widget: "key-figures", frame: "fa", height: 42 }, "*"),
    );
    await page.waitForTimeout(300);
    expect((await page.locator("#fa").boundingBox())?.height).toBe(before?.height);
    expect((await page.locator("#fc").boundingBox())?.height).toBe(300);

    // A chart embed never loads the map; nothing leaves 127.0.0.x, no cookies, no CSP violations.
    expect(requests.filter((u) => /DetentionMap|leaflet/i.test(u))).toEqual([]);
    expect(blocked).toEqual([]);
    expect(await ctx.cookies()).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("has no axe violations in an embed, light and dark", async () => {
    // axe is injected as an inline script, which the embed's CSP rightly refuses: bypass it for this check only.
    const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 640, height: 900 } });
    for (const theme of ["light", "dark"]) {
      const page = await ctx.newPage();
      await page.goto(`${base}embed.html?widget=treason-trend&release=2024-11-15&theme=${theme}`);
      await page.locator(".embed-notice").waitFor();
      expect(await axeViolations(page, { include: ".embed-root" }), theme).toEqual([]);
      await page.close();
    }
    await ctx.close();
  });

  it("names an unknown widget and an unknown release inside the frame", async () => {
    const { page } = await open(`${base}embed.html?widget=pardon-chart&release=2024-11-15`, 640);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent(), POLL).toContain("Unknown chart");
    expect(await alert.textContent()).toContain('there is no widget "pardon-chart"');
    expect(await alert.textContent()).toContain("prisoners-trend");
    await page.goto(`${base}embed.html?widget=prisoners-trend&release=1999-01-01`);
    await expect.poll(() => page.getByRole("alert").textContent(), POLL).toContain("Unknown release");
    expect(await page.getByRole("alert").textContent()).toContain('there is no release "1999-01-01"');
    await page.close();
  });
});

async function download(page: Page, button: string): Promise<Buffer> {
  const [dl] = await Promise.all([
    page.waitForEvent("download"),
    page.locator("dialog").getByRole("button", { name: button }).click(),
  ]);
  return readFileSync((await dl.path())!);
}

describe("Share → Embed dialog", () => {
  it("builds the embed code, previews it, downloads SVG/PNG and returns focus", async () => {
    const ctx = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
    const { page, errors, blocked } = await open(`${base}?release=2024-11-15`, 1440, ctx);
    const widget = page.locator('[data-widget="prisoners-trend"]');
    await widget.locator("svg").first().waitFor();
    const share = widget.getByRole("button", { name: /^Share/ });
    await share.click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Close");

    // Code: pinned by default, then follow / language / size.
    const code = dialog.getByLabel(/^Iframe code without a script/);
    expect(await code.inputValue()).toContain("release=2024-11-15");
    expect(await code.inputValue()).toMatch(/data-brt-embed="brt-[a-z0-9]{6}"/);
    await dialog.getByLabel("Follow the newest release").check();
    expect(await code.inputValue()).not.toContain("release=");
    await dialog.getByLabel("Language").selectOption("be");
    expect(await code.inputValue()).toContain("lang=be");
    await dialog.getByLabel("Pin release 2024-11-15").check();
    const script = await dialog.getByLabel(/auto-height script/).inputValue();
    expect(script).toContain(`<script src="${base}embed.js" async></script>`);
    // The preview is the real embed, sized by its height messages.
    const preview = page.frames().find((f) => f.url().includes("frame=preview-"))!;
    await preview.locator(".widget h2").waitFor();
    await expect.poll(() => preview.locator(".as-of").textContent(), POLL).toContain("Па стане на");
    await expect
      .poll(async () => {
        const box = await dialog.locator("iframe").boundingBox();
        const h = await preview.evaluate(() => document.querySelector(".embed-root")!.getBoundingClientRect().height);
        return Math.abs((box?.height ?? 0) - h) <= 3;
      }, POLL)
      .toBe(true);
    // The iframe code's heights are the build's measurements of this release (heights.json), not the preview's.
    const bands = heightBands("prisoners-trend", "2024-11-15", "be", 640);
    expect(await code.inputValue()).toContain(`height="${tallest(bands)}"`);
    expect(await code.inputValue()).toContain(`@container (min-width:${bands.at(-1)!.minWidth}px)`);
    // The picture for readers without JavaScript has the size the build drew it at, read from its index.
    await expect
      .poll(() => code.inputValue(), POLL)
      .toMatch(/prisoners-trend\.be\.640\.svg" alt="[^"]+" width="640" height="\d+" /);
    // Copying says "Copied", and new code clears it (it no longer applies): on a loaded machine the Belarusian
    // alt text can arrive between the click and the check, so copy again then.
    await expect
      .poll(async () => {
        await dialog.getByRole("button", { name: "Copy iframe code" }).click();
        const status = await dialog.getByRole("status").first().textContent();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        return status === "Copied" && copied === (await code.inputValue());
      }, POLL)
      .toBe(true);

    await viewportShot(page, "embed-dialog");
    await dialog.locator("#embed-downloads-title").scrollIntoViewIfNeeded();
    await viewportShot(page, "embed-dialog-downloads");

    // Tab stays in the dialog.
    await dialog.getByRole("button", { name: "Close" }).focus();
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Close");

    // SVG: parseable, standalone, with the caption.
    const svg = (await download(page, "SVG")).toString("utf8");
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return {
        error: doc.querySelector("parsererror")?.textContent ?? null,
        text: doc.documentElement.textContent ?? "",
        rect: doc.querySelector("svg > rect")?.getAttribute("fill") ?? null,
        width: doc.documentElement.getAttribute("width"),
      };
    }, svg);
    expect(parsed.error).toBeNull();
    expect(parsed.text).toContain("Data: CC BY 4.0, Belarus Repression Tracker; sources as listed");
    expect(parsed.text).toContain("Release 2024-11-15");
    expect(parsed.text).toContain("Political prisoners");
    expect(parsed.rect).toBeTruthy();
    expect(svg).not.toContain("var(--");
    expect(svg).not.toMatch(/@import|url\(http/);

    // PNG 2×: the stated size is the real size.
    const stated = await dialog.getByRole("button", { name: /PNG 2×/ }).textContent();
    const [w, h] = stated!
      .match(/([\d,]+) × ([\d,]+) px/)!
      .slice(1)
      .map((n) => Number(n.replace(/,/g, "")));
    const png = await download(page, stated!.trim());
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    writeFileSync(path.resolve(import.meta.dirname, "../../test-results/screenshots/embed-export-2x.png"), png);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([w, h]);
    expect(w).toBe(Number(parsed.width) * 2);

    expect(await axeViolations(page, { include: "dialog[open]" })).toEqual([]);

    // Esc closes and focus returns to the Share button.
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog").count(), POLL).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Share/);

    // The CSV downloads (one row per claim) are checked in csv.e2e.ts.
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await ctx.close();
  });

  it("fits a 360 px screen", async () => {
    const { page, errors } = await open(`${base}?release=2024-11-15`, 360);
    const widget = page.locator('[data-widget="treason-trend"]');
    await widget.getByRole("button", { name: /^Share/ }).click();
    const dialog = page.locator("dialog[open]");
    await dialog.locator("textarea").first().waitFor();
    expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    await viewportShot(page, "embed-dialog-360");
    await dialog.locator(".copy-grid").first().scrollIntoViewIfNeeded();
    await viewportShot(page, "embed-dialog-360-code");
    await dialog.getByRole("button", { name: "Close" }).click();
    expect(await page.locator("dialog").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
