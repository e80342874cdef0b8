/**
 * `npm run embed:heights [-- --dist <built site>] [--out <file>] [--release <id>]…`: measures in Chromium how
 * tall every embed is (every widget, published release and language) at container widths from 280 to 1280 px,
 * and writes src/embed/heights.json, from which the script-less iframe code takes its height per width band
 * (src/embed/embedCode.ts). Without --dist it builds the site into a temporary folder first.
 *
 * Each embed is opened as a page of the measured width (Playwright hides scrollbars in headless Chromium, so
 * the page is laid out at exactly that width), with the release pinned (an older release shows its "newer data"
 * notice, which counts). Once the app has hydrated the build's markup (or drawn the widget) and the height
 * stopped changing, the document's scrollHeight is read, the viewport resized to the next width, and so on.
 *
 * The file stores, per band, the tallest height measured anywhere inside the band (its upper edge included),
 * without margin: embedCode.ts adds HEIGHT_MARGIN for other fonts and Chromium versions.
 */
import { execSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { format, resolveConfig } from "prettier";
import { launchBrowser } from "../tests/e2e/browser.ts";
import { serveStatic } from "../tests/e2e/server.ts";
import { EMBED_WIDGET_IDS } from "../src/embed/lazyWidgets.ts";
import { BAND_STARTS, type EmbedHeights } from "../src/embed/heightBands.ts";
import { LANGS } from "../src/i18n/format.ts";
import { parseArgs } from "./lib/args.ts";
import { isDraft, readManifest, userPath } from "./lib/local-data.ts";

const root = path.resolve(import.meta.dirname, "..");
/** Every 40 px from 280 to 640 (phones to a typical article column), then wider steps: a band takes the tallest
 * point inside it, and a layout that grows with the width between two points (the map) gains at most ~40 px,
 * which HEIGHT_MARGIN covers. */
const WIDTHS = [280, 320, 360, 400, 440, 480, 520, 560, 600, 640, 720, 800, 880, 1000, 1280];

/** Waits until the live widget is on screen and the height has not changed for a few frames. */
async function settledHeight(page: Page): Promise<number> {
  await page.waitForFunction(
    () =>
      document.querySelector("#root[data-live]:not([data-prerendered])") &&
      !document.querySelector(".embed-root > .loading") &&
      document.querySelector(".embed-root .widget, .embed-root .error-panel"),
    undefined,
    { timeout: 30_000 },
  );
  // A string, not a function: tsx would wrap a function's inner helpers in its own __name(), unknown in the page.
  return page.evaluate<number>(`(async () => {
    let last = -1;
    let same = 0;
    for (let i = 0; i < 80 && same < 3; i++) {
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));
      const h = document.documentElement.scrollHeight;
      same = h === last ? same + 1 : 0;
      last = h;
    }
    return last;
  })()`);
}

async function main() {
  const { options, positional } = parseArgs(process.argv.slice(2), ["dist", "out", "release"]);
  if (positional.length) throw new Error(`unexpected argument ${positional[0]} (options: --dist, --out, --release)`);
  let dist = options.dist ? userPath(options.dist) : "";
  let tmp = "";
  if (!dist) {
    tmp = dist = mkdtempSync(path.join(os.tmpdir(), "embed-heights-"));
    execSync(`npx vite build --logLevel warn --outDir "${dist}" --emptyOutDir`, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
  }
  const manifest = readManifest(path.join(dist, "data"));
  const published = manifest.releases.filter((r) => !isDraft(r)).map((r) => r.id);
  const releases = options.release ? [options.release] : published;
  for (const id of releases) if (!published.includes(id)) throw new Error(`there is no published release "${id}"`);

  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const version = browser.version();
  /** widget → lang → release → width → height */
  const raw: Record<string, Record<string, Record<string, Record<number, number>>>> = {};
  try {
    // Three pages at a time: most of a measurement is waiting for the layout to settle.
    const jobs = EMBED_WIDGET_IDS.flatMap((widget) =>
      LANGS.flatMap((lang) => releases.map((release) => ({ widget, lang, release }))),
    );
    const worker = async () => {
      const page = await browser.newPage({ viewport: { width: WIDTHS[0]!, height: 600 } });
      for (let job = jobs.shift(); job; job = jobs.shift()) {
        const { widget, lang, release } = job;
        await page.setViewportSize({ width: WIDTHS[0]!, height: 600 });
        await page.goto(`${server.url}embed.html?widget=${widget}&release=${release}&lang=${lang}&theme=light`);
        // An older release's "newer data" notice arrives after the widget (it loads the newest release too).
        await page.waitForLoadState("networkidle");
        if (release !== published[0]) await page.locator(".embed-notice").waitFor({ timeout: 30_000 });
        const row: Record<number, number> = {};
        // The first width once more at the end, in case something still arrived while it was measured.
        for (const width of [...WIDTHS, WIDTHS[0]!]) {
          await page.setViewportSize({ width, height: 600 });
          const laidOut = await page.evaluate(() => document.documentElement.clientWidth);
          if (laidOut !== width) throw new Error(`${widget}: laid out at ${laidOut}px instead of ${width}px`);
          row[width] = Math.max(row[width] ?? 0, await settledHeight(page));
        }
        ((raw[widget] ??= {})[lang] ??= {})[release] = row;
        console.log(`${widget} ${lang} ${release}: ${WIDTHS.map((w) => `${w}→${row[w]}`).join(" ")}`);
      }
      await page.close();
    };
    await Promise.all([worker(), worker(), worker()]);
  } finally {
    await browser.close();
    await server.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }

  const bands = (rows: Record<number, number>[]): number[] =>
    BAND_STARTS.map((start, i) => {
      const end = BAND_STARTS[i + 1] ?? Infinity;
      // The band's own points and its upper edge: a height that grows with the width reaches it just below.
      const inBand = WIDTHS.filter((w) => w >= start && w <= end);
      return Math.max(...rows.flatMap((r) => inBand.map((w) => r[w]!)));
    });
  const result: EmbedHeights = {
    note: "Generated by `npm run embed:heights` (scripts/embed-heights.ts). Heights in CSS px without margin.",
    chromium: version,
    widths: WIDTHS,
    bandStarts: [...BAND_STARTS],
    all: {},
    releases: {},
  };
  for (const widget of EMBED_WIDGET_IDS) {
    for (const lang of LANGS) {
      const perRelease = raw[widget]![lang]!;
      (result.all[widget] ??= {})[lang] = bands(Object.values(perRelease));
      for (const release of releases)
        ((result.releases[release] ??= {})[widget] ??= {})[lang] = bands([perRelease[release]!]);
    }
  }
  const out = options.out ? userPath(options.out) : path.join(root, "src/embed/heights.json");
  // Formatted as `npm run format` would, so that a new measurement's diff shows only the heights that changed.
  writeFileSync(
    out,
    await format(JSON.stringify(result), {
      ...(await resolveConfig(path.join(root, "src/embed/heights.json"))),
      filepath: out,
    }),
  );
  console.log(`wrote ${path.relative(process.cwd(), out)} (${releases.length} releases, Chromium ${version})`);
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
