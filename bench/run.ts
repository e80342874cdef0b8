/**
 * `npm run bench`: builds the app and the peer pages, generates the stress release, serves both data
 * sets on 127.0.0.1 and measures, in real Chromium, bytes shipped, time to each chart drawn, time-range
 * re-render, map pan and zoom frames, data load and verification, and peak JS heap — ours side by side with the libraries a
 * newsroom developer would otherwise use. Prints Markdown tables, writes bench/results/latest.json and
 * bench/RESULTS.md, and exits 1 when a budget in bench/budgets.json is broken (2 when it cannot measure).
 *
 * BENCH_RUNS (default 5) page loads per measurement; BENCH_STRESS_RUNS (default 3) at stress size.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchBrowser } from "../tests/e2e/browser.ts";
import { serveStatic } from "../tests/e2e/server.ts";
import { writeStressRelease } from "../scripts/stress-release.ts";
import { APP_DIR, BENCH, PEERS, buildApp, buildPeers, ensureBenchDeps, makeTree } from "./lib/build.ts";
import { describeMachine } from "./lib/machine.ts";
import { measurePage, type PageResult, type PageSpec } from "./lib/page.ts";
import {
  COMPARISONS,
  REFERENCE,
  dragRanges,
  embedWidgetIds,
  releaseInfo,
  type ChartKind,
  type Dataset,
  type ReleaseInfo,
} from "./lib/plan.ts";
import { timeNodeLoad, type NodeLoad } from "./lib/node-load.ts";
import { measureMapMotion, type MapMotionResult } from "./lib/mapMotion.ts";
import { buildReport, withHistory, type BenchData, type BrowserLoad } from "./lib/report.ts";

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 5);
const STRESS_RUNS = Math.max(1, Number(process.env.BENCH_STRESS_RUNS) || Math.min(RUNS, 3));
const DRAG_STEPS = 24;
/** A page that has not drawn by then at stress size is reported n/a (and not loaded again in later runs). */
const REAL_TIMEOUT_MS = 30_000;
const STRESS_TIMEOUT_MS = 45_000;
const EMBED_VIEWPORT = { width: 800, height: 700 };
const DASHBOARD_VIEWPORT = { width: 1440, height: 900 };
const STRESS_DIR = path.join(BENCH, "stress-data");

interface Planned {
  key: string;
  dataset: Dataset;
  spec: PageSpec;
}

function plan(dataset: Dataset, base: string, info: ReleaseInfo, widgets: string[]): Planned[] {
  const timeoutMs = dataset === "real" ? REAL_TIMEOUT_MS : STRESS_TIMEOUT_MS;
  const pages: Planned[] = [
    {
      key: "dashboard",
      dataset,
      spec: {
        url: `${base}index.html`,
        viewport: DASHBOARD_VIEWPORT,
        expect: null,
        timeoutMs,
        captureFiles: dataset === "real",
        scrollTo: "detention-map",
        ranges: dragRanges(info, DRAG_STEPS),
      },
    },
    ...widgets.map((id) => ({
      key: `embed:${id}`,
      dataset,
      spec: {
        url: `${base}embed.html?widget=${id}&release=${info.id}`,
        viewport: EMBED_VIEWPORT,
        expect: [id],
        timeoutMs,
        captureFiles: dataset === "real",
      },
    })),
  ];
  const peerPages = new Set<string>();
  for (const [kind, c] of Object.entries(COMPARISONS) as [ChartKind, (typeof COMPARISONS)[ChartKind]][]) {
    for (const peer of c.peers) peerPages.add(`${peer}:${kind}`);
  }
  peerPages.add(`${REFERENCE.peer}:${REFERENCE.kind}`);
  for (const p of peerPages) {
    const [peer, kind] = p.split(":");
    pages.push({
      key: `peer:${p}`,
      dataset,
      spec: {
        url: `${base}peers/${peer}.html?chart=${kind}`,
        viewport: EMBED_VIEWPORT,
        expect: ["peer"],
        timeoutMs,
        captureFiles: dataset === "real",
      },
    });
  }
  return pages;
}

