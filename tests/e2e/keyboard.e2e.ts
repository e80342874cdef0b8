/**
 * A keyboard-only reader: Tab from the top of the dashboard reaches the skip link first, then the header, the range
 * inputs and every widget's controls and marks, with a visible focus at every stop; each chart opens a tooltip or a
 * selection with Enter or the arrow keys and closes it with Esc; dialogs keep focus inside and give it back.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

let browser: Browser;
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectErrors(page);
  await blockExternal(page);
  await page.goto(base + query);
  // Attached, not visible: a widget far below the screen is not laid out (content-visibility: auto).
  // The live Leaflet map (not the still map drawn before its chunk arrives), once the page's background loads
  // (the other releases, for correction marks) are done: a clean-clone run once lost a selection made earlier.
  await page
    .locator('[data-widget="detention-map"] .leaflet-container .det-icon')
    .first()
    .waitFor({ state: "attached" });
  await page.locator('[data-widget="pardon-timeline"] g.stage').first().waitFor();
  await page.waitForLoadState("networkidle");
  return { page, errors };
}

interface Stop {
  /** What has focus: "widget-id tag.class role" (or the landmark outside widgets). */
  what: string;
  name: string;
  /** A focus indicator is drawn: an outline, a box shadow, or a ring stroked in the focus colour inside it. */
  visible: boolean;
}

/** Describes document.activeElement and whether its focus can be seen. */
function currentStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    if (!el || el === document.body) return null;
    // Focus inside an iframe (the Share dialog's live preview) is drawn by the embed's own styles.
    while (el instanceof HTMLIFrameElement && el.contentDocument?.activeElement !== el.contentDocument?.body) {
      el = el.contentDocument!.activeElement!;
    }
    const cs = el.ownerDocument.defaultView!.getComputedStyle(el);
    const outline = cs.outlineStyle !== "none" && parseFloat(cs.outlineWidth) > 0;
    const shadow = cs.boxShadow !== "none";
    // Map symbols draw their own ring (stroked in --focus) instead of an outline.
    const probe = document.createElement("span");
    probe.style.color = "var(--focus)";
    document.body.append(probe);
    const focusColour = getComputedStyle(probe).color;
    probe.remove();
    const ring = [...el.querySelectorAll("*")].some((n) => {
      const s = el.ownerDocument.defaultView!.getComputedStyle(n);
      return s.stroke === focusColour && s.display !== "none" && s.visibility !== "hidden" && s.opacity !== "0";
    });
    const widget =
      el.closest("[data-widget]")?.getAttribute("data-widget") ?? el.closest("header,main,footer")?.tagName;
    const cls = (el.getAttribute("class") ?? "").split(/\s+/).filter(Boolean)[0] ?? "";
    return {
      what: `${widget ?? "page"} ${el.tagName.toLowerCase()}${cls ? `.${cls}` : ""} ${el.getAttribute("role") ?? ""}`.trim(),
      name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60),
      visible: outline || shadow || ring,
    };
  });
}

