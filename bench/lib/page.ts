/**
 * One page load in a fresh browser context (cold cache), measured: when each widget was drawn, which JS
 * and CSS files were requested, the peak JS heap, how long the data took to arrive, and optionally the
 * re-render time of a dragged time range.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { blockExternal, collectErrors } from "../../tests/e2e/browser.ts";
import { PROBE_SCRIPT, type ProbeState } from "./probe.ts";
import { sleep } from "./stats.ts";

export interface PageSpec {
  url: string;
  viewport: { width: number; height: number };
  /** Widget ids to wait for; null = every [data-widget] on the page (the dashboard). */
  expect: string[] | null;
  timeoutMs: number;
  /** Record requested files, waiting for the network to settle (sizes are measured once, not every run). */
  captureFiles?: boolean;
  /** After the first load, scroll this widget into view and record the files it pulls in. */
  scrollTo?: string;
  /** Time ranges to apply one by one (RangeControl inputs, else the URL), timing each re-render. */
  ranges?: { start: string; end: string }[];
}

export interface RerenderSample {
  ms: number;
  mutations: number;
  /** Mutations went on after the frame (deferred rendering): ms is then up to the last mutation. */
  deferred: boolean;
}

export interface PageResult {
  ready: Record<string, number>;
  /** First paint of prerendered copies (embeds), before the live widget. */
  painted: Record<string, number>;
  failed: Record<string, string>;
  seen: string[];
  pageError: string | null;
  timedOut: boolean;
  /** The main thread stayed busy past the time limit (a long task); the page was closed. */
  hung: boolean;
  /** Latest ready time among expected widgets (null unless all of them drew; on the dashboard, widgets that
   * failed or are not charts are left out and listed in `failed`). */
  allReady: number | null;
  /** When every expected widget was first on screen: its prerendered copy if one drew (the dashboard's
   * markup in index.html, an embed's first-paint script), else the live widget. Null like allReady. */
  allSeen: number | null;
  /** JS/CSS URLs requested until the page settled, and after scrolling. */
  files: { load: string[]; scroll: string[]; entry: string[] };
  heapPeakBytes: number | null;
  /** First data request start to last data response end (ms), from resource timing. */
  dataFetchMs: number | null;
  /** The page's first contentful paint (PerformancePaintTiming), ms since navigation start. */
  fcpMs: number | null;
  rerender: RerenderSample[];
  /** Single range changes, each after the range held still (drawn in full: what a drag's end costs too). */
  rerenderFull: RerenderSample[];
  /** How the ranges were applied: "RangeControl inputs" or "URL + popstate". */
  rerenderDriver: string | null;
  errors: string[];
}

declare global {
  interface Window {
    __bench: ProbeState;
    __benchDone: (expected: string[] | null) => boolean;
  }
}

/** Resolves to the value, or to `fallback` when the page's main thread is too busy to answer in time. */
async function guard<T>(promise: Promise<T>, ms: number, fallback: T): Promise<{ value: T; hung: boolean }> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ value: T; hung: boolean }>((resolve) => {
    timer = setTimeout(() => resolve({ value: fallback, hung: true }), ms);
  });
  const done = promise.then(
    (value) => ({ value, hung: false }),
    () => ({ value: fallback, hung: false }),
  );
  const result = await Promise.race([done, timeout]);
  clearTimeout(timer);
  return result;
}

