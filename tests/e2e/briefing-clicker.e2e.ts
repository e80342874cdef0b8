/**
 * Briefing mode with a clicker on the built site (the preact/compat runtime: its events and focus are the
 * browser's, not jsdom's): keys from a Cyrillic layout, the focus after a mouse click on the toolbar, the
 * presenter view in a second window kept in step with the audience's, and the handout's QR codes.
 */
import jsQR from "jsqr";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations, WCAG_AA } from "./axe";
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

async function open(path: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const errors = collectErrors(page);
  await blockExternal(page);
  await page.goto(base + path);
  return { page, errors };
}

const counter = (page: Page) => page.locator(".slide-counter");
const blanked = (page: Page) => page.locator(".briefing").getAttribute("data-blank");
async function waitForSlide(page: Page, text: string) {
  await expect.poll(() => counter(page).textContent()).toBe(text);
}

/** A key as the browser gets it from a Russian or Belarusian keyboard layout: the character, and where it is. */
async function pressOnLayout(page: Page, key: string, code: string, keyCode: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Input.dispatchKeyEvent", { type: "keyDown", key, code, text: key, windowsVirtualKeyCode: keyCode });
  await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key, code, windowsVirtualKeyCode: keyCode });
  await cdp.detach();
}

describe("briefing with a clicker", () => {
  it("after a mouse click on 'Blank screen', Space brings the picture back and the next Space turns the page", async () => {
    const { page, errors } = await open("?release=2024-11-15&panel=briefing");
    await waitForSlide(page, "1 / 8");
    await page.getByRole("button", { name: "Blank screen" }).click();
    await expect.poll(() => blanked(page)).toBe("true");
    await page.keyboard.press("Space");
    await expect.poll(() => blanked(page)).toBe("false");
    await page.keyboard.press("Space");
    await waitForSlide(page, "2 / 8");
    expect(await blanked(page)).toBe("false");
    // The same after "Next" clicked with the mouse: the clicker's Space turns the page, it does not press "Next".
    await page.getByRole("button", { name: /Next/ }).click();
    await waitForSlide(page, "3 / 8");
    await page.keyboard.press("Shift+Space");
    await waitForSlide(page, "2 / 8");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("blanks with B and '.' of a Cyrillic layout (и, ю) and goes full screen with its F (а)", async () => {
    const { page, errors } = await open("?release=2024-11-15&panel=briefing&lang=ru");
    await waitForSlide(page, "1 / 8");
    await pressOnLayout(page, "и", "KeyB", 66);
    await expect.poll(() => blanked(page)).toBe("true");
    await pressOnLayout(page, "и", "KeyB", 66);
    await expect.poll(() => blanked(page)).toBe("false");
    await pressOnLayout(page, "ю", "Period", 190);
    await expect.poll(() => blanked(page)).toBe("true");
    await page.keyboard.press("ArrowRight"); // brings the picture back, and only that
    await expect.poll(() => blanked(page)).toBe("false");
    await waitForSlide(page, "1 / 8");
    await pressOnLayout(page, "а", "KeyF", 70);
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.className ?? null)).toBe("briefing");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the focus in the range fields after 'Reset range'", async () => {
    const { page, errors } = await open("?release=2024-11-15&from=2024-01-01&to=2024-06-30");
    const reset = page.getByRole("button", { name: "Reset range" });
    await reset.click();
    await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get("from"))).toBeNull();
    expect(await reset.isDisabled()).toBe(true);
    const focusedLabel = () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim());
    expect(await focusedLabel()).toBe("From");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("opens a presenter view in a second window that moves with the audience's, both ways", async () => {
    const { page, errors } = await open("?release=2024-11-15&panel=briefing");
    await waitForSlide(page, "1 / 8");
    const [presenter] = await Promise.all([
      page.waitForEvent("popup"),
      page.getByRole("button", { name: "Presenter view" }).click(),
    ]);
    const presenterErrors = collectErrors(presenter);
    await presenter.setViewportSize({ width: 1280, height: 720 });
    const side = presenter.getByRole("complementary", { name: "Presenter view" });
    await side.waitFor();
    expect(new URL(presenter.url()).hash).toBe("#presenter");
    await waitForSlide(presenter, "1 / 8");
    expect(await presenter.locator(".presenter-number").textContent()).toBe("Slide 1 of 8");
    // The notes come with the slide's release, which the presenter window loads itself.
    await expect
      .poll(() => presenter.locator(".presenter-notes p").textContent())
      .toBe("The situation in numbers. Release 2024-11-15, data as of 15 November 2024.");
    expect(await presenter.locator("#presenter-next-title").textContent()).toBe("Next slide: Key figures");
    expect(await presenter.getByRole("timer", { name: "Elapsed time" }).textContent()).toMatch(/^0:0\d$/);
    // No "Presenter view" button in the presenter's own window, and no black overlay.
    expect(await presenter.getByRole("button", { name: "Presenter view" }).count()).toBe(0);

    // A key in the presenter's window moves the audience's; the notes are the slide's summary sentence.
    await presenter.keyboard.press("ArrowRight");
    await waitForSlide(presenter, "2 / 8");
    await waitForSlide(page, "2 / 8");
    const summary = await page.locator(".briefing-stage .slide-summary").textContent();
    expect(summary?.length).toBeGreaterThan(20);
    expect(await presenter.locator(".presenter-notes p").textContent()).toBe(summary);
    expect(await presenter.locator("#presenter-next-title").textContent()).toBe(
      "Next slide: Political prisoners over time",
    );
    await screenshot(presenter, "briefing-presenter");
    expect(await axeViolations(presenter, { tags: WCAG_AA })).toEqual([]);

    // … and the audience's keys move the presenter's.
    await page.keyboard.press("PageDown");
    await waitForSlide(page, "3 / 8");
    await waitForSlide(presenter, "3 / 8");
    expect(await presenter.locator(".presenter-notes p").textContent()).toBe(
      await page.locator(".briefing-stage .slide-summary").textContent(),
    );

    // B in the presenter's window blacks out the audience's; any key there brings both back.
    await presenter.keyboard.press("b");
    await expect.poll(() => blanked(page)).toBe("true");
    await presenter.getByText("The audience screen is black.", { exact: false }).waitFor();
    expect(await presenter.locator(".briefing-blank").count()).toBe(0);
    await page.keyboard.press("Space");
    await expect.poll(() => blanked(page)).toBe("false");
    await expect.poll(() => blanked(presenter)).toBe("false");
    await waitForSlide(presenter, "3 / 8");
    expect(errors).toEqual([]);
    expect(presenterErrors).toEqual([]);
    await presenter.close();
    await page.close();
  });

  it("prints on each handout page a QR code that reads as the short link to the slide's live, pinned view", async () => {
    const deck = "v1,pardon-timeline@2024-11-15~2024-07-01~2024-12-31~en";
    const { page, errors } = await open(`?release=2024-11-15&panel=briefing&deck=${deck}`);
    await waitForSlide(page, "1 / 3");
    await page.emulateMedia({ media: "print" });
    const qrs = page.locator(".handout-page .handout-qr");
    await expect.poll(() => qrs.count()).toBe(3);
    const origin = await page.evaluate(() => location.origin + location.pathname);
    const live = `${origin}?release=2024-11-15&from=2024-07-01&to=2024-12-31#pardon-timeline`;
    const link = page.locator(".handout-page").nth(1).locator(".handout-link a");
    expect(await link.getAttribute("href")).toBe(live);
    expect(await link.textContent()).toBe(live.replace(/^https:\/\//, ""));
    expect(await qrs.nth(1).getAttribute("aria-label")).toBe(`QR code of the link ${live}`);

    // The code as printed (the SVG drawn by the browser), read by an independent decoder.
    const { width, height, pixels } = await qrs.nth(1).evaluate(async (svg) => {
      const img = new Image();
      const xml = new XMLSerializer().serializeToString(svg);
      img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(xml);
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = canvas.height = 400;
      const g = canvas.getContext("2d")!;
      g.drawImage(img, 0, 0, 400, 400);
      return { width: 400, height: 400, pixels: Array.from(g.getImageData(0, 0, 400, 400).data) };
    });
    expect(jsQR(Uint8ClampedArray.from(pixels), width, height)?.data).toBe(live);
    await screenshot(page, "briefing-print-qr");

    // The link opens the dashboard on that release and range.
    await page.emulateMedia({ media: "screen" });
    await page.goto(live);
    await page.locator("#pardon-timeline").waitFor();
    expect(await page.locator(".range-status").first().textContent()).toBe("Showing 1 July 2024 – 31 December 2024.");
    expect(errors).toEqual([]);
    await page.close();
  });
});
