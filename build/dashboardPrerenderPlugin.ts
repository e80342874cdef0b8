/**
 * Build step: the dashboard as a reader first sees it (a URL without a view: the newest release, in English),
 * rendered to HTML by the app's own code (src/app/prerender.tsx) and written into index.html's #root, so the page
 * paints at the speed of its HTML, before any of the app's JavaScript has arrived. It is the app's real markup:
 * the browser hydrates it once the same release is loaded and verified (src/app/main.tsx), and the nodes on
 * screen become the live page (decision 005).
 *
 * Before the body, index.html runs src/app/boot.ts, bundled here from the app's TypeScript and inlined (its
 * SHA-256 goes into the CSP, build/cspPlugin.ts): it reads the URL with the app's rule and hides the markup when
 * the reader asks for another view (another language, release, range, panel…), which the app then draws itself.
 * (index.html preloads the newest release's data itself: build/releaseBundlePlugin.ts.)
 *
 * It runs while index.html is transformed, before the service worker's precache list is hashed
 * (build/precachePlugin.ts), so new markup (new data) is a new app version for offline readers.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { classicScript } from "./classicScript.ts";
import { prerenderServer, type LoaderModule } from "./embedPrerenderPlugin.ts";

interface DashboardModule {
  prerenderDashboard: typeof import("../src/app/prerender.tsx").prerenderDashboard;
  manifestKey: typeof import("../src/app/prerender.tsx").manifestKey;
}

/** #root's attribute naming the release of its markup: src/app/prerenderedView.ts's PRERENDERED_ATTR (not
 * imported: Vite's config loader would then load the app's modules, written without file extensions). */
const PRERENDERED_ATTR = "data-prerendered";
/** #root's attribute with the fingerprint of the manifest the markup shows (MANIFEST_ATTR there). */
const MANIFEST_ATTR = "data-manifest";
/** The app's mount point: empty in index.html's source, filled by the build. */
const APP_ROOT = '<div id="root"></div>';
/** The first-paint script's entry, and the comment that marks its place in index.html's <head>. */
const BOOT_ENTRY = "src/app/boot.ts";
const BOOT_MARK = "<!--brt-boot-->";

export function dashboardPrerenderPlugin(): Plugin {
  let root = process.cwd();
  let publicDir = "public";
  let log: (msg: string) => void = () => {};
  return {
    name: "brt-dashboard-prerender",
    configResolved(config) {
      root = config.root;
      publicDir = config.publicDir;
      log = (msg) => config.logger.info(msg);
    },
    transformIndexHtml: {
      order: "post",
      async handler(html, ctx) {
        if (path.basename(ctx.filename) !== "index.html") return html;
        if (!html.includes(BOOT_MARK)) throw new Error(`dashboard prerender: index.html has no ${BOOT_MARK}`);
        // The dev server prerenders nothing: the script only sets the language and theme, as a module.
        if (ctx.server) return html.replace(BOOT_MARK, `<script type="module" src="/${BOOT_ENTRY}"></script>`);
        if (!html.includes(APP_ROOT)) throw new Error(`dashboard prerender: index.html has no empty ${APP_ROOT}`);
        const started = performance.now();
        const boot = await classicScript(root, BOOT_ENTRY, "brtBoot");
        const server = await prerenderServer(root);
        let markup = "";
        let releaseId = "";
        let manifestKey = "";
        try {
          const loader = (await server.ssrLoadModule("/src/data/loader.ts")) as LoaderModule;
          const dash = (await server.ssrLoadModule("/src/app/prerender.tsx")) as DashboardModule;
          const dataDir = path.join(publicDir, "data");
          const read = async (file: string) => new Uint8Array(readFileSync(path.join(dataDir, file)));
          // The newest published release, verified as the app verifies it; no release, an empty #root.
          const manifest = await loader.loadManifest(read);
          const entry = manifest.releases[0];
          if (entry) {
            const release = await loader.loadReleaseFiles(entry, read);
            releaseId = entry.id;
            markup = await dash.prerenderDashboard(manifest, release);
            manifestKey = dash.manifestKey(manifest);
          }
        } finally {
          await server.close();
        }
        log(
          `dashboard prerender: release ${releaseId || "(none)"} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        // No frame until the whole page is parsed (the app's script follows #root). Without this the browser may
        // stop the parser to style, lay out and paint the first few widgets, and on a busy phone the rest then
        // waits behind that frame: bench runs saw the last widget land anywhere from 0.1 to 0.5 s.
        const hold = markup ? `\n    <link rel="expect" href="#root-end" blocking="render" />` : "";
        const filled = markup
          ? `<div id="root" ${PRERENDERED_ATTR}="${releaseId.replace(/[&"<]/g, "")}" ${MANIFEST_ATTR}="${manifestKey}">${markup}</div><span id="root-end" hidden></span>`
          : APP_ROOT;
        return html.replace(BOOT_MARK, () => `<script>${boot}</script>${hold}`).replace(APP_ROOT, () => filled);
      },
    },
  };
}
