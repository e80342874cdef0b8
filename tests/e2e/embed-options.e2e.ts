/**
 * The embed options a newsroom uses (src/embed/params.ts): a transparent embed on a coloured page, the theme set
 * by the host page's data-brt-theme (public/embed.js), a height cap, plain and compact embeds, and the Share
 * dialog's options with the iframe title in the embed's language.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Frame, Locator, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

const base = inject("baseUrl");
const other = inject("otherOrigin");
let browser: Browser;
const POLL = { timeout: 15_000 };
const HOST_COLOUR = [243, 217, 166]; // #f3d9a6, a warm paper colour no theme of ours uses
const DARK_HOST = [31, 42, 58]; // #1f2a3a
const SHOTS = path.resolve(import.meta.dirname, "../../test-results/screenshots");

function hostPage(): string {
  const frame = (id: string, query: string, extra = "") =>
    `<iframe id="${id}" src="${base}embed.html?${query}&frame=${id}" title="Embedded chart ${id}" width="640" ` +
    `height="300" style="width:100%;max-width:640px;height:300px;border:0;display:block" data-brt-embed="${id}" ${extra}></iframe>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A news article with options</title><link rel="icon" href="data:,">
<style>body{margin:0;font-family:Georgia,serif;background:rgb(${HOST_COLOUR.join(" ")});color:#222}
main{max-width:720px;margin:0 auto;padding:16px}</style>
</head><body><main>
<h1>Embeds with options</h1>
${frame("tp", "widget=treason-trend&release=2024-11-15&lang=en&theme=light&transparent=1&plain=1")}
<p>The same chart with its own background.</p>
${frame("op", "widget=treason-trend&release=2024-11-15&lang=en&theme=light&plain=1")}
<p>A chart that takes its theme from this page.</p>
${frame("th", "widget=treason-trend&release=2024-11-15&lang=en&theme=light&compact=1", 'data-brt-theme="dark"')}
<p>A dark transparent chart on a dark box of this page.</p>
<div style="background:rgb(${DARK_HOST.join(" ")});padding:8px 0">
${frame("td", "widget=treason-trend&release=2024-11-15&lang=en&transparent=1&plain=1", 'data-brt-theme="dark"')}
</div>
<p>A tall chart capped at 300 px.</p>
${frame("mh", "widget=people&release=2024-11-15&lang=en&maxheight=300")}
</main>
<script src="${base}embed.js" async></script>
</body></html>`;
}

beforeAll(async () => {
  writeFileSync(path.join(inject("distDir"), "host-options.html"), hostPage());
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

function frameOf(page: Page, id: string): Frame {
  const f = page.frames().find((fr) => fr.url().includes(`frame=${id}`));
  if (!f) throw new Error(`no frame ${id}`);
  return f;
}

/** Whether a reader can see it: a visually hidden box (1 px, clipped) is not on screen. */
async function onScreen(el: Locator): Promise<boolean> {
  const box = await el.boundingBox();
  return !!box && box.width > 1 && box.height > 1;
}

