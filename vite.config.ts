import { defineConfig } from "vite";
import { resolve } from "node:path";
import { precachePlugin } from "./build/precachePlugin.ts";
import { embedPrerenderPlugin } from "./build/embedPrerenderPlugin.ts";
import { dashboardPrerenderPlugin } from "./build/dashboardPrerenderPlugin.ts";
import { embedPaintPlugin } from "./build/embedPaintPlugin.ts";
import { RUNTIME_ALIASES } from "./build/runtime.ts";
import { cspPlugin } from "./build/cspPlugin.ts";
import { i18nSplitPlugin } from "./build/i18nSplitPlugin.ts";
import { releaseBundlePlugin } from "./build/releaseBundlePlugin.ts";
import { chunkPlan } from "./build/chunkPlan.ts";
import prefresh from "@prefresh/vite";

// BASE_PATH lets the static build live under a sub-path (e.g. /tracker/).
export default defineConfig(async ({ command }) => {
  // chunkPlan: what goes into the one chunk both pages and both chart widgets share (decision 012).
  const chunks = chunkPlan();
  return {
    base: process.env.BASE_PATH ?? "./",
    // precachePlugin writes the built file list and build hash into dist/sw.js (offline briefing);
    // i18nSplitPlugin gives each language its own chunk (English in the bundle, be/ru on demand);
    // embedPrerenderPlugin writes each embed's widget as HTML per release and language (dist/embed-prerendered/).
    // dashboardPrerenderPlugin writes the dashboard of the newest release into index.html, which the app hydrates.
    // embedPaintPlugin inlines embed.html's first-paint script (src/embed/paint.ts), which puts an embed's markup in.
    // cspPlugin completes each page's Content-Security-Policy (inline scripts' hashes, the tile server); it comes last.
    // releaseBundlePlugin writes data/releases/<id>/bundle.json: each release in one download (decision 009).
    plugins: [
      chunks.plugin,
      i18nSplitPlugin(),
      releaseBundlePlugin(),
      precachePlugin(),
      embedPrerenderPlugin(),
      dashboardPrerenderPlugin(),
      embedPaintPlugin(),
      cspPlugin(),
      // The dev server only: an edited component is swapped in place, its state kept (Preact's fast refresh).
      ...(command === "serve" ? [await prefresh()] : []),
    ],
    // JSX as tsconfig.json says (React's automatic runtime, aliased to preact/compat), also for fast refresh, which
    // would otherwise assume Preact's classic h().
    ...(command === "serve" ? { oxc: { jsx: { runtime: "automatic" as const, importSource: "react" } } } : {}),
    // The app's React imports run on preact/compat, here as in the tests and the prerender (build/runtime.ts).
    resolve: { alias: RUNTIME_ALIASES },
    build: {
      target: "es2022",
      sourcemap: false,
      rollupOptions: {
        output: { codeSplitting: chunks.codeSplitting },
        // The embed prerender's closeBundle takes seconds by design (hundreds of fragments and pictures, timed in
        // its own log line): Rolldown's note on slow plugin callbacks would print on every build.
        checks: { bundlerTimings: false },
        input: {
          main: resolve(import.meta.dirname, "index.html"),
          embed: resolve(import.meta.dirname, "embed.html"),
        },
      },
    },
    server: { host: "127.0.0.1" },
  };
});
