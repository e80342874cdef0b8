/**
 * Slides sized from the stage, as a projector shows them: a deck with every kind of slide at 1920×1080,
 * 1366×768, 1280×720 and 1024×768. On every slide nothing spills out of the stage or the slide's body, no box
 * that clips or scrolls hides anything, the chart's bars and axis are drawn inside the slide and every list
 * entry is on screen; on 1920×1080 the chart's text, its legend and the lists are at least 24 px. Screenshots
 * go to test-results/screenshots/slides-<size>-<n>-<kind>.png for people to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshotPath } from "./screens";

let browser: Browser;
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every widget a deck can hold, framed by the title and the sources slides. */
const DECK =
  "v1,key-figures,prisoners-trend,pardon-timeline,detention-map,treason-trend,deaths-in-custody,incommunicado,people";
const KINDS = [
  "title",
  "key-figures",
  "prisoners-trend",
  "pardon-timeline",
  "detention-map",
  "treason-trend",
  "deaths-in-custody",
  "incommunicado",
  "people",
  "sources",
];
const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];
/** A chart's SVG is scaled by its box's whole-pixel width over its layout width: a few thousandths of a pixel off. */
const FONT_SLACK = 0.05;
/** Pixels of slack for rounding and anti-aliasing (no font's metrics are assumed anywhere). */
const SLACK = 2;

/** What a view must show on its slide: selectors of its marks, axis labels and list entries. */
const MUST_SHOW: Record<string, { selector: string; min: number }[]> = {
  "key-figures": [{ selector: ".key-figure", min: 4 }],
  "prisoners-trend": [
    { selector: ".trend-plot .x-axis text", min: 3 },
    { selector: ".trend-plot .trend-point", min: 10 },
    { selector: ".trend-legend .series-keys li", min: 3 },
  ],
  "pardon-timeline": [
    { selector: ".pardon-plot .stage-bar", min: 10 },
    { selector: ".pardon-plot .time-axis text", min: 2 },
    { selector: ".pardon-legend li", min: 4 },
  ],
  "detention-map": [
    { selector: ".det-map-canvas", min: 1 },
    { selector: ".det-legend li", min: 4 },
    { selector: ".det-unlocated-slide li", min: 4 },
  ],
  "treason-trend": [
    { selector: ".trend-plot .x-axis text", min: 3 },
    { selector: ".trend-legend .series-keys li", min: 1 },
  ],
  "deaths-in-custody": [
    { selector: ".deaths-strip .axis text", min: 3 },
    { selector: ".death-entry", min: 9 },
  ],
  incommunicado: [
    { selector: ".inc-axis text", min: 2 },
    { selector: ".inc-row", min: 10 },
  ],
  people: [{ selector: ".people-cards > li", min: 10 }],
};
/** Lists whose every entry must be on the slide (none left to a scroll box or cut off). */
const WHOLE_LISTS: Record<string, string> = {
  "deaths-in-custody": ".death-entry",
  incommunicado: ".inc-row",
  people: ".people-cards > li",
};

/** Text a reader at the back of the room must read: chart labels, legends, list entries (not swatch numerals). */
const READ_TEXT = [
  ".chart svg text",
  ".pardon-legend li",
  ".trend-legend li",
  ".people-legend li",
  ".det-legend li",
  ".det-unlocated-slide .unlocated-count",
  ".death-entry .person-link",
  ".inc-name",
  ".person-card .person-name",
  ".key-value",
  ".key-label",
].join(", ");

interface Check {
  font: string;
  /** Elements drawn outside the stage or outside the slide's body. */
  outside: string[];
  /** Boxes that clip or scroll with more content than room. */
  clipped: string[];
  /** Per MUST_SHOW selector: how many are on screen, inside the slide's body. */
  shown: Record<string, number>;
  /** Smallest text size a reader sees (CSS pixels, with zoom and SVG scaling), and where. */
  smallest: { size: number; what: string } | null;
}