async function browserLoad(browser: Browser, base: string): Promise<{ cold: number; warm: number[] } | string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}probes/loader.html`);
    await page.waitForFunction(() => (window as { __loader?: unknown }).__loader, null, { timeout: 120_000 });
    const r = (await page.evaluate(() => (window as { __loader?: unknown }).__loader)) as
      { cold: number; warm: number[] } | { error: string };
    return "error" in r ? r.error : r;
  } catch (e) {
    return String(e);
  } finally {
    await context.close();
  }
}

async function main() {
  const started = Date.now();
  ensureBenchDeps();
  buildApp();
  await buildPeers();
  console.log("bench: generating the stress release …");
  const stress = await writeStressRelease({ outDir: STRESS_DIR, points: 100_000, events: 10_000 });
  const trees: Record<Dataset, string> = { real: makeTree("real"), stress: makeTree("stress", STRESS_DIR) };
  const infos: Record<Dataset, ReleaseInfo> = {
    real: releaseInfo(path.join(APP_DIR, "data")),
    stress: releaseInfo(STRESS_DIR),
  };

  console.log("bench: timing loadRelease in Node …");
  const nodeLoad: Record<Dataset, NodeLoad> = {
    real: await timeNodeLoad(path.join(APP_DIR, "data"), 20),
    stress: await timeNodeLoad(STRESS_DIR, STRESS_RUNS),
  };

  const servers = { real: await serveStatic(trees.real), stress: await serveStatic(trees.stress) };
  const browser = await launchBrowser();
  const machine = await describeMachine(browser);
  const widgets = embedWidgetIds();
  const planned = [
    ...plan("real", servers.real.url, infos.real, widgets),
    ...plan("stress", servers.stress.url, infos.stress, widgets),
  ];
  const results: Record<string, PageResult[]> = {};
  const browserLoads: Record<Dataset, BrowserLoad> = {
    real: { cold: [], warm: [], error: null },
    stress: { cold: [], warm: [], error: null },
  };
  const motion: Record<Dataset, MapMotionResult[]> = { real: [], stress: [] };
  /** Pages that cannot draw (n/a, error, timeout) are not loaded again in later runs. */
  const skip = new Set<string>();

  try {
    for (let run = 1; run <= RUNS; run++) {
      for (const dataset of ["real", "stress"] as Dataset[]) {
        if (dataset === "stress" && run > STRESS_RUNS) continue;
        process.stdout.write(`bench: run ${run}/${RUNS} ${dataset} `);
        for (const p of planned.filter((x) => x.dataset === dataset)) {
          const id = `${dataset}|${p.key}`;
          if (skip.has(id)) continue;
          const spec = run === 1 ? p.spec : { ...p.spec, captureFiles: false };
          const r = await measurePage(browser, spec);
          (results[id] ??= []).push(r);
          const broken = r.timedOut || r.pageError || (p.spec.expect ?? []).some((w) => w in r.failed);
          if (broken) skip.add(id);
          process.stdout.write(broken ? "x" : ".");
        }
        // Map motion (bench/lib/mapMotion.ts): as many runs as at stress size, for both data sets.
        if (run <= STRESS_RUNS && !skip.has(`${dataset}|embed:detention-map`)) {
          const m = await measureMapMotion(browser, {
            url: `${servers[dataset].url}embed.html?widget=detention-map&release=${infos[dataset].id}`,
            viewport: EMBED_VIEWPORT,
            timeoutMs: dataset === "real" ? REAL_TIMEOUT_MS : STRESS_TIMEOUT_MS,
          });
          motion[dataset].push(m);
          process.stdout.write(m.error ? "x" : "m");
        }
        const load = await browserLoad(browser, servers[dataset].url);
        if (typeof load === "string") browserLoads[dataset].error = load;
        else {
          browserLoads[dataset].cold.push(load.cold);
          browserLoads[dataset].warm.push(...load.warm);
        }
        process.stdout.write("\n");
      }
    }
  } finally {
    await browser.close();
    await servers.real.close();
    await servers.stress.close();
  }

  const data: BenchData = {
    date: new Date().toISOString(),
    durationS: Math.round((Date.now() - started) / 1000),
    runs: RUNS,
    stressRuns: STRESS_RUNS,
    dragSteps: DRAG_STEPS,
    machine: { ...machine, loadAfter: (await import("node:os")).loadavg().map((l) => Number(l.toFixed(2))) },
    releases: { real: infos.real, stress: { ...infos.stress, bytes: stress.bytes } },
    widgets,
    peers: [...PEERS],
    results,
    nodeLoad,
    browserLoad: browserLoads,
    motion,
    trees,
    timeoutsS: { real: REAL_TIMEOUT_MS / 1000, stress: STRESS_TIMEOUT_MS / 1000 },
    budgets: JSON.parse(readFileSync(path.join(BENCH, "budgets.json"), "utf8")).budgets,
  };
  const report = buildReport(data);
  // Aligned tables read better in a terminal, and RESULTS.md must pass the repository's format check.
  const prettier = await import("prettier");
  const resultsPath = path.join(BENCH, "RESULTS.md");
  const options = { ...(await prettier.resolveConfig(resultsPath)), parser: "markdown" };
  console.log(`\n${await prettier.format(report.markdown, options)}`);
  mkdirSync(path.join(BENCH, "results"), { recursive: true });
  writeFileSync(
    path.join(BENCH, "results", "latest.json"),
    JSON.stringify({ ...data, summary: report.summary, budgetRows: report.budgetRows }, null, 2) + "\n",
  );
  // The History section at the end of RESULTS.md is written by hand and carried over to the new file.
  const previous = existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : null;
  writeFileSync(resultsPath, await prettier.format(withHistory(report.resultsFile, previous), options));
  console.log("bench: wrote bench/results/latest.json and bench/RESULTS.md");
  const failed = report.budgetRows.filter((b) => b.status === "over");
  if (failed.length) {
    console.error(`bench: ${failed.length} budget(s) broken: ${failed.map((b) => b.label).join("; ")}`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(`bench: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 2;
});
