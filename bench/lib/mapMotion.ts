/**
 * Map motion: how smoothly the detention map pans and zooms. Loads the map embed in a fresh context,
 * waits until its symbols are drawn (DOM markers at the real size, the symbol canvas at stress size),
 * then makes 20 gestures the way a reader does, with the mouse:
 *
 * - 5 drag pans at the first view, 5 zooms in (the map's + button), 5 drag pans zoomed in, 5 zooms out (−).
 * - A drag is a press, 8 moves over about 130 ms, a pause of 80 ms holding the button, then the release:
 *   a placed map, not a flick (Leaflet's inertia would move it on for up to a second; after the pause it
 *   does not), so the map repaints right after the release.
 *
 * For each gesture the page records every requestAnimationFrame time and every long task (Long Tasks
 * API, main-thread tasks over 50 ms). The gesture's window runs from its first input event (mousedown)
 * to the next gesture's first input, with at least 600 ms of page time after its last input (a zoom
 * animates for 250 ms, then the map repaints) and no repaint of the symbol canvas still in progress.
 *
 * "Longest frame" per gesture is the largest interval between two consecutive animation frames whose
 * later frame falls in that window: the longest the reader saw a frozen map during the gesture and the
 * repaint at its end (about 16.7 ms when nothing is dropped at 60 Hz; a 400 ms repaint shows as a
 * frame of 400 ms or more). "Long tasks" is the total time of long tasks that started in the window.
 * "Picture complete" is, where the symbol canvas spreads a repaint over several frames (it sets
 * `data-painting` meanwhile and shows the previous picture moved and scaled), the time from the release
 * to the new picture.
 */
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors } from "../../tests/e2e/browser.ts";
import { sleep } from "./stats.ts";

export type GestureKind = "pan" | "zoom";

export interface GestureSample {
  kind: GestureKind;
  /** Longest interval between consecutive animation frames in the gesture's window, ms. */
  longestFrameMs: number;
  /** Total duration of long tasks (over 50 ms) that started in the window, ms. */
  longTaskMs: number;
  /** Animation frames in the window. */
  frames: number;
  /**
   * From the release (mouseup) to the moment the new picture was complete, when the symbol canvas
   * painted it over several frames (`data-painting` on the canvas); null when it was painted at once.
   * For a zoom this includes the 250 ms zoom animation.
   */
  completeMs: number | null;
}

export interface MapMotionResult {
  /** How the map drew its symbols: "canvas" (dense), "markers", or null when it never drew. */
  renderer: "canvas" | "markers" | null;
  samples: GestureSample[];
  error: string | null;
  errors: string[];
}

export interface MapMotionSpec {
  url: string;
  viewport: { width: number; height: number };
  timeoutMs: number;
}

/** Page time after a gesture's last input before the next gesture starts. */
const SETTLE_MS = 600;

interface Recorder {
  frames: number[];
  longTasks: { start: number; duration: number }[];
  /** mousedown times: each starts a gesture. */
  inputs: number[];
  /** mouseup times: the last one in a gesture ends it. */
  releases: number[];
  /** When the symbol canvas finished a repaint spread over frames (`data-painting` removed). */
  painted: number[];
}

declare global {
  interface Window {
    __motion?: Recorder;
  }
}

/** Starts the frame and long-task recorders in the page; mousedown timestamps mark gesture starts. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec: Recorder = { frames: [], longTasks: [], inputs: [], releases: [], painted: [] };
    window.__motion = rec;
    const tick = (t: number) => {
      rec.frames.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) rec.longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: "longtask" });
    } catch {
      // No Long Tasks API: the frames still tell.
    }
    addEventListener("mousedown", (e) => rec.inputs.push(e.timeStamp), { capture: true });
    addEventListener("mouseup", (e) => rec.releases.push(e.timeStamp), { capture: true });
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as Element;
        if (r.oldValue !== null && !el.hasAttribute("data-painting")) rec.painted.push(performance.now());
      }
    }).observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ["data-painting"],
      attributeOldValue: true,
    });
  });
}

/**
 * Resolves in the page once `ms` of page time has passed since the last input, no repaint is in progress
 * (`data-painting`, at most 5 s) and two frames were drawn.
 * Returns where the map is then: its pane's offset and the zoom proxy's transform (Leaflet sets both as
 * the map moves), so a gesture that did not move the map is caught.
 */
async function settle(page: Page, ms: number): Promise<string> {
  return page.evaluate(async (quiet) => {
    const rec = window.__motion!;
    const last = () => rec.inputs[rec.inputs.length - 1] ?? 0;
    const busy = () => !!document.querySelector("[data-painting]") && performance.now() - last() < 5000;
    while (performance.now() - last() < quiet || busy()) {
      await new Promise((resolve) => setTimeout(resolve, Math.max(10, quiet - (performance.now() - last()))));
    }
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const pane = document.querySelector<HTMLElement>(".leaflet-map-pane");
    const proxy = document.querySelector<HTMLElement>(".leaflet-proxy");
    return `${pane?.style.transform ?? ""} | ${proxy?.style.transform ?? ""}`;
  }, ms);
}

