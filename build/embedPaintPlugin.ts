/**
 * Build (and dev) step: embed.html's first-paint script, src/embed/paint.ts, bundled from the app's TypeScript and
 * inlined where embed.html has `<!--brt-embed-paint-->` (the dev server loads the module itself). Its hash goes into
 * the page's CSP (build/cspPlugin.ts, listed after this plugin). Inline, it costs no request before the first paint.
 */
import path from "node:path";
import type { Plugin } from "vite";
import { withFirstPaintScript } from "./classicScript.ts";

const PAINT_ENTRY = "src/embed/paint.ts";
const PAINT_MARK = "<!--brt-embed-paint-->";

export function embedPaintPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: "brt-embed-paint",
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        if (path.basename(ctx.filename) !== "embed.html") return html;
        return withFirstPaintScript(html, {
          root,
          entry: PAINT_ENTRY,
          name: "brtEmbedPaint",
          mark: PAINT_MARK,
          dev: !!ctx.server,
        });
      },
    },
  };
}
