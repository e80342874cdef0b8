/**
 * Build step: the dashboard as a reader first sees it (a URL without a view, the newest release), rendered to HTML
 * by the app's own code (src/app/prerender.tsx) and written into index.html's #prerendered, so the page paints at
 * the speed of its HTML, before any of the app's JavaScript has arrived, and progressively as it streams in. The
 * app removes it as soon as its own page is ready (App.tsx).
 *
 * The copy inside index.html is the English one, drawn for the dashboard's columns (640 px charts, scaled down by
 * CSS on a phone). Readers of Belarusian or Russian get theirs from embed-prerendered/latest/dashboard.<lang>.<width>.html,
 * which public/dashboard-paint.js fetches while it hides the English one; a URL that asks for any other view
 * hides the copy and leaves the page to the app. (index.html preloads the newest release's data itself:
 * build/releaseBundlePlugin.ts.)
 *
 * It runs while index.html is transformed, before the service worker's precache list is hashed
 * (build/precachePlugin.ts), so a new copy (new data) is a new app version for offline readers.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { LANGS, type Lang } from "../src/i18n/format.ts";
import {
  LATEST,
  PRERENDER_DIR,
  prerenderServer,
  type LoaderModule,
  type PrerenderModule,
} from "./embedPrerenderPlugin.ts";

interface DashboardModule {
  prerenderDashboard: typeof import("../src/app/prerender.tsx").prerenderDashboard;
}

/** The language and chart width of the copy inside index.html. */
export const INLINE_COPY = { lang: "en" as Lang, width: 640 as const };
/** The other languages' copies, beside the widgets' copies of `latest`: <name>.<lang>.<width>.html. */
export const DASHBOARD_FRAGMENT = "dashboard";
/** The empty box of index.html that the build fills (and dashboard-paint.js may refill). */
export const COPY_BOX = '<div id="prerendered"></div>';
/** The app's mount point, which index.html puts right after the copy. */
export const APP_ROOT_ID = "root";

export function dashboardPrerenderPlugin(): Plugin {
  let root = process.cwd();
  let outDir = "dist";
  let publicDir = "public";
  let log: (msg: string) => void = () => {};
  /** Fragments for the other languages and widths, written once the build's folder exists. */
  let fragments: { file: string; html: string }[] = [];
  return {
    name: "brt-dashboard-prerender",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
      log = (msg) => config.logger.info(msg);
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, ctx) {
        if (path.basename(ctx.filename) !== "index.html") return html;
        if (!new RegExp(`${COPY_BOX}\\s*<div id="${APP_ROOT_ID}">`).test(html)) {
          throw new Error(`dashboard prerender: index.html has no ${COPY_BOX} right before #${APP_ROOT_ID}`);
        }
        const started = performance.now();
        const server = await prerenderServer(root);
        let inline = "";
        let releaseId = "";
        fragments = [];
        try {
          const loader = (await server.ssrLoadModule("/src/data/loader.ts")) as LoaderModule;
          const pre = (await server.ssrLoadModule("/src/embed/prerender.tsx")) as PrerenderModule;
          const dash = (await server.ssrLoadModule("/src/app/prerender.tsx")) as DashboardModule;
          const dataDir = path.join(publicDir, "data");
          const read = async (file: string) => new Uint8Array(readFileSync(path.join(dataDir, file)));
          // The newest published release, verified as the app verifies it; no release, no copy.
          const manifest = await loader.loadManifest(read);
          const entry = manifest.releases[0];
          if (!entry) return html;
          const release = await loader.loadReleaseFiles(entry, read);
          releaseId = entry.id;
          inline = await dash.prerenderDashboard(manifest, release, INLINE_COPY.lang, INLINE_COPY.width);
          // English readers always get the copy inside index.html, so only the other languages need files.
          for (const lang of LANGS.filter((l) => l !== INLINE_COPY.lang)) {
            for (const width of pre.PRERENDER_WIDTHS) {
              const copy = await dash.prerenderDashboard(manifest, release, lang, width);
              fragments.push({ file: `${DASHBOARD_FRAGMENT}.${lang}.${width}.html`, html: pre.FRAGMENT_MARK + copy });
            }
          }
        } finally {
          await server.close();
        }
        log(
          `dashboard prerender: release ${releaseId}, ${fragments.length + 1} copies in ` +
            `${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        // The script that decides what shows goes inline (the parser would otherwise wait for one more request
        // before the first byte of the copy).
        const script = /<script src="[^"]*dashboard-paint\.js"><\/script>/;
        if (!script.test(html)) throw new Error("dashboard prerender: index.html does not load dashboard-paint.js");
        const code = readFileSync(path.join(publicDir, "dashboard-paint.js"), "utf8")
          .replace(/^\/\*[\s\S]*?\*\/\s*/, "") // its header comment is for readers of the file
          .replace(/<\/(script)/gi, "<\\/$1");
        // No frame until the whole copy is parsed (#root follows it). Without this the browser may stop the
        // parser to style, lay out and paint the first few widgets, and on a busy phone the rest of the copy then
        // waits behind that frame: bench runs saw the last widget land anywhere from 0.1 to 0.5 s.
        const hold = inline ? `\n    <link rel="expect" href="#${APP_ROOT_ID}" blocking="render" />` : "";
        return html
          .replace(script, () => `<script>${code}</script>${hold}`)
          .replace(COPY_BOX, () => `<div id="prerendered">${inline}</div>`);
      },
    },
    closeBundle() {
      if (!fragments.length) return;
      const dir = path.join(outDir, PRERENDER_DIR, LATEST);
      mkdirSync(dir, { recursive: true });
      for (const f of fragments) writeFileSync(path.join(dir, f.file), f.html);
    },
  };
}
