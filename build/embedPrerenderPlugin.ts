/**
 * Build step: every embed page, pre-rendered to HTML for each published release (and `latest`, the newest),
 * language and width, into <outDir>/embed-prerendered/<release>/<widget>.<lang>.<width>.html. embed.html's
 * first-paint script (src/embed/paint.ts) puts the fragment into #root while the app's JavaScript is still on its
 * way; the app hydrates it (decision 011). The fragments are made with the app's own code: the release loaded and
 * verified by src/data/loader.ts, the markup of the embed page's own tree (src/embed/embedRoot.tsx, rendered by
 * src/embed/prerender.tsx inside an SSR Vite server), and each carries the CSS of its widget's lazy chunk inline
 * (a <style> per file, named by data-href), so the markup can be shown as soon as the fragment arrives, without a
 * second round trip.
 * The live widget still loads the same files as <link>s with its chunk; the rules are the same.
 *
 * Beside each fragment it writes the widget's still picture (src/export/picture/build.ts) into
 * <outDir>/embed-static/<release>/<widget>.<lang>.<width>.svg, and per folder an index.json with each picture's alt
 * text and size, for embed codes' <noscript> and readers without JavaScript.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createServer, type Plugin, type Rolldown, type ViteDevServer } from "vite";
import { i18nSplitPlugin } from "./i18nSplitPlugin.ts";
import { LANGS } from "../src/i18n/format.ts";
import { prerenderStubsPlugin } from "./prerenderStubs.ts";
import { RUNTIME_ALIASES, RUNTIME_DEPS } from "./runtime.ts";
import { staticIndexPath, staticPicturePath, type StaticIndex } from "../src/export/picture/paths.ts";
import { FRAGMENT_MARK, HINTS_OPEN, PRERENDER_WIDTHS, type FragmentHints } from "../src/embed/fragment.ts";

/** Folder of the fragments in the build output (paint.ts fetches from it; the precache skips it). */
export const PRERENDER_DIR = "embed-prerendered";
/** The fragment of the newest release, for embeds without ?release=. */
export const LATEST = "latest";

/** Widget id → module its lazy import loads, read from src/embed/lazyWidgets.ts (`"id": () => import("…")`). */
export function lazyWidgetModules(source: string, dir: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(/^\s*"?([\w-]+)"?:\s*\(\)\s*=>\s*import\("([^"]+)"\)/gm)) {
    found.set(m[1]!, path.resolve(dir, m[2]!));
  }
  return found;
}

const stripExt = (file: string) => file.replace(/\.[cm]?[jt]sx?$/, "");

/** CSS files (output paths) a chunk needs: its own and those of the chunks it imports statically. */
function cssOf(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const own = [...(chunk.viteMetadata?.importedCss ?? [])];
  const deps = chunk.imports.flatMap((f) => {
    const dep = bundle[f];
    return dep?.type === "chunk" ? cssOf(bundle, dep, seen) : [];
  });
  return [...new Set([...own, ...deps])];
}

/** JavaScript files (output paths) a chunk needs: itself and the chunks it imports statically, in load order. */
function jsOf(bundle: Rolldown.OutputBundle, chunk: Rolldown.OutputChunk, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const deps = chunk.imports.flatMap((f) => {
    const dep = bundle[f];
    return dep?.type === "chunk" ? jsOf(bundle, dep, seen) : [];
  });
  return [chunk.fileName, ...deps];
}

/** The hints as an HTML comment; JSON's own escapes keep "--" (which could end the comment) out of it. */
export function hintsComment(hints: FragmentHints): string {
  return `${HINTS_OPEN}${JSON.stringify(hints).replace(/-(?=-)/g, "\\u002d")}-->`;
}

/** Text as an HTML attribute value (inside double quotes). */
export const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** A CSS file's rules as a <style> element (a "</style" inside the CSS could not end it early). */
export function inlineStyle(href: string, css: string): string {
  return `<style data-href="${attr(href)}">${css.replace(/<\/(style)/gi, "<\\/$1")}</style>`;
}

export interface PrerenderModule {
  prerenderEmbed: typeof import("../src/embed/prerender.tsx").prerenderEmbed;
  prerenderWidget: typeof import("../src/embed/prerender.tsx").prerenderWidget;
}

