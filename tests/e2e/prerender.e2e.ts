/**
 * Embeds paint before any script of the app runs: the build rendered each embed page's markup
 * (src/embed/prerender.tsx), src/embed/paint.ts puts it into #root, and the app hydrates it. The dashboard's
 * index.html holds its page for a URL without a view in #root itself (src/app/prerender.tsx), which the app hydrates
 * too. Here the app's JavaScript is blocked to see what a reader on a slow phone sees first; then allowed, to see the
 * same nodes become the live page.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { PROBE_SCRIPT, type ProbeState } from "../../bench/lib/probe";
import { screenshot } from "./screens";

const base = inject("baseUrl");
let browser: Browser;
const POLL = { timeout: 15_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface OpenOptions {
  width?: number;
  blockApp?: boolean;
  /** Install the benchmark's probe (window.__bench). */
  probe?: boolean;
  /** Called before the page loads (e.g. to hold back a chunk). */
  before?: (page: Page) => Promise<void>;
  /** The page: an embed (default) or the dashboard. */
  path?: "embed.html" | "index.html";
  /** What page.goto waits for ("load" unless given: "commit" for a page whose scripts are held back). */
  waitUntil?: "load" | "commit";
}

async function open(
  query: string,
  { width = 800, blockApp = false, probe = false, before, path = "embed.html", waitUntil = "load" }: OpenOptions = {},
) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  if (probe) await page.addInitScript(PROBE_SCRIPT);
  await before?.(page);
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  const aborted: string[] = [];
  if (blockApp) {
    // Every module of the app (entry, widget chunks, messages); the first-paint script is inline in embed.html.
    await page.route(/\/assets\/[^?]*\.js(\?|$)/, (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
  }
  await page.goto(`${base}${path}${query ? `?${query}` : ""}`, { waitUntil });
  return { page, errors, blocked, aborted };
}

const count = (page: Page, selector: string) => page.locator(selector).count();

/** The build's markup in embed.html's #root, not hydrated yet. */
const FRAGMENT = "#root[data-prerendered]";

/** The id of the newest release in the served manifest (what `latest` means). */
async function newestRelease(): Promise<string> {
  const manifest = (await (await fetch(`${base}data/manifest.json`)).json()) as { releases: { id: string }[] };
  return manifest.releases
    .map((r) => r.id)
    .sort()
    .at(-1)!;
}

describe("prerendered embeds", () => {
  it("show the chart with its title, figures and marks without any of the app's JavaScript", async () => {
    const { page, blocked, aborted } = await open("widget=prisoners-trend&lang=ru&theme=dark", { blockApp: true });
    const copy = page.locator(`${FRAGMENT} [data-widget="prisoners-trend"]`);
    await copy.waitFor(POLL);
    expect(aborted.length).toBeGreaterThan(0);
    // The app never ran: nothing drew #root but paint.ts, which says what the markup was drawn from.
    expect(await page.locator("#root").getAttribute("data-live")).toBeNull();
    expect(await page.locator("#root").getAttribute("data-prerendered")).toBe(await newestRelease());
    expect(await page.locator("#root").getAttribute("data-lang")).toBe("ru");
    expect(await copy.locator("h2").textContent()).toBe("Число политзаключённых в динамике");
    expect(await copy.locator(".as-of").textContent()).toMatch(
      new RegExp(`По состоянию на .* · Выпуск ${await newestRelease()}`),
    );
    expect(await copy.locator(".summary").textContent()).toMatch(/1\s140/);
    expect(await copy.locator("svg circle, svg path.segment").count()).toBeGreaterThan(20);
    // The head script set theme and language before the copy came in.
    expect(await page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.lang])).toEqual([
      "dark",
      "ru",
    ]);
    // The widget chunk's CSS came inline with the copy and is applied (trends.css lays the legend out as a
    // list without bullets), though no CSS file of the widget was asked for yet.
    expect(await copy.locator(".trend-legend .series-keys").evaluate((ul) => getComputedStyle(ul).listStyleType)).toBe(
      "none",
    );
    expect(await page.evaluate(() => document.head.querySelectorAll("style[data-href]").length)).toBeGreaterThan(0);
    // The live page's markup (no second copy anywhere), which takes no clicks until the app answers them.
    expect(await count(page, "#prerendered, [data-widget] [data-widget]")).toBe(0);
    expect(await page.locator("#root").evaluate((el) => getComputedStyle(el).pointerEvents)).toBe("none");
    expect(blocked).toEqual([]);
    await screenshot(page, "prerendered-trend-ru");
    await page.close();
  });

  it("show the key-figures card, and fit a 360 px phone without horizontal scroll", async () => {
    const { page } = await open("widget=key-figures&release=2024-11-15&lang=en", { blockApp: true });
    const copy = page.locator(`${FRAGMENT} [data-widget="key-figures"]`);
    await copy.waitFor(POLL);
    expect(await copy.locator('[data-key="prisoners"] .key-value').textContent()).toBe("1,275");
    expect(await copy.locator(".as-of").textContent()).toContain("Release 2024-11-15");
    await page.close();

    for (const widget of ["prisoners-trend", "pardon-timeline", "incommunicado"]) {
      const phone = await open(`widget=${widget}&lang=be`, { width: 360, blockApp: true });
      await phone.page.locator(`${FRAGMENT} [data-widget="${widget}"]`).waitFor(POLL);
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth), widget).toBeLessThanOrEqual(360);
      const svg = await phone.page.evaluate(() =>
        Math.max(0, ...[...document.querySelectorAll("#root svg")].map((s) => s.getBoundingClientRect().right)),
      );
      expect(svg, widget).toBeLessThanOrEqual(360);
      if (widget === "prisoners-trend") await screenshot(phone.page, "prerendered-trend-be-360");
      await phone.page.close();
    }
  });

  it("draw the map as a still picture in Leaflet's first view, which the benchmark counts as painted, not ready", async () => {
    // The benchmark's own probe, so this checks the rule it applies to the copy and to the live widget.
    const probe = async (page: Page) =>
      (await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench)) as ProbeState;
    const { page, blocked } = await open("widget=detention-map&lang=en", { blockApp: true, probe: true });
    const picture = page.locator(`${FRAGMENT} [data-widget="detention-map"] svg.static-map`);
    await picture.waitFor(POLL);
    expect(await picture.getAttribute("role")).toBe("img");
    expect(await picture.getAttribute("aria-label")).toBe("Map of detention events in Belarus");
    expect(await picture.locator("path.static-map-land").count()).toBe(1);
    expect(await picture.locator(".static-map-symbol").count()).toBeGreaterThan(10);
    expect(await picture.locator(".static-map-label.town").count()).toBeGreaterThan(5);
    // The picture fills its box: the outline spans most of it.
    const box = (await picture.boundingBox())!;
    const land = (await picture.locator("path.static-map-land").boundingBox())!;
    expect(land.width / box.width).toBeGreaterThan(0.8);
    const state = await probe(page);
    expect(Object.keys(state.painted)).toContain("detention-map");
    expect(state.ready).toEqual({});
    expect(blocked).toEqual([]);
    await screenshot(page, "prerendered-map-en");
    await page.close();

    // Live: the same picture while the Leaflet chunk loads (not "ready"), then Leaflet in its place.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const live = await open("widget=detention-map&lang=en", {
      probe: true,
      before: async (p) => {
        await p.route(/\/assets\/DetentionMap-[^/]*\.js/, async (route) => {
          await held;
          await route.continue();
        });
      },
    });
    // The live picture: hydrated (the fragment's attributes gone) and laid out at the frame's real width, which an
    // embed takes at once (the build drew it at 640 px and the frame is 800).
    await live.page.locator("#root:not([data-prerendered]) svg.static-map").waitFor(POLL);
    await live.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    expect(await live.page.locator("#root .static-map-symbol").count()).toBeGreaterThan(10);
    expect((await probe(live.page)).ready).toEqual({});
    const dots = await live.page.evaluate(() =>
      [...document.querySelectorAll("#root .static-map .town-dot")].map((el) => {
        const r = el.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }),
    );
    release();
    await live.page.locator("#root .leaflet-marker-pane .det-icon").first().waitFor(POLL);
    await expect.poll(async () => Object.keys((await probe(live.page)).ready), POLL).toContain("detention-map");
    expect(await live.page.locator("#root svg.static-map").count()).toBe(0);
    // Leaflet draws the towns where the picture had them (within a pixel or two of rounding).
    const leafletDots = await live.page.evaluate(() =>
      [...document.querySelectorAll("#root .leaflet-overlay-pane path.town-dot")].map((el) => {
        const r = el.getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      }),
    );
    expect(leafletDots.length).toBe(dots.length);
    for (const [x, y] of leafletDots) {
      expect(Math.min(...dots.map(([a, b]) => Math.hypot(a! - x!, b! - y!)))).toBeLessThan(2.5);
    }
    expect(live.errors).toEqual([]);
    await live.page.close();
  });

  it("become the live widget: the nodes paint.ts put in are the ones that answer", async () => {
    const { page, errors, blocked } = await open("widget=prisoners-trend&lang=ru", {
      before: async (p) => {
        // The chart's plot as it first came into #root, before any of the app's code ran.
        await p.addInitScript(() => {
          const w = window as unknown as { __firstPlot?: Element };
          new MutationObserver((_, observer) => {
            const plot = document.querySelector("#root[data-prerendered] .trend-plot");
            if (plot && !document.getElementById("root")!.hasAttribute("data-live")) {
              w.__firstPlot = plot;
              observer.disconnect();
            }
          }).observe(document, { subtree: true, childList: true, attributes: true });
        });
      },
    });
    await page.locator("#root[data-live]:not([data-prerendered])").waitFor(POLL);
    expect(await page.evaluate(() => (window as unknown as { __firstPlot?: Element }).__firstPlot?.isConnected)).toBe(
      true,
    );
    expect(
      await page.evaluate(
        () => (window as unknown as { __firstPlot?: Element }).__firstPlot === document.querySelector(".trend-plot"),
      ),
    ).toBe(true);
    expect(await count(page, "[data-widget]")).toBe(1);
    // The hydrated plot answers the keyboard: Home goes to the first date.
    const plot = page.locator("#root .trend-plot");
    expect(await plot.getAttribute("aria-valuenow")).not.toBe("0");
    await plot.focus();
    await page.keyboard.press("Home");
    await expect.poll(() => plot.getAttribute("aria-valuenow"), POLL).toBe("0");
    expect(await page.locator("#root h2").textContent()).toBe("Число политзаключённых в динамике");
    await expect.poll(() => count(page, "#root .trend svg circle"), POLL).toBeGreaterThan(20);
    // The live chart is interactive again: its plot takes focus.
    expect(await page.locator("#root .trend-plot").getAttribute("tabindex")).toBe("0");
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("start the live widget's data and chunk downloading with the page, and download each file once", async () => {
    const newest = await newestRelease();
    // Named in the URL, and `latest` (the fragment says which release it was drawn from).
    for (const release of [newest, null]) {
      const requests: { path: string; type: string }[] = [];
      const query = `widget=treason-trend&lang=en${release ? `&release=${release}` : ""}`;
      const { page, errors } = await open(query, {
        before: async (p) => {
          p.on("request", (r) => requests.push({ path: new URL(r.url()).pathname, type: r.resourceType() }));
        },
      });
      await page.locator('#root [data-widget="treason-trend"] .trend-plot').waitFor(POLL);
      await page.waitForLoadState("networkidle");
      const data = requests.map((r) => r.path).filter((p) => p.includes("/data/"));
      // The manifest and the newest release's bundle, asked for by the first-paint script's preloads and taken over by
      // the loader's fetch(): a preload the loader could not use would show up here as a second request.
      expect(data.map((p) => p.slice(p.indexOf("/data/"))).sort(), query).toEqual(
        ["/data/manifest.json", `/data/releases/${newest}/bundle.json`].sort(),
      );
      // The widget's chunk, preloaded by paint.ts, is taken over by the app's import: no module twice.
      const modules = requests.filter((r) => /\/assets\/.*\.js$/.test(r.path)).map((r) => r.path);
      expect(new Set(modules).size, query).toBe(modules.length);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("ask, before any of the app's JavaScript runs, for the release the copy was drawn from and the widget's chunk", async () => {
    const newest = await newestRelease();
    const data: string[] = [];
    const { page, aborted } = await open("widget=prisoners-trend&lang=en", {
      blockApp: true,
      before: async (p) => {
        p.on("request", (r) => {
          const path = new URL(r.url()).pathname;
          if (path.includes("/data/")) data.push(path.slice(path.indexOf("/data/")));
        });
      },
    });
    await page.locator(`${FRAGMENT} [data-widget="prisoners-trend"]`).waitFor(POLL);
    await page.waitForLoadState("networkidle");
    // No release in the URL: the fragment's hints name the newest, and only paint.ts could have asked.
    expect(data).toContain(`/data/releases/${newest}/bundle.json`);
    expect(data).toContain("/data/manifest.json");
    const chunks = aborted.map((url) => new URL(url).pathname);
    expect(chunks.some((p) => /\/assets\/widget-[\w-]+\.js$/.test(p))).toBe(true);
    // Every script the fragment's hints name (the widget's chunk and the chunks it imports) was asked for.
    const fragment = readFileSync(
      path.join(inject("distDir"), "embed-prerendered/latest/prisoners-trend.en.640.html"),
      "utf8",
    );
    const hinted = (JSON.parse(fragment.slice(fragment.indexOf("{"), fragment.indexOf("}-->") + 1)) as { js: string[] })
      .js;
    expect(hinted.length).toBeGreaterThan(1);
    for (const js of hinted) expect(chunks, js).toContain(`/${js}`);
    await page.close();
    // The map's widget imports Leaflet's chunk as it first renders: that is asked for early too.
    const map = await open("widget=detention-map&lang=en", { blockApp: true });
    await map.page.locator(`${FRAGMENT} [data-widget="detention-map"] svg.static-map`).waitFor(POLL);
    await map.page.waitForLoadState("networkidle");
    expect(map.aborted.some((url) => /\/assets\/DetentionMap-[\w-]+\.js$/.test(new URL(url).pathname))).toBe(true);
    await map.page.close();
  });

  it("show a progress bar, not a blank frame, while the markup is slow to come; the app then draws the chart", async () => {
    let releaseApp!: () => void;
    const appHeld = new Promise<void>((resolve) => (releaseApp = resolve));
    const { page, errors } = await open("widget=treason-trend&lang=en", {
      waitUntil: "commit",
      before: async (p) => {
        // The markup never comes; the app's modules wait until released.
        await p.route(/\/embed-prerendered\//, () => undefined);
        await p.route(/\/assets\/[^?]*\.js(\?|$)/, async (route) => {
          await appHeld;
          await route.continue();
        });
      },
    });
    const bar = () =>
      page.evaluate(() => {
        const after = getComputedStyle(document.getElementById("root")!, "::after");
        return { empty: !document.getElementById("root")!.firstChild, shown: after.visibility, height: after.height };
      });
    // Not at once (a quick load never shows it), but after half a second.
    await expect.poll(bar, POLL).toEqual({ empty: true, shown: "visible", height: "4px" });
    releaseApp();
    await page.locator('#root [data-widget="treason-trend"] .summary').waitFor(POLL);
    expect(await page.evaluate(() => document.documentElement.classList.contains("brt-waiting"))).toBe(false);
    expect((await bar()).empty).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("leave unknown widgets and releases to the app, as before", async () => {
    const { page, errors } = await open("widget=nope&lang=en", { blockApp: false });
    await page.locator(".error-panel").waitFor(POLL);
    expect(await count(page, "#root[data-prerendered]")).toBe(0);
    expect(await count(page, "[data-widget]")).toBe(0);
    const asked: string[] = [];
    const missing = await open("widget=key-figures&release=1999-01-01&lang=en", {
      blockApp: true,
      before: async (p) => {
        p.on("request", (r) => asked.push(new URL(r.url()).pathname));
      },
    });
    // No fragment for that release (404): #root stays empty for the app to draw, and the page waits for no fragment.
    await missing.page.waitForLoadState("networkidle");
    expect(await missing.page.locator("#root").innerHTML()).toBe("");
    expect(await missing.page.evaluate(() => document.documentElement.classList.contains("brt-fragment-pending"))).toBe(
      false,
    );
    // Nor does paint.ts guess at that release's bundle: only the manifest, which says what exists.
    expect(asked.filter((p) => p.includes("/data/")).map((p) => p.slice(p.indexOf("/data/")))).toEqual([
      "/data/manifest.json",
    ]);
    expect(errors.filter((e) => !/404/.test(e))).toEqual([]);
    await missing.page.close();
    await page.close();
  });
});

describe("the prerendered dashboard", () => {
  const dashboard = (query: string, options: OpenOptions = {}) => open(query, { ...options, path: "index.html" });
  /** Paths under data/ and embed-prerendered/ that the page itself asks for. */
  const watch = (list: string[]) => async (p: Page) => {
    p.on("request", (r) => {
      // The dashboard's own requests: not those of an embed preview the Share dialog opens in an iframe.
      if (r.frame() !== p.mainFrame()) return;
      const path = new URL(r.url()).pathname;
      const at = path.search(/\/(data|embed-prerendered)\//);
      if (at >= 0) list.push(path.slice(at));
    });
  };
  /** The app's mark of its first live commit (src/app/App.tsx). */
  const live = (page: Page) =>
    page.waitForFunction(() => performance.getEntriesByName("brt-live").length > 0, null, POLL);

  it("is in index.html's #root itself: every widget of the newest release, without any of the app's JavaScript", async () => {
    const newest = await newestRelease();
    const asked: string[] = [];
    const { page, aborted } = await dashboard("", {
      width: 1440,
      blockApp: true,
      before: async (p) => {
        await watch(asked)(p);
        // A slow phone: the parser stops more often, and each stop is a chance to render a frame.
        const cdp = await p.context().newCDPSession(p);
        await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
        // When the browser first rendered a frame, and how much of the page the parser had put in by then.
        await p.addInitScript(() => {
          const w = window as unknown as { __firstFrame?: { widgets: number; end: boolean } };
          requestAnimationFrame(() => {
            w.__firstFrame = {
              widgets: document.querySelectorAll("#root [data-widget]").length,
              end: !!document.getElementById("root-end"),
            };
          });
        });
      },
    });
    await page.locator('#root [data-widget="prisoners-trend"] svg circle').first().waitFor(POLL);
    // No frame shows part of the page: rendering waits until all of #root is parsed (its <link rel="expect">).
    expect(await page.evaluate(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame)).toEqual({
      widgets: 7,
      end: true,
    });
    expect(aborted.length).toBeGreaterThan(0);
    // The app never ran: the markup still waits to be hydrated, and there is no other copy of the page.
    expect(await page.locator("#root").getAttribute("data-prerendered")).toBe(newest);
    expect(await count(page, "#prerendered")).toBe(0);
    expect(await page.locator("#root").isVisible()).toBe(true);
    expect(await page.locator("#root h1").textContent()).toBe("Belarus Repression Tracker");
    expect(await page.locator("#root .key-value").first().textContent()).toBe("more than 1,140");
    expect(await page.locator("#root .widgets section.widget").count()).toBe(7);
    expect(await page.locator('#root [data-widget="detention-map"] svg.static-map').count()).toBe(1);
    expect(await page.locator('#root [data-widget="pardon-timeline"] .as-of').textContent()).toContain(
      `Release ${newest}`,
    );
    // Real markup, not a picture: the skip link is the first stop of Tab, as on the live page.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    // Nothing else to fetch for it; the release in it starts downloading before any of the app's code ran.
    await page.waitForLoadState("networkidle");
    expect(asked.filter((p) => p.startsWith("/embed-prerendered/"))).toEqual([]);
    expect(asked).toContain(`/data/releases/${newest}/bundle.json`);
    await screenshot(page, "dashboard-prerendered");
    await page.close();
  });

  it("becomes the live page in place: the same nodes, now answering clicks and keys, with nothing drawn twice", async () => {
    const newest = await newestRelease();
    const asked: string[] = [];
    const { page, errors, blocked } = await dashboard("", {
      width: 1440,
      probe: true,
      before: async (p) => {
        await watch(asked)(p);
        // Nodes of the markup as the parser put them in, before any of the app's code ran.
        await p.addInitScript(() => {
          document.addEventListener("DOMContentLoaded", () => {
            const w = window as unknown as { __before?: Element[] };
            w.__before = [
              document.querySelector("#root h1")!,
              document.querySelector('#root [data-widget="prisoners-trend"] .share-button')!,
              document.querySelector("#root .range-control input.range-date")!,
              document.querySelector('#root [data-widget="prisoners-trend"] svg')!,
              // The last widget on the page: the last to hydrate (one widget per task, src/app/hydrateInTurn.tsx).
              document.querySelector('#root [data-widget="people"] .share-button')!,
            ];
          });
        });
      },
    });
    await live(page);
    expect(await page.locator("#root").getAttribute("data-prerendered")).toBeNull();
    // Hydrated, not replaced: every node captured before the app ran is still the one on the page.
    expect(
      await page.evaluate(() =>
        (window as unknown as { __before: Element[] }).__before.map((el) => !!el && el.isConnected),
      ),
    ).toEqual([true, true, true, true, true]);
    expect(await count(page, "#prerendered")).toBe(0);
    expect(await count(page, "section.widget[data-widget]")).toBe(7);
    expect(await count(page, "h1")).toBe(1);
    // No id is on the page twice.
    const ids = await page.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    // The markup came first: the benchmark's probe saw it drawn before the live widget.
    const probe = await page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);
    expect(probe.painted["prisoners-trend"]).toBeLessThan(probe.ready["prisoners-trend"]!);

    // The captured Share button answers a click: its dialog opens.
    await page.evaluate(() => ((window as unknown as { __before: HTMLElement[] }).__before[1]!.id = "captured-share"));
    await page.locator("#captured-share").click();
    await page.getByRole("dialog").waitFor(POLL);
    await page.keyboard.press("Escape");
    await expect.poll(() => count(page, "[role=dialog]"), POLL).toBe(0);
    // Keyboard: the dialog gave the focus back to the captured button, and Tab goes on to the widget's next one;
    // the captured range field takes a range typed into it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("captured-share");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
      /^Add to my briefing: Political prisoners/,
    );
    const [start, end] = await page.locator("#root .range-control input.range-date").all();
    await start!.fill("2024-01-01");
    await end!.fill("2024-12-31");
    await end!.press("Tab");
    await expect.poll(() => new URL(page.url()).searchParams.get("from"), POLL).toBe("2024-01-01");
    expect(await page.evaluate(() => (window as unknown as { __before: Element[] }).__before[2]!.isConnected)).toBe(
      true,
    );
    // The last widget hydrated too: its captured Share button opens its dialog and takes the focus back.
    await page.evaluate(() => ((window as unknown as { __before: HTMLElement[] }).__before[4]!.id = "captured-last"));
    await page.locator("#captured-last").click();
    await page.getByRole("dialog").waitFor(POLL);
    await page.keyboard.press("Escape");
    await expect.poll(() => count(page, "[role=dialog]"), POLL).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("captured-last");
    // The map's Leaflet layer came in where its still picture was.
    await page.locator('#root [data-widget="detention-map"] .leaflet-container').waitFor(POLL);

    await page.waitForLoadState("networkidle");
    // The previous release is loaded too (correction marks), so only the newest one's data is counted: the
    // manifest and its bundle, each once, so the loader's fetch() took over index.html's preloads.
    expect(
      asked.filter((p) => p.startsWith(`/data/releases/${newest}/`) || p === "/data/manifest.json").sort(),
    ).toEqual(["/data/manifest.json", `/data/releases/${newest}/bundle.json`].sort());
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("never shows a Belarusian reader the English page: hidden until the app draws theirs", async () => {
    const asked: string[] = [];
    const still = await dashboard("lang=be&theme=dark", { width: 390, blockApp: true, before: watch(asked) });
    await still.page.waitForLoadState("networkidle");
    expect(await still.page.locator("#root").isHidden()).toBe(true);
    expect(
      await still.page.evaluate(() => [document.documentElement.dataset.theme, document.documentElement.lang]),
    ).toEqual(["dark", "be"]);
    expect(asked.filter((p) => p.startsWith("/embed-prerendered/"))).toEqual([]);
    await still.page.close();

    const { page, errors } = await dashboard("", {
      width: 390,
      before: async (p) => {
        await p.addInitScript(() => {
          // The browser asks for Belarusian; every frame, is English text on screen?
          Object.defineProperty(navigator, "languages", { get: () => ["be-BY", "be"] });
          const w = window as unknown as { __english: number };
          w.__english = 0;
          const frame = () => {
            const h1 = document.querySelector<HTMLElement>("#root h1");
            if (h1 && h1.getClientRects().length && h1.textContent === "Belarus Repression Tracker") w.__english++;
            requestAnimationFrame(frame);
          };
          requestAnimationFrame(frame);
        });
      },
    });
    await expect.poll(() => page.locator("#root h1").textContent(), POLL).toBe("Трэкер рэпрэсій у Беларусі");
    await page.locator('#root [data-widget="prisoners-trend"] svg circle').first().waitFor(POLL);
    expect(await page.evaluate(() => (window as unknown as { __english: number }).__english)).toBe(0);
    // Fits the phone: no horizontal scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, "dashboard-be-phone");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is hidden for any other view, which the app draws as before", async () => {
    for (const query of ["from=2024-01-01&to=2024-12-31", "panel=sources", "release=2024-11-15"]) {
      const still = await dashboard(query, { blockApp: true });
      await still.page.waitForLoadState("networkidle");
      expect(await still.page.locator("#root").isHidden(), query).toBe(true);
      await still.page.close();

      const { page, errors } = await dashboard(query);
      await page.locator("#root main").waitFor({ state: "visible", ...POLL });
      expect(await page.locator("#root").getAttribute("data-prerendered"), query).toBeNull();
      expect(await count(page, "h1"), query).toBe(1);
      expect(errors, query).toEqual([]);
      await page.close();
    }
  });
});