/** Share of the iframe's on-screen pixels that are the host page's colour (decoded in the host page). */
async function hostColourShare(page: Page, id: string, colour = HOST_COLOUR): Promise<number> {
  const png = (await page.locator(`#${id}`).screenshot({ path: path.join(SHOTS, `embed-options-${id}.png`) })).toString(
    "base64",
  );
  return page.evaluate(
    async ({ png, colour }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${png}`;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const c = canvas.getContext("2d")!;
      c.drawImage(img, 0, 0);
      const d = c.getImageData(0, 0, img.width, img.height).data;
      let hits = 0;
      for (let i = 0; i < d.length; i += 4) {
        if (Math.abs(d[i]! - colour[0]!) + Math.abs(d[i + 1]! - colour[1]!) + Math.abs(d[i + 2]! - colour[2]!) <= 6)
          hits++;
      }
      return hits / (d.length / 4);
    },
    { png, colour },
  );
}

describe("embed options on a page of another origin", () => {
  it("show the host's colour through a transparent embed, take the host's theme and cap the height", async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 2400 } });
    const errors = collectErrors(page);
    const blocked = await blockExternal(page);
    await page.goto(`${other}host-options.html`);
    await expect.poll(() => page.frames().length, POLL).toBe(6);
    for (const id of ["tp", "op", "th", "td"]) await frameOf(page, id).locator(".widget svg").first().waitFor();
    await frameOf(page, "mh").locator(".widget").waitFor();

    const th = frameOf(page, "th");
    // Transparent: most of the frame is the page's own colour; the same embed without the option has none of it.
    await expect.poll(() => hostColourShare(page, "tp"), POLL).toBeGreaterThan(0.6);
    expect(await hostColourShare(page, "op")).toBeLessThan(0.05);
    // Dark on a dark box too: embed.js gives the frame the embed's color-scheme, so the browser paints no
    // backdrop of its own behind it; the embed's light text is on the page's dark colour.
    const td = frameOf(page, "td");
    await expect.poll(() => td.evaluate(() => document.documentElement.dataset.theme), POLL).toBe("dark");
    await expect.poll(() => hostColourShare(page, "td", DARK_HOST), POLL).toBeGreaterThan(0.6);
    expect(await td.evaluate(() => getComputedStyle(document.body).color)).toBe("rgb(236, 236, 239)");
    // Plain: no title on screen, the source line with its qualifier legend and the link back still there.
    const tp = frameOf(page, "tp");
    expect(await onScreen(tp.locator(".widget-head"))).toBe(false);
    expect(await tp.locator(".source-line").textContent()).toContain("As of 15 November 2024");
    expect(await tp.locator(".qualifier-legend").isVisible()).toBe(true);
    expect(await tp.getByRole("link", { name: "Belarus Repression Tracker ↗" }).isVisible()).toBe(true);

    // Theme from the host page: data-brt-theme="dark" beats the URL's theme=light, and follows the attribute.
    const bodyColour = () => th.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await expect.poll(() => th.evaluate(() => document.documentElement.dataset.theme), POLL).toBe("dark");
    expect(await bodyColour()).toBe("rgb(18, 18, 20)");
    await page.locator("#th").screenshot({ path: path.join(SHOTS, "embed-options-dark.png") });
    await page.evaluate(() => document.getElementById("th")!.setAttribute("data-brt-theme", "light"));
    await expect.poll(() => th.evaluate(() => document.documentElement.dataset.theme), POLL).toBe("light");
    expect(await bodyColour()).toBe("rgb(251, 250, 247)");
    // The host page may also post the message itself; a message from any other window is ignored.
    await page.evaluate((origin) => {
      const f = document.getElementById("th") as HTMLIFrameElement;
      f.contentWindow!.postMessage({ type: "brt:embed:theme", theme: "dark", frame: "th" }, origin);
    }, new URL(base).origin);
    await expect.poll(() => th.evaluate(() => document.documentElement.dataset.theme), POLL).toBe("dark");
    await th.evaluate(() => window.postMessage({ type: "brt:embed:theme", theme: "light" }, "*"));
    await page.evaluate((origin) => {
      const f = document.getElementById("th") as HTMLIFrameElement;
      f.contentWindow!.postMessage({ type: "brt:embed:theme", theme: "purple" }, origin);
    }, new URL(base).origin);
    await page.waitForTimeout(300);
    expect(await th.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    // Compact: no table button and no source list to expand.
    expect(await th.getByRole("button", { name: "Show as table" }).count()).toBe(0);
    expect(await th.locator("details").count()).toBe(0);
    await page.locator("#th").screenshot({ path: path.join(SHOTS, "embed-options-compact.png") });

    // maxheight=300: embed.js sets the frame to 300 px; the rest of the list scrolls inside the frame.
    await expect.poll(async () => (await page.locator("#mh").boundingBox())?.height, POLL).toBe(300);
    await page.waitForTimeout(500); // later height reports (the list drawn in full) must not grow it
    expect((await page.locator("#mh").boundingBox())?.height).toBe(300);
    expect(await page.locator("#mh").getAttribute("height")).toBe("300");
    expect(await frameOf(page, "mh").evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(400);

    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("have no axe violations in plain and compact embeds, light and dark; the footer's links work by keyboard", async () => {
    // axe is injected as an inline script, which the embed's CSP rightly refuses: bypass it for this check only.
    const ctx = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 640, height: 900 },
      acceptDownloads: true,
    });
    for (const [option, theme] of [
      ["plain", "light"],
      ["plain", "dark"],
      ["compact", "light"],
      ["compact", "dark"],
    ]) {
      const page = await ctx.newPage();
      await page.goto(`${base}embed.html?widget=prisoners-trend&release=2026-12-06-r2&theme=${theme}&${option}=1`);
      await page.locator(".embed-root .widget svg").first().waitFor();
      expect(await axeViolations(page, { include: ".embed-root" }), `${option} ${theme}`).toEqual([]);
      if (option === "compact" && theme === "light") {
        // "Get the data" and "Download image" by keyboard alone, with a visible focus ring, in a real download.
        await page.getByRole("link", { name: /Open on the full dashboard/ }).focus();
        await page.keyboard.press("Tab");
        const focused = () =>
          page.evaluate(() => {
            const el = document.activeElement!;
            return `${el.textContent} ${getComputedStyle(el).outlineStyle} ${getComputedStyle(el).outlineWidth}`;
          });
        expect(await focused()).toBe("Get the data (CSV) solid 3px");
        const [csv] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
        expect(csv.suggestedFilename()).toBe("brt-prisoners-trend-2026-12-06-r2.csv");
        await page.keyboard.press("Tab");
        expect(await focused()).toBe("Download image (SVG) solid 3px");
        const [svg] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
        expect(svg.suggestedFilename()).toBe("brt-prisoners-trend-2026-12-06-r2.svg");
        expect(readFileSync((await svg.path())!, "utf8")).toContain("Political prisoners over time");
      }
      if (theme === "light")
        await page.screenshot({ path: path.join(SHOTS, `embed-options-${option}.png`), fullPage: true });
      await page.close();
    }
    await ctx.close();
  });
});

describe("Share dialog options", () => {
  it("put plain, transparent, compact and a height cap in the code, with the title in the embed's language", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = collectErrors(page);
    await page.goto(`${base}?release=2024-11-15`);
    const widget = page.locator('[data-widget="prisoners-trend"]');
    await widget.locator("svg").first().waitFor();
    const share = widget.getByRole("button", { name: /^Share/ });
    await share.click();
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    const code = dialog.getByLabel("Iframe code without a script (for sites that remove scripts)");
    expect(await code.inputValue()).toContain('title="Political prisoners over time — Belarus Repression Tracker"');

    await dialog.getByLabel("Language").selectOption("be");
    await expect
      .poll(() => code.inputValue(), POLL)
      .toContain('title="Колькасць палітвязняў у дынаміцы — Трэкер рэпрэсій у Беларусі"');
    // The dialog itself stays in the dashboard's language.
    expect(await dialog.locator("h2").textContent()).toContain("Share or embed");

    await dialog.getByRole("checkbox", { name: /^Plain/ }).check();
    await dialog.getByRole("checkbox", { name: /^Transparent background/ }).check();
    await dialog.getByRole("checkbox", { name: /^Compact/ }).check();
    await dialog.getByRole("spinbutton", { name: "Maximum height (px)" }).fill("150");
    const src = new URL((await code.inputValue()).match(/src="([^"]+)"/)![1]!.replace(/&amp;/g, "&"));
    expect(Object.fromEntries(src.searchParams)).toMatchObject({
      plain: "1",
      transparent: "1",
      compact: "1",
      maxheight: "200", // below the 200 px floor
      lang: "be",
    });
    // The preview is that embed: plain, so no title on screen.
    const preview = page.frames().find((f) => f.url().includes("frame=preview-") && f.url().includes("plain=1"));
    await expect.poll(() => page.frames().some((f) => f.url().includes("plain=1")), POLL).toBe(true);
    const plainPreview = preview ?? page.frames().find((f) => f.url().includes("plain=1"))!;
    await plainPreview.locator(".embed-plain-line").waitFor();
    expect(await onScreen(plainPreview.locator(".widget-head"))).toBe(false);
    await dialog.locator(".embed-look").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, "embed-options-dialog.png") });

    // Keyboard: the options are reached by Tab and toggled by Space; Esc closes and focus returns to Share.
    await dialog.getByRole("checkbox", { name: /^Compact/ }).focus();
    await page.keyboard.press("Space");
    expect(await code.inputValue()).not.toContain("compact=1");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("type"))).toBe("number");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog").count(), POLL).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toMatch(/^Share/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