/** A Vite server that loads the app's modules in Node (ssrLoadModule) for rendering them to HTML at build time. */
export function prerenderServer(root: string): Promise<ViteDevServer> {
  return createServer({
    root,
    configFile: false,
    plugins: [i18nSplitPlugin(), prerenderStubsPlugin()],
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: "custom",
    logLevel: "error",
    optimizeDeps: { noDiscovery: true, include: [] },
    // The runtime of the built site (preact/compat, rendered to a string by preact-render-to-string): the
    // packages that import React are loaded through Vite so that they get it too.
    resolve: { alias: RUNTIME_ALIASES },
    // Leaflet is resolved through prerenderStubsPlugin instead of Node (it needs a browser).
    ssr: { noExternal: ["leaflet", ...RUNTIME_DEPS] },
  });
}

export interface PictureModule {
  widgetPicture: typeof import("../src/export/picture/build.ts").widgetPicture;
}

export interface LazyWidgetsModule {
  EMBED_WIDGET_IDS: typeof import("../src/embed/lazyWidgets.ts").EMBED_WIDGET_IDS;
  loadWidget: typeof import("../src/embed/lazyWidgets.ts").loadWidget;
}

interface ManifestKeyModule {
  manifestKey: typeof import("../src/data/manifestKey.ts").manifestKey;
}

export interface LoaderModule {
  loadManifest: typeof import("../src/data/loader.ts").loadManifest;
  loadReleaseFiles: typeof import("../src/data/loader.ts").loadReleaseFiles;
}