describe("keyboard only", () => {
  it("reaches the skip link first, then every control and mark of the dashboard with a visible focus", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    await page.keyboard.press("Tab");
    const skip = await currentStop(page);
    expect(skip?.what).toBe("page a.skip-link");
    expect(skip?.visible).toBe(true);
    const skipBox = (await page.locator(".skip-link").boundingBox())!;
    expect(skipBox.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");

    // From the top again (without the #main the skip link added: a fragment moves where Tab starts), the whole
    // page, stop by stop, until focus leaves the document.
    await page.goto(page.url().replace(/#.*$/, ""));
    await page.locator('[data-widget="detention-map"] .det-icon').first().waitFor({ state: "attached" });
    const stops: Stop[] = [];
    for (let i = 0; i < 1500; i++) {
      await page.keyboard.press("Tab");
      const stop = await currentStop(page);
      if (!stop || (i > 0 && stop.what === "page a.skip-link")) break;
      stops.push(stop);
    }
    const hidden = stops.filter((s) => !s.visible).map((s) => `${s.what} "${s.name}"`);
    expect(hidden).toEqual([]);

    const seen = (pattern: RegExp) => stops.some((s) => pattern.test(s.what));
    const expected = [
      /^page a\.skip-link$/,
      /^HEADER a\b/,
      /^HEADER select/,
      /^MAIN input/, // the typed date range
      /^pardon-timeline g\.stage button$/,
      /^pardon-timeline g\.recognition button$/,
      /^prisoners-trend div\.trend-plot slider$/,
      /^treason-trend div\.trend-plot slider$/,
      /^detention-map input/, // category filters and place search
      /^detention-map div\.leaflet-marker-icon button$/,
      /^detention-map button\.row-select$/,
      /^deaths-in-custody g\.death-mark button$/,
      /^incommunicado div\.inc-bar button$/,
      /^people button\.table-toggle$/,
    ];
    for (const id of ["pardon-timeline", "prisoners-trend", "treason-trend", "detention-map", "deaths-in-custody"]) {
      expected.push(new RegExp(`^${id} button\\.table-toggle$`), new RegExp(`^${id} button\\.share-button$`));
    }
    expect(expected.filter((p) => !seen(p)).map(String)).toEqual([]);
    // Focus never fell back to the page between the first and the last widget.
    expect(stops.at(-1)?.what).not.toMatch(/^(MAIN|HEADER)/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("operates the pardon timeline: focus opens the tooltip, arrows move, Enter selects, Esc closes", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const widget = page.locator('[data-widget="pardon-timeline"]');
    await widget.locator("g.stage").first().focus();
    await widget.locator(".tooltip").waitFor();
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-stage"))).toBe("pardon-2024-08-16");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.url()).toContain("sel=pardon%3Apardon-2024-08-16");
    // Tab moves from the marks into the open tooltip's links, which stay reachable.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest(".tooltip"))).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => widget.locator(".tooltip").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps a focus-opened pardon tooltip open while Tab walks through its links", async () => {
    const { page } = await open("?release=2024-11-15");
    const widget = page.locator('[data-widget="pardon-timeline"]');
    await widget.locator("g.recognition").first().focus();
    await widget.locator(".tooltip").waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest(".tooltip") !== null)).toBe(true);
    expect(await widget.locator(".tooltip").count()).toBe(1);
    await page.close();
  });

  it("operates the trend plots with arrows, Home and End; Esc closes the tooltip", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const plot = page.locator('[data-widget="prisoners-trend"] .trend-plot');
    await plot.focus();
    await page.keyboard.press("End");
    await page.locator('[data-widget="prisoners-trend"] .trend-chart .tooltip').waitFor();
    const last = Number(await plot.getAttribute("aria-valuenow"));
    await page.keyboard.press("ArrowLeft");
    expect(Number(await plot.getAttribute("aria-valuenow"))).toBe(last - 1);
    expect(await plot.getAttribute("aria-valuetext")).toBeTruthy();
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator('[data-widget="prisoners-trend"] .trend-chart .tooltip').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("operates the map's symbols and its list: Enter opens the popup, arrows step, Esc closes", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const map = page.locator('[data-widget="detention-map"]');
    await map.locator(".det-icon").first().focus();
    await page.keyboard.press("ArrowRight");
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-event"));
    await page.keyboard.press("Enter");
    await map.locator(".leaflet-popup").waitFor();
    // The link follows the selection as the store's subscriber does, not in the same task as the popup.
    await expect.poll(() => page.url()).toContain(`sel=detention%3A${focused}`);
    await page.keyboard.press("Escape");
    await expect.poll(() => map.locator(".leaflet-popup").count()).toBe(0);

    const rowButtons = map.locator(".det-table tbody .row-select");
    await rowButtons.first().focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.closest("tr")?.rowIndex)).toBe(2);
    await page.keyboard.press("Enter");
    expect(await rowButtons.nth(1).getAttribute("aria-pressed")).toBe("true");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a person's card from the deaths and incommunicado charts; the card keeps focus and gives it back", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    for (const mark of [".death-mark", ".inc-bar"]) {
      const target = page.locator(mark).first();
      await target.focus();
      await page.locator(`:is([data-widget="deaths-in-custody"], [data-widget="incommunicado"]) .tooltip`).waitFor();
      await page.keyboard.press("Escape");
      await expect.poll(() => page.locator(".people-widget .tooltip, .deaths-strip .tooltip").count()).toBe(0);
      await page.keyboard.press("Enter");
      const dialog = page.getByRole("dialog");
      await dialog.waitFor();
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press(i % 5 === 4 ? "Shift+Tab" : "Tab");
        expect(
          await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]')),
          `${mark} tab ${i}`,
        ).toBe(true);
      }
      await page.keyboard.press("Escape");
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await page.evaluate((sel) => document.activeElement?.matches(sel), mark)).toBe(true);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps focus inside the Share dialog and returns it to the Share button", async () => {
    const { page, errors } = await open("?release=2024-11-15");
    const share = page.locator('[data-widget="treason-trend"] .share-button');
    await share.focus();
    await page.keyboard.press("Enter");
    const dialog = page.locator("dialog[open]");
    await dialog.waitFor();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press("Tab");
      const inside = await page.evaluate(() => !!document.activeElement?.closest("dialog[open]"));
      expect(inside, `tab ${i}`).toBe(true);
      const stop = await currentStop(page);
      expect(stop?.visible, `${stop?.what} "${stop?.name}"`).toBe(true);
    }
    // Esc from inside the live preview closes the dialog too (the frame's own page gets the key). The preview is
    // a tab stop once its embed is ready.
    await expect.poll(() => dialog.locator("iframe").getAttribute("tabindex"), { timeout: 20_000 }).toBeNull();
    const preview = page.frames().find((f) => f.url().includes("frame=preview-"))!;
    await preview.locator("a[href], button").first().focus();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("IFRAME");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("dialog[open]").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("share-button"))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