async function settle(page: Page, kind: string) {
  await page.locator(".briefing-stage .slide-foot").waitFor();
  if (kind === "detention-map") await page.locator(".briefing-stage .det-unlocated-slide li").first().waitFor();
  if (kind === "pardon-timeline") await page.locator(".briefing-stage .pardon-plot .stage-bar").first().waitFor();
  if (kind.endsWith("trend")) await page.locator(".briefing-stage .trend-plot svg").waitFor();
  if (kind === "deaths-in-custody") await page.locator(".briefing-stage .death-entry").first().waitFor();
  if (kind === "incommunicado") await page.locator(".briefing-stage .inc-row").first().waitFor();
  if (kind === "people") await page.locator(".briefing-stage .people-cards > li").first().waitFor();
  // The slide steps its size until nothing spills over: wait until its layout stops changing.
  let last = "";
  await expect
    .poll(
      async () => {
        const now = await page.evaluate(() => {
          const slide = document.querySelector<HTMLElement>(".briefing-stage .slide");
          const body = slide?.querySelector(".slide-body");
          return `${slide?.style.cssText}|${body?.scrollHeight}|${body?.querySelectorAll("*").length}`;
        });
        const same = now === last;
        last = now;
        return same;
      },
      { timeout: 15_000, interval: 400 },
    )
    .toBe(true);
}

function check(page: Page, mustShow: string[]): Promise<Check> {
  return page.evaluate(
    ({ mustShow, slack, readText }) => {
      const stage = document.querySelector(".briefing-stage")!;
      const slide = stage.querySelector<HTMLElement>(".slide")!;
      const body = slide.querySelector(".slide-body")!;
      const s = stage.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 2).join(".")} "${(el.textContent ?? "").trim().slice(0, 30)}"`;
      // Leaflet moves tiles and panes beyond its own clipping box by design; hidden text is for screen readers.
      const skip = (el: Element) => !!el.closest(".leaflet-container, .visually-hidden, .tooltip");
      const visible = (el: Element) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        return r.width > 0 && r.height > 0 && cs.visibility !== "hidden" && cs.display !== "none";
      };
      const outside: string[] = [];
      for (const el of stage.querySelectorAll("*")) {
        if (skip(el) || !visible(el)) continue;
        const r = el.getBoundingClientRect();
        if (
          r.left < s.left - slack ||
          r.right > s.right + slack ||
          r.top < s.top - slack ||
          r.bottom > s.bottom + slack
        )
          outside.push(`stage: ${name(el)}`);
        else if (
          body.contains(el) &&
          (r.left < b.left - slack || r.right > b.right + slack || r.top < b.top - slack || r.bottom > b.bottom + slack)
        )
          outside.push(`body: ${name(el)} ${Math.round(r.bottom)} > ${Math.round(b.bottom)}`);
      }
      // A chart drawn taller than its box would run over its legend without leaving the slide.
      for (const el of body.querySelectorAll<HTMLElement>(".chart")) {
        if (el.scrollHeight > el.clientHeight + slack || el.scrollWidth > el.clientWidth + slack)
          outside.push(
            `chart box: ${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`,
          );
      }
      const clipped: string[] = [];
      for (const el of stage.querySelectorAll<HTMLElement>("*")) {
        if (skip(el) || !visible(el)) continue;
        const cs = getComputedStyle(el);
        const clips = [cs.overflowX, cs.overflowY].some((o) => o !== "visible");
        if (clips && (el.scrollHeight > el.clientHeight + slack || el.scrollWidth > el.clientWidth + slack))
          clipped.push(`${name(el)} ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
      const shown: Record<string, number> = {};
      for (const sel of mustShow) {
        shown[sel] = [...body.querySelectorAll(sel)].filter((el) => {
          if (!visible(el)) return false;
          const r = el.getBoundingClientRect();
          return (
            r.left >= b.left - slack &&
            r.right <= b.right + slack &&
            r.top >= b.top - slack &&
            r.bottom <= b.bottom + slack
          );
        }).length;
      }
      let smallest: Check["smallest"] = null;
      for (const el of body.querySelectorAll(readText)) {
        if (skip(el) || !visible(el) || !(el.textContent ?? "").trim()) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        // SVG text is scaled by its viewBox; HTML by CSS zoom.
        const scale =
          el instanceof SVGGraphicsElement
            ? (el.getScreenCTM()?.a ?? 1) * ((el as unknown as { currentCSSZoom?: number }).currentCSSZoom ?? 1)
            : ((el as unknown as { currentCSSZoom?: number }).currentCSSZoom ?? 1);
        const size = px * scale;
        if (!smallest || size < smallest.size) smallest = { size, what: name(el) };
      }
      return { font: slide.style.getPropertyValue("--slide-font"), outside, clipped, shown, smallest };
    },
    { mustShow, slack: SLACK, readText: READ_TEXT },
  );
}

