/**
 * Everything the browser runs: the app built by Vite (into bench/.work/app, not dist/, so a bench run
 * never clobbers the dist/ an e2e run may be serving), the peer pages and probes bundled by esbuild from
 * bench/node_modules, and two served trees: the app with the real data, and a copy whose data/ is the
 * stress release (symlinks, so the copy costs nothing).
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const BENCH = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = path.resolve(BENCH, "..");
export const WORK = path.join(BENCH, ".work");
export const APP_DIR = path.join(WORK, "app");
export const PEERS_OUT = path.join(BENCH, "dist");

/** The peer pages (bench/peers/<name>.html) and what each draws. */
export const PEERS = ["vega-lite", "plotly", "plot", "chartjs", "leaflet", "minimal-react-d3"] as const;
export type PeerName = (typeof PEERS)[number];

export function ensureBenchDeps(): void {
  if (existsSync(path.join(BENCH, "node_modules", "vega-embed"))) return;
  console.log("bench: installing the peer libraries into bench/node_modules (npm ci) …");
  const r = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: BENCH, stdio: "inherit" });
  if (r.status !== 0) throw new Error("npm ci in bench/ failed");
}

export function buildApp(): void {
  console.log("bench: building the app (vite build) …");
  const r = spawnSync(
    "npx",
    ["vite", "build", "--outDir", APP_DIR, "--emptyOutDir", "--logLevel", "warn", "--manifest"],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (r.status !== 0)
    throw new Error("vite build failed: the app does not build right now, so there is nothing to measure");
}

export async function buildPeers(): Promise<void> {
  console.log("bench: bundling the peer pages (esbuild) …");
  const esbuild = await import("esbuild");
  rmSync(PEERS_OUT, { recursive: true, force: true });
  const entries = [
    ...PEERS.map((name) => ({
      in: path.join(
        BENCH,
        "peers",
        existsSync(path.join(BENCH, "peers", `${name}.tsx`)) ? `${name}.tsx` : `${name}.ts`,
      ),
      out: `peers/${name}`,
    })),
    { in: path.join(BENCH, "probes", "loader.ts"), out: "probes/loader" },
  ];
  await esbuild.build({
    entryPoints: entries,
    outdir: PEERS_OUT,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".png": "file", ".svg": "file" },
    assetNames: "peers/assets/[name]-[hash]",
    logLevel: "warning",
  });
  for (const dir of ["peers", "probes"]) {
    for (const f of readdirSync(path.join(BENCH, dir)).filter((f) => f.endsWith(".html"))) {
      copyFileSync(path.join(BENCH, dir, f), path.join(PEERS_OUT, dir, f));
    }
  }
  copyFileSync(path.join(ROOT, "src/map/belarus.geo.json"), path.join(PEERS_OUT, "peers", "belarus.geo.json"));
}

/** A served tree: the built app with its data/ replaced by `dataDir` (default: the real data), plus the peers. */
export function makeTree(name: string, dataDir?: string): string {
  const tree = path.join(WORK, name);
  rmSync(tree, { recursive: true, force: true });
  mkdirSync(tree, { recursive: true });
  for (const entry of readdirSync(APP_DIR)) {
    if (entry === "data" && dataDir) continue;
    // The build's prerendered embeds show the real data: a tree with other data measures the live widgets only.
    if (entry === "embed-prerendered" && dataDir) continue;
    // So is the dashboard's markup inside index.html (build/dashboardPrerenderPlugin.ts): left out, with the
    // preload naming its release, whose files this tree does not have.
    if (entry === "index.html" && dataDir) {
      writeFileSync(path.join(tree, entry), withoutDashboardCopy(readFileSync(path.join(APP_DIR, entry), "utf8")));
      continue;
    }
    symlinkSync(path.join(APP_DIR, entry), path.join(tree, entry));
  }
  if (dataDir) symlinkSync(dataDir, path.join(tree, "data"));
  symlinkSync(path.join(PEERS_OUT, "peers"), path.join(tree, "peers"));
  symlinkSync(path.join(PEERS_OUT, "probes"), path.join(tree, "probes"));
  return tree;
}

/** index.html with an empty #root and no release of the real data named in it. */
export function withoutDashboardCopy(html: string): string {
  const start = html.indexOf('<div id="root" data-prerendered=');
  const endMark = '<span id="root-end" hidden></span>';
  const end = html.indexOf(endMark);
  if (start < 0 || end < start) throw new Error("bench: index.html has no prerendered #root (and its end mark)");
  return (
    (html.slice(0, start) + '<div id="root"></div>' + html.slice(end + endMark.length))
      .replace(/\s*<link rel="expect" href="#root-end" blocking="render" \/>/, "")
      // Nor the preload of the real newest release's bundle (build/releaseBundlePlugin.ts), which this tree's data lacks.
      .replace(/<link rel="preload" href="[^"]*data\/releases\/[^"]*\/bundle\.json"[^>]*>\s*/, "")
  );
}
