/**
 * `npm run bench:lighthouse`: an outside yardstick beside the bench's own numbers. Builds the app (or takes
 * `--dist <dir>`), serves it on 127.0.0.1 with gzip (bench/lib/gzipServer.ts) and runs Lighthouse 12.2.3
 * (performance only, its default mobile settings: simulated slow 4G and a 4× slower CPU) on the dashboard and
 * on every embed, `--runs N` times each (default 3), pages interleaved. Writes the medians to
 * bench/LIGHTHOUSE.md beside the aims of issue #21 (✅/❌). A yardstick, not a gate: it exits 0 whatever the
 * scores, and 1 only when Lighthouse itself failed on a page.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BENCH, ROOT, WORK } from "./lib/build.ts";
import { cpuModel } from "./lib/machine.ts";
import { serveGzip } from "./lib/gzipServer.ts";
import { stat } from "./lib/stats.ts";

/** The pinned version (bench/package.json); its numbers are only comparable with runs of the same version. */
const LIGHTHOUSE_VERSION = "12.2.3";
const EMBEDS = [
  "pardon-timeline",
  "prisoners-trend",
  "treason-trend",
  "deaths-in-custody",
  "key-figures",
  "detention-map",
];
const REPORTS = path.join(WORK, "lighthouse-reports");

/** The aims of issue #21 for each page: a score, and for the dashboard blocking time and time to interactive. */
interface Aim {
  score: number;
  tbtMs?: number;
  ttiMs?: number;
}
const DASHBOARD_AIM: Aim = { score: 95, tbtMs: 200, ttiMs: 2500 };
const EMBED_AIM: Aim = { score: 98 };

interface Page {
  name: string;
  path: string;
  aim: Aim;
}
const PAGES: Page[] = [
  { name: "dashboard", path: "index.html", aim: DASHBOARD_AIM },
  ...EMBEDS.map((id) => ({ name: `embed ${id}`, path: `embed.html?widget=${id}`, aim: EMBED_AIM })),
];

/** One Lighthouse run's figures (ms, score 0–100), or why it failed. */
interface Figures {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
  tti: number;
  si: number;
}
type RunResult = { ok: true; figures: Figures; userAgent: string } | { ok: false; error: string };