async function drag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + (by.x * i) / steps, from.y + (by.y * i) / steps);
    await sleep(16);
  }
  await sleep(80);
  await page.mouse.up();
}

/** Splits the recording into one sample per gesture (gesture i runs from its mousedown to the next one's). */
export function samplesOf(rec: Recorder, kinds: GestureKind[], end: number): GestureSample[] {
  const starts = rec.inputs;
  return kinds.map((kind, i) => {
    const t0 = starts[i] ?? Infinity;
    const t1 = starts[i + 1] ?? end;
    let longestFrameMs = 0;
    let frames = 0;
    for (let k = 1; k < rec.frames.length; k++) {
      const t = rec.frames[k]!;
      if (t <= t0 || t > t1) continue;
      frames++;
      longestFrameMs = Math.max(longestFrameMs, t - rec.frames[k - 1]!);
    }
    const longTaskMs = rec.longTasks
      .filter((x) => x.start >= t0 && x.start < t1)
      .reduce((sum, x) => sum + x.duration, 0);
    const released = Math.max(...rec.releases.filter((t) => t >= t0 && t < t1));
    const painted = rec.painted.filter((t) => t > t0 && t <= t1);
    const completeMs = painted.length && Number.isFinite(released) ? Math.max(...painted) - released : null;
    return { kind, longestFrameMs, longTaskMs, frames, completeMs };
  });
}

export async function measureMapMotion(browser: Browser, spec: MapMotionSpec): Promise<MapMotionResult> {
  const context = await browser.newContext({ viewport: spec.viewport });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await blockExternal(page);
  // tsx compiles the harness with keepNames, so functions it sends to page.evaluate call __name().
  await page.addInitScript("window.__name = window.__name || ((fn) => fn);");
  try {
    await page.goto(spec.url, { timeout: spec.timeoutMs });
    const map = '[data-widget="detention-map"] .leaflet-container';
    const drawn = await page.waitForFunction(
      (sel) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        if (el.querySelector("canvas.det-symbol-canvas")) return "canvas";
        return el.querySelectorAll(".det-icon").length >= 2 ? "markers" : null;
      },
      map,
      { timeout: spec.timeoutMs, polling: 100 },
    );
    const renderer = (await drawn.jsonValue()) as "canvas" | "markers";
    // Let the lazy chunks, fonts and the first paints finish before moving the map.
    await sleep(1000);
    await page.locator(map).scrollIntoViewIfNeeded();
    const box = await page.locator(map).boundingBox();
    if (!box) return { renderer, samples: [], error: "the map has no box on the page", errors };
    // The middle of the part of the map on screen (the embed's map can reach past the bottom edge).
    const vp = page.viewportSize() ?? spec.viewport;
    const bottom = Math.min(box.y + box.height, vp.height);
    const centre = { x: box.x + box.width / 2, y: (box.y + bottom) / 2 };
    const span = Math.min(box.width, bottom - box.y) / 4;
    const pans = [
      { x: span, y: span / 2 },
      { x: -span, y: -span / 2 },
      { x: -span / 2, y: span },
      { x: span / 2, y: -span },
      { x: span, y: 0 },
    ];
    const zoomIn = page.locator(`${map} .leaflet-control-zoom-in`);
    const zoomOut = page.locator(`${map} .leaflet-control-zoom-out`);
    const kinds: GestureKind[] = [];
    let stuck = 0;
    await startRecording(page);
    let view = await settle(page, 0);
    const gesture = async (kind: GestureKind, act: () => Promise<void>) => {
      kinds.push(kind);
      await act();
      const next = await settle(page, SETTLE_MS);
      if (next === view) stuck++;
      view = next;
    };
    for (const p of pans) await gesture("pan", () => drag(page, centre, p));
    for (let i = 0; i < 5; i++) await gesture("zoom", () => zoomIn.click());
    for (const p of pans) await gesture("pan", () => drag(page, centre, { x: -p.x, y: -p.y }));
    for (let i = 0; i < 5; i++) await gesture("zoom", () => zoomOut.click());
    const { rec, now } = await page.evaluate(() => ({ rec: window.__motion!, now: performance.now() }));
    if (rec.inputs.length !== kinds.length) {
      return {
        renderer,
        samples: [],
        error: `expected ${kinds.length} gestures, the page saw ${rec.inputs.length} presses`,
        errors,
      };
    }
    const error = stuck ? `${stuck} of ${kinds.length} gestures did not move the map` : null;
    return { renderer, samples: samplesOf(rec, kinds, now), error, errors };
  } catch (e) {
    return { renderer: null, samples: [], error: e instanceof Error ? e.message.split("\n")[0]! : String(e), errors };
  } finally {
    await context.close();
  }
}