async function heapSampler(cdp: CDPSession) {
  let peak = 0;
  let stopped = false;
  const sample = async () => {
    // A renderer busy in a long task answers late or never: do not wait for it.
    const { value } = await guard(cdp.send("Performance.getMetrics"), 1000, null);
    const used = value?.metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? 0;
    peak = Math.max(peak, used);
  };
  const loop = (async () => {
    while (!stopped) {
      await sample();
      await sleep(100);
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      await sample();
      return peak || null;
    },
  };
}

/** Waits until no JS/CSS request has started for `quietMs` (at most `maxMs`). */
async function settle(requests: string[], quietMs = 500, maxMs = 4000) {
  const start = Date.now();
  let seen = requests.length;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await sleep(100);
    if (requests.length !== seen) {
      seen = requests.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

/**
 * Applies each range the way a reader does: through the RangeControl date fields when the page has them
 * (a native value setter plus an `input` event, which React treats as the user's typing), otherwise through
 * the URL (`history.pushState` + `popstate`, which src/state/url.ts turns into a store update).
 */
async function dragRanges(
  page: Page,
  ranges: { start: string; end: string }[],
): Promise<{ driver: string; samples: RerenderSample[]; full: RerenderSample[] }> {
  return page.evaluate(async (list) => {
    const b = window.__bench;
    const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
    const inputs = [...document.querySelectorAll<HTMLInputElement>(".range-control input.range-date")];
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    const type = (input: HTMLInputElement, value: string) => {
      if (input.value === value) return;
      setter.call(input, value);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const apply =
      inputs.length >= 2
        ? (r: { start: string; end: string }) => {
            type(inputs[0]!, r.start);
            type(inputs[1]!, r.end);
          }
        : (r: { start: string; end: string }) => {
            const q = new URLSearchParams(location.search);
            q.set("from", r.start);
            q.set("to", r.end);
            history.pushState(null, "", `${location.pathname}?${q}${location.hash}`);
            dispatchEvent(new PopStateEvent("popstate"));
          };
    type Sample = { ms: number; mutations: number; deferred: boolean };
    const measure = async (r: { start: string; end: string }): Promise<Sample> => {
      await frame();
      const m0 = b.mutations;
      // Change the range at the start of a frame; a task posted from there runs after the frame's
      // style, layout and paint, so (task time − t0) is the main-thread cost of the change.
      const { t0, t1 } = await new Promise<{ t0: number; t1: number }>((resolve) =>
        requestAnimationFrame(() => {
          const t0 = performance.now();
          apply(r);
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve({ t0, t1: performance.now() });
          channel.port2.postMessage(0);
        }),
      );
      await frame();
      await frame();
      const deferred = b.lastMutation > t1;
      return { ms: (deferred ? b.lastMutation : t1) - t0, mutations: b.mutations - m0, deferred };
    };
    const samples: Sample[] = [];
    for (const r of list) samples.push(await measure(r));
    // Then single changes, each after the range has held still for longer than the app's settle time (250 ms):
    // the dashboard draws these in full, as it does where a drag stops.
    const full: Sample[] = [];
    const still = () => new Promise((resolve) => setTimeout(resolve, 600));
    for (let i = 0; i < 5; i++) {
      await still();
      full.push(await measure(list[Math.round(((list.length - 1) * i) / 4)]!));
    }
    return { driver: inputs.length >= 2 ? "RangeControl inputs" : "URL + popstate", samples, full };
  }, ranges);
}

const DEBUG = !!process.env.BENCH_DEBUG;
const t00 = Date.now();
const debug = (msg: string) => DEBUG && console.log(`  [${((Date.now() - t00) / 1000).toFixed(1)} s] ${msg}`);

export async function measurePage(browser: Browser, spec: PageSpec): Promise<PageResult> {
  debug(`open ${spec.url}`);
  const context = await browser.newContext({ viewport: spec.viewport });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await blockExternal(page);
  await page.addInitScript(PROBE_SCRIPT);
  const origin = new URL(spec.url).origin;
  const requests: string[] = [];
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.origin === origin && /\.(m?js|css)$/.test(u.pathname)) requests.push(u.origin + u.pathname);
  });
  // The probe also pushes its state to Node as it changes, so what drew is known even when the page then
  // hangs (a page stuck in a long task cannot answer page.evaluate).
  let pushed: ProbeState | null = null;
  await page.exposeFunction("__benchReport", (json: string) => {
    pushed = JSON.parse(json) as ProbeState;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  const heap = await heapSampler(cdp);

  let timedOut = false;
  let hung = false;
  let html = "";
  try {
    const response = await page.goto(spec.url, { waitUntil: "commit", timeout: spec.timeoutMs });
    html = (await response?.text().catch(() => "")) ?? "";
    // Playwright's own timeout cannot fire while the page is stuck in a long task: guard it from here.
    const waited = await guard(
      page.waitForFunction((expected) => window.__benchDone?.(expected), spec.expect, {
        timeout: spec.timeoutMs,
        polling: 50,
      }),
      spec.timeoutMs + 1000,
      null,
    );
    if (waited.hung) {
      hung = true;
      timedOut = true;
    }
  } catch (e) {
    if (!(e instanceof Error && e.name === "TimeoutError")) errors.push(String(e));
    timedOut = true;
  }
  debug("waited");
  const empty: ProbeState = {
    ready: {},
    painted: {},
    failed: {},
    seen: [],
    mutations: 0,
    lastMutation: 0,
    pageError: null,
  };
  const asked = hung
    ? { value: null, hung }
    : await guard(
        page.evaluate(() => window.__bench),
        3000,
        null as ProbeState | null,
      );
  hung ||= asked.hung;
  const state: ProbeState = asked.value ?? pushed ?? empty;

  // The dashboard counts as drawn when every widget on it that can draw has drawn (the others are listed as n/a).
  debug("state read");
  const expected = spec.expect ?? state.seen.filter((id) => !(id in state.failed));
  const times = expected.map((id) => state.ready[id]);
  const allReady = times.length && times.every((t) => t !== undefined) ? Math.max(...(times as number[])) : null;
  const seenTimes = expected.map((id) => state.painted[id] ?? state.ready[id]);
  const allSeen =
    allReady !== null && seenTimes.every((t) => t !== undefined) ? Math.max(...(seenTimes as number[])) : null;

  const files = { load: [] as string[], scroll: [] as string[], entry: [] as string[] };
  if (spec.captureFiles && !hung) {
    await settle(requests);
    files.load = [...new Set(requests)];
    // What the HTML itself asks for (Vite adds modulepreload links for lazy chunks at run time: not those).
    files.entry = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+\.(?:m?js|css))"/g)].map((m) => {
      const u = new URL(m[1]!, spec.url);
      return u.origin + u.pathname;
    });
    if (spec.scrollTo) {
      const before = requests.length;
      const scrolled = await guard(
        page.evaluate((id) => document.querySelector(`[data-widget="${id}"]`)?.scrollIntoView(), spec.scrollTo),
        3000,
        undefined,
      );
      hung ||= scrolled.hung;
      await settle(requests);
      files.scroll = [...new Set(requests.slice(before))].filter((u) => !files.load.includes(u));
    }
  }

  debug("files captured");
  const fetched = hung
    ? { value: null, hung }
    : await guard(
        page.evaluate(() => {
          const data = performance
            .getEntriesByType("resource")
            .filter((e) => /\/data\/.*\.json$/.test(new URL(e.name).pathname)) as PerformanceResourceTiming[];
          if (!data.length) return null;
          return Math.max(...data.map((e) => e.responseEnd)) - Math.min(...data.map((e) => e.startTime));
        }),
        3000,
        null as number | null,
      );
  hung ||= fetched.hung;
  const dataFetchMs = fetched.value;
  // The browser's own first contentful paint: the probe sees content enter the DOM; this is when pixels came.
  const painted = hung
    ? { value: null, hung }
    : await guard(
        page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null),
        3000,
        null as number | null,
      );
  hung ||= painted.hung;
  const fcpMs = painted.value;

  debug("data timing read");
  let rerender: RerenderSample[] = [];
  let rerenderFull: RerenderSample[] = [];
  let rerenderDriver: string | null = null;
  if (spec.ranges?.length && allReady !== null && !hung) {
    // The same view in every run (the first run scrolled to the map to see its chunk load): the range control
    // at the top of the screen and the charts under it, as a reader sees them while changing the range. Then
    // wait until the page has stopped changing (a release loading for correction marks redraws every widget),
    // so the drag is timed alone.
    const ready = await guard(
      page.evaluate(async () => {
        document.querySelector(".range-control")?.scrollIntoView({ block: "start" });
        const b = window.__bench;
        const t0 = performance.now();
        const pause = () => new Promise((resolve) => setTimeout(resolve, 100));
        while (performance.now() - b.lastMutation < 500 && performance.now() - t0 < 5000) await pause();
      }),
      8000,
      undefined,
    );
    hung ||= ready.hung;
  }
  if (spec.ranges?.length && allReady !== null && !hung) {
    const dragged = await guard(dragRanges(page, spec.ranges), 60_000, null);
    rerender = dragged.value?.samples ?? [];
    rerenderFull = dragged.value?.full ?? [];
    rerenderDriver = dragged.value?.driver ?? null;
    if (dragged.hung) errors.push("re-render: the page did not finish the drag within 60 s");
  }

  debug("dragged");
  const heapPeakBytes = await heap.stop();
  await context.close(); // also ends a renderer stuck in a long task
  debug("closed");
  return {
    ready: state.ready,
    painted: state.painted ?? {},
    failed: state.failed,
    seen: state.seen,
    pageError: state.pageError,
    timedOut,
    hung,
    allReady,
    allSeen,
    files,
    heapPeakBytes,
    dataFetchMs,
    fcpMs,
    rerender,
    rerenderFull,
    rerenderDriver,
    errors,
  };
}