describe("slides sized from the stage", () => {
  for (const size of SIZES) {
    it(`fits every slide on a ${size.width}×${size.height} stage${size.width === 1920 ? ", text at least 24 px" : ""}`, async () => {
      const page = await browser.newPage({ viewport: size });
      const errors = collectErrors(page);
      const blocked = await blockExternal(page);
      for (const [i, kind] of KINDS.entries()) {
        await page.goto(`${base}?panel=briefing&deck=${DECK}&slide=${i}`);
        await settle(page, kind);
        await page.screenshot({ path: screenshotPath(`slides-${size.width}x${size.height}-${i + 1}-${kind}`) });
        const must = MUST_SHOW[kind] ?? [];
        const c = await check(
          page,
          must.map((m) => m.selector),
        );
        const where = `${kind} at ${size.width}×${size.height}`;
        expect(c.outside, `${where}: drawn outside the stage or the slide`).toEqual([]);
        expect(c.clipped, `${where}: cut off by a clipping or scrolling box`).toEqual([]);
        for (const m of must)
          expect(c.shown[m.selector], `${where}: ${m.selector} on screen`).toBeGreaterThanOrEqual(m.min);
        if (size.width === 1920 && c.smallest) {
          expect(c.smallest.size, `${where}: smallest text (${c.smallest.what})`).toBeGreaterThanOrEqual(
            24 - FONT_SLACK,
          );
        }
        const list = WHOLE_LISTS[kind];
        if (list) {
          // Every name on the slide: as many on screen as the view lists.
          expect(c.shown[list], `${where}: every ${list} on screen`).toBe(
            await page.locator(`.briefing-stage ${list}`).count(),
          );
        }
        if (kind === "detention-map") {
          // The largest nationwide figure leads the list.
          const first = await page
            .locator(".briefing-stage .det-unlocated-slide .unlocated-count")
            .first()
            .textContent();
          expect(first).toBe("about 65,000");
        }
      }
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
      await page.close();
    });
  }

  it("adds the key figures to a deck from the dashboard, and their slide shows every card", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = collectErrors(page);
    await blockExternal(page);
    await page.goto(`${base}?release=2024-11-15`);
    const card = page.locator("section.key-figures");
    await card.getByRole("button", { name: /Add to my briefing/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("deck")).toBe("v1,key-figures@2024-11-15~~~en");
    await page.getByRole("button", { name: /Present my briefing \(1\)/ }).click();
    await page.locator(".briefing-stage .slide-title").waitFor();
    const url = new URL(page.url());
    url.searchParams.set("slide", "1");
    await page.goto(url.href);
    await settle(page, "key-figures");
    await page.screenshot({ path: screenshotPath("slides-1280x720-added-key-figures") });
    const c = await check(page, [".key-figure"]);
    expect(c.outside).toEqual([]);
    expect(c.clipped).toEqual([]);
    expect(c.shown[".key-figure"]).toBe(4);
    expect(await page.locator('.briefing-stage [data-key="prisoners"] .key-value').textContent()).toBe("1,275");
    expect(await page.locator('.briefing-stage [data-key="treason"] .key-value').textContent()).toBe("at least 88");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the slide's size while a tooltip is open over a chart", async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await blockExternal(page);
    await page.goto(`${base}?panel=briefing&deck=${DECK}&slide=3`);
    await settle(page, "pardon-timeline");
    const font = () => page.locator(".briefing-stage .slide").evaluate((el) => (el as HTMLElement).style.cssText);
    const before = await font();
    await page.locator(".briefing-stage .pardon-plot .stage-bar").last().hover();
    await page.locator(".briefing-stage .tooltip").waitFor();
    await page.waitForTimeout(500);
    expect(await font()).toBe(before);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(300);
    expect(await font()).toBe(before);
    await page.close();
  });
});