export function embedPrerenderPlugin(): Plugin {
  let root = process.cwd();
  let outDir = "dist";
  let publicDir = "public";
  let log: (msg: string) => void = () => {};
  let widgetCss: Map<string, string[]> | null = null;
  const widgetJs = new Map<string, string[]>();
  /** CSS of the chunks a widget's chunk imports lazily at once (the map's Leaflet), preloaded, not inlined. */
  const lazyCss = new Map<string, string[]>();
  return {
    name: "brt-embed-prerender",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
      log = (msg) => config.logger.info(msg);
    },
    writeBundle(_options, bundle) {
      const lazyFile = path.join(root, "src/embed/lazyWidgets.ts");
      const modules = lazyWidgetModules(readFileSync(lazyFile, "utf8"), path.dirname(lazyFile));
      const chunks = Object.values(bundle).filter((c): c is Rolldown.OutputChunk => c.type === "chunk");
      const entryPage = bundle["embed.html"];
      const entryHtml = entryPage?.type === "asset" ? String(entryPage.source) : "";
      widgetCss = new Map();
      widgetJs.clear();
      lazyCss.clear();
      for (const [id, mod] of modules) {
        const chunk = chunks.find((c) => c.facadeModuleId && stripExt(c.facadeModuleId) === stripExt(mod));
        if (!chunk) throw new Error(`embed prerender: no chunk in the build for widget "${id}" (${mod})`);
        widgetCss.set(id, cssOf(bundle, chunk));
        // The chunks its code imports lazily as it first renders (the detention map's Leaflet): the live widget
        // needs them as soon as it needs the chunk. Not those of code embed.html loads anyway (the languages).
        const seen = new Set<string>();
        const own = jsOf(bundle, chunk, seen);
        const lazy = own
          .filter((f) => !entryHtml.includes(f))
          .flatMap((f) => {
            const c = bundle[f];
            return c?.type === "chunk" ? c.dynamicImports : [];
          })
          .map((f) => bundle[f])
          .filter((c): c is Rolldown.OutputChunk => c?.type === "chunk");
        widgetJs.set(id, [...own, ...lazy.flatMap((c) => jsOf(bundle, c, seen))]);
        lazyCss.set(
          id,
          lazy.flatMap((c) => cssOf(bundle, c)),
        );
      }
    },
    async closeBundle() {
      if (!widgetCss) return; // the bundle was not written (a failed build)
      const started = performance.now();
      // The page links its entry's CSS already; a fragment adds only what its widget's lazy chunk brings.
      const pageHtml = readFileSync(path.join(outDir, "embed.html"), "utf8");
      const server = await prerenderServer(root);
      let count = 0;
      let pictures = 0;
      let pictureMs = 0;
      // The page's own CSS (the light theme's variables, shared chart rules), for the chart pictures.
      const pageCss = [...pageHtml.matchAll(/<link[^>]+href="\.?\/?([^"]+\.css)"/g)]
        .map((m) => readFileSync(path.join(outDir, m[1]!), "utf8"))
        .join("\n");
      try {
        const loader = (await server.ssrLoadModule("/src/data/loader.ts")) as LoaderModule;
        const pre = (await server.ssrLoadModule("/src/embed/prerender.tsx")) as PrerenderModule;
        const lazy = (await server.ssrLoadModule("/src/embed/lazyWidgets.ts")) as LazyWidgetsModule;
        const pic = (await server.ssrLoadModule("/src/export/picture/build.ts")) as PictureModule;
        const keys = (await server.ssrLoadModule("/src/data/manifestKey.ts")) as ManifestKeyModule;
        const dataDir = path.join(publicDir, "data");
        const read = async (file: string) => new Uint8Array(readFileSync(path.join(dataDir, file)));
        // Published releases only (drafts are invisible to readers), each verified as the app verifies it.
        const manifest = await loader.loadManifest(read);
        const manifestKey = keys.manifestKey(manifest);
        for (const [index, entry] of manifest.releases.entries()) {
          const release = await loader.loadReleaseFiles(entry, read);
          const folders = index === 0 ? [entry.id, LATEST] : [entry.id];
          const staticIndex: StaticIndex["widgets"] = {};
          for (const widget of lazy.EMBED_WIDGET_IDS) {
            const cssFiles = (widgetCss.get(widget) ?? []).filter((css) => !pageHtml.includes(css));
            const styles = cssFiles
              .map((css) => inlineStyle(css, readFileSync(path.join(outDir, css), "utf8")))
              .join("");
            const hints = hintsComment({
              release: entry.id,
              manifest: manifestKey,
              js: (widgetJs.get(widget) ?? []).filter((js) => !pageHtml.includes(js)),
              css: [...new Set([...cssFiles, ...(lazyCss.get(widget) ?? [])])].filter((css) => !pageHtml.includes(css)),
            });
            for (const lang of LANGS) {
              for (const width of PRERENDER_WIDTHS) {
                // The embed page's own markup, which the app hydrates: pinned to this release, or following the
                // newest (latest/), each as the app renders it.
                for (const folder of folders) {
                  const markup = await pre.prerenderEmbed(
                    read,
                    folder === LATEST ? null : entry.id,
                    widget,
                    lang,
                    width,
                  );
                  const dir = path.join(outDir, PRERENDER_DIR, folder);
                  mkdirSync(dir, { recursive: true });
                  writeFileSync(
                    path.join(dir, `${widget}.${lang}.${width}.html`),
                    FRAGMENT_MARK + hints + styles + markup,
                  );
                  count++;
                }
                // The still picture's markup, with the widget's CSS (the standalone SVG takes its rules).
                const html = styles + (await pre.prerenderWidget(release, widget, lang, width));
                // The still picture of the same view (embed codes' <noscript>, readers without JavaScript).
                const drawStarted = performance.now();
                const picture = await pic.widgetPicture(
                  release,
                  await lazy.loadWidget(widget),
                  lang,
                  width,
                  html,
                  pageCss,
                );
                pictureMs += performance.now() - drawStarted;
                const entryOf = ((staticIndex[widget] ??= {})[lang] ??= { alt: picture.alt, sizes: {} });
                entryOf.sizes[width] = { width: picture.width, height: picture.height };
                for (const folder of folders) {
                  const file = path.join(outDir, staticPicturePath(folder, widget, lang, width));
                  mkdirSync(path.dirname(file), { recursive: true });
                  writeFileSync(file, picture.svg);
                  pictures++;
                }
              }
            }
          }
          for (const folder of folders) {
            writeFileSync(
              path.join(outDir, staticIndexPath(folder)),
              `${JSON.stringify({ release: entry.id, widgets: staticIndex } satisfies StaticIndex, null, 1)}\n`,
            );
          }
        }
      } finally {
        await server.close();
      }
      log(`embed prerender: ${count} fragments in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      log(`embed pictures: ${pictures} SVG files (drawing took ${(pictureMs / 1000).toFixed(1)} s of that)`);
    },
  };
}