function args() {
  const argv = process.argv.slice(2);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(value("--runs") ?? 3);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs must be a whole number of at least 1, not "${value("--runs")}"`);
  const dist = value("--dist");
  return { runs, dist: dist ? path.resolve(dist) : null };
}

function chromePath(): string {
  for (const candidate of [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error("no Chromium found: set CHROME_PATH to a Chromium or Chrome binary (or install /usr/bin/chromium)");
}

/** Lighthouse is a bench-only dev dependency (bench/package.json): installed with the peers, never in the app. */
function ensureLighthouse(): string {
  const cli = path.join(BENCH, "node_modules", "lighthouse", "cli", "index.js");
  if (existsSync(cli)) return cli;
  console.log("bench:lighthouse: installing bench/ dependencies (npm ci) …");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: BENCH, stdio: "inherit" });
  if (r.status !== 0 || !existsSync(cli)) throw new Error("npm ci in bench/ failed: Lighthouse is not installed");
  return cli;
}

function build(): string {
  const out = path.join(WORK, "lighthouse");
  console.log("bench:lighthouse: building the app (vite build) …");
  const r = spawnSync("npx", ["vite", "build", "--outDir", out, "--emptyOutDir", "--logLevel", "warn"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  if (r.status !== 0)
    throw new Error("vite build failed: the app does not build right now, so there is nothing to measure");
  return out;
}

/** The parts of Lighthouse's JSON result (LHR) read here. */
interface Lhr {
  runtimeError?: { code: string; message: string };
  environment?: { hostUserAgent?: string };
  categories: { performance?: { score: number | null } };
  audits: Record<string, { numericValue?: number; errorMessage?: string }>;
}

/** Runs the CLI in a child process; asynchronously, since the server answering it runs in this process. */
async function runLighthouse(cli: string, chrome: string, url: string, out: string): Promise<RunResult> {
  rmSync(out, { force: true });
  const child = spawn(
    process.execPath,
    [
      cli,
      url,
      "--only-categories=performance",
      "--output=json",
      `--output-path=${out}`,
      "--quiet",
      "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
    ],
    { cwd: BENCH, env: { ...process.env, CHROME_PATH: chrome }, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill(), 300_000);
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  clearTimeout(timer);
  if (code !== 0 || !existsSync(out)) {
    const last = stderr.trim().split("\n").slice(-3).join(" ");
    return {
      ok: false,
      error: `Lighthouse exited with ${code ?? "a signal (over 5 minutes)"}${last ? `: ${last}` : ""}`,
    };
  }
  const lhr = JSON.parse(readFileSync(out, "utf8")) as Lhr;
  if (lhr.runtimeError) return { ok: false, error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
  const score = lhr.categories.performance?.score;
  const metric = (id: string) => {
    const a = lhr.audits[id];
    if (typeof a?.numericValue !== "number")
      throw new Error(`Lighthouse gave no ${id} for ${url}${a?.errorMessage ? `: ${a.errorMessage}` : ""}`);
    return a.numericValue;
  };
  if (typeof score !== "number") return { ok: false, error: `no performance score for ${url}` };
  try {
    return {
      ok: true,
      userAgent: lhr.environment?.hostUserAgent ?? "",
      figures: {
        score: Math.round(score * 100),
        fcp: metric("first-contentful-paint"),
        lcp: metric("largest-contentful-paint"),
        tbt: metric("total-blocking-time"),
        tti: metric("interactive"),
        si: metric("speed-index"),
      },
    };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Whether the medians meet the page's aim, and which part does not. */
function verdict(m: Figures, aim: Aim): string {
  const misses = [
    m.score < aim.score ? `score < ${aim.score}` : null,
    aim.tbtMs !== undefined && m.tbt > aim.tbtMs ? `blocking > ${aim.tbtMs} ms` : null,
    aim.ttiMs !== undefined && m.tti > aim.ttiMs ? `interactive > ${seconds(aim.ttiMs)}` : null,
  ].filter(Boolean);
  return misses.length ? `❌ ${misses.join(", ")}` : "✅";
}

const aimText = (aim: Aim) =>
  [
    `≥ ${aim.score}`,
    aim.tbtMs !== undefined ? `TBT ≤ ${aim.tbtMs} ms` : null,
    aim.ttiMs !== undefined ? `TTI ≤ ${seconds(aim.ttiMs)}` : null,
  ]
    .filter(Boolean)
    .join(", ");

async function main() {
  const { runs, dist } = args();
  const chrome = chromePath();
  const cli = ensureLighthouse();
  const root = dist ?? build();
  if (!existsSync(path.join(root, "index.html"))) throw new Error(`${root} has no index.html: not a built site`);
  mkdirSync(REPORTS, { recursive: true });
  const loadBefore = os.loadavg().map((l) => l.toFixed(2));
  const server = await serveGzip(root);
  const results = new Map<string, RunResult[]>(PAGES.map((p) => [p.name, []]));
  let userAgent = "";
  try {
    for (let run = 1; run <= runs; run++) {
      for (const page of PAGES) {
        process.stdout.write(`bench:lighthouse: run ${run}/${runs} ${page.name} … `);
        const out = path.join(REPORTS, `${page.name.replace(/\s+/g, "-")}-${run}.json`);
        const r = await runLighthouse(cli, chrome, server.url + page.path, out);
        results.get(page.name)!.push(r);
        if (r.ok) userAgent ||= r.userAgent;
        console.log(r.ok ? `${r.figures.score}` : `failed: ${r.error}`);
      }
    }
  } finally {
    await server.close();
  }

  // The user agent gives only the major version (156.0.0.0): ask the binary for the full one.
  const version = spawnSync(chrome, ["--version"], { encoding: "utf8" }).stdout?.trim();
  const chromium = /[\d.]{5,}/.exec(version ?? "")?.[0] ?? /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? "unknown";
  const rows: string[][] = [];
  const failures: string[] = [];
  for (const page of PAGES) {
    const ok = results.get(page.name)!.flatMap((r) => (r.ok ? [r.figures] : []));
    for (const r of results.get(page.name)!) if (!r.ok) failures.push(`${page.name}: ${r.error}`);
    const med = (k: keyof Figures) => stat(ok.map((f) => f[k]))?.median ?? NaN;
    if (!ok.length) {
      rows.push([page.name, "failed", "", "", "", "", "", aimText(page.aim), "n/a"]);
      continue;
    }
    const m: Figures = {
      score: med("score"),
      fcp: med("fcp"),
      lcp: med("lcp"),
      tbt: med("tbt"),
      tti: med("tti"),
      si: med("si"),
    };
    const scores = ok.map((f) => f.score);
    rows.push([
      `\`${page.path}\``,
      `${Math.round(m.score)}` + (ok.length > 1 ? ` (${Math.min(...scores)}–${Math.max(...scores)})` : ""),
      seconds(m.fcp),
      seconds(m.lcp),
      `${Math.round(m.tbt)} ms`,
      seconds(m.tti),
      seconds(m.si),
      aimText(page.aim),
      verdict(m, page.aim),
    ]);
  }
  const machine =
    `${cpuModel()}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1e9)} GB; ${os.type()} ${os.release()}; ` +
    `Node ${process.version}; Chromium ${chromium}; load average ${loadBefore.join(" / ")} before, ` +
    `${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" / ")} after`;
  const head = [
    "page",
    "performance",
    "FCP",
    "LCP",
    "TBT",
    "TTI (interactive)",
    "Speed Index",
    "aim (issue #21)",
    "met",
  ];
  const md = [
    "# Lighthouse",
    "",
    `The last \`npm run bench:lighthouse\` (see [README.md](README.md#lighthouse-npm-run-benchlighthouse)): Lighthouse ${LIGHTHOUSE_VERSION}, ` +
      "performance only, its default mobile settings (a Moto G Power's screen, simulated slow 4G: 150 ms round trip, " +
      "1.6 Mbit/s down; the CPU slowed 4×), on the built site served from 127.0.0.1 with gzip. " +
      `Each figure is the median of ${runs} run${runs > 1 ? "s" : ""} (the score's range beside it); pages interleaved.`,
    "",
    `**Date:** ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC. **Machine:** ${machine}.`,
    "",
    `| ${head.join(" | ")} |`,
    `|${head.map(() => " --- ").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    "FCP first contentful paint, LCP largest contentful paint, TBT total blocking time (main-thread time past 50 ms " +
      "per task between FCP and TTI), TTI time to interactive (no long task for 5 s after it; Lighthouse still " +
      "reports it, though since version 10 it no longer counts in the score). These are Lighthouse's simulated " +
      "figures: timings on this loaded 2-core machine scaled to the phone it models, so they move between runs " +
      "and machines; compare runs with one another, not with a phone in hand.",
    ...(failures.length ? ["", "## Lighthouse failed", "", ...failures.map((f) => `- ${f}`)] : []),
    "",
  ].join("\n");
  const prettier = await import("prettier");
  const file = path.join(BENCH, "LIGHTHOUSE.md");
  const options = { ...(await prettier.resolveConfig(file)), parser: "markdown" };
  const formatted = await prettier.format(md, options);
  writeFileSync(file, formatted);
  console.log(
    `\n${formatted}\nbench:lighthouse: wrote bench/LIGHTHOUSE.md (reports in bench/.work/lighthouse-reports)`,
  );
  if (failures.length) {
    console.error(`bench:lighthouse: Lighthouse failed ${failures.length} time(s)`);
    process.exitCode = 1;
  }
}

main().catch((e: unknown) => {
  console.error(`bench:lighthouse: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
