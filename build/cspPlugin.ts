/**
 * Build (and dev) step: completes the Content-Security-Policy of index.html and embed.html with what only the build
 * knows. Each page's policy allows scripts from our own origin only; an inline script (src/app/boot.ts, which
 * dashboardPrerenderPlugin bundles and inlines into index.html; the dev server's own preamble) is allowed by its SHA-256, so no
 * other inline script, injected or not, can run. The dashboard's opt-in online tile layer may load images from the
 * tile server (VITE_TILE_URL, OpenStreetMap by default), and from nowhere else.
 *
 * Listed after dashboardPrerenderPlugin in vite.config.ts: both transform the HTML last ("post"), in that order.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { Plugin } from "vite";
import { DEFAULT_TILE_URL } from "../src/map/tiles.ts";

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The origin (CSP source) of a tile URL template; `{s}` subdomains become a wildcard; null for our own origin. */
export function tileSource(template: string): string | null {
  const m = /^(https?:\/\/)([^/]+)/.exec(template);
  return m ? `${m[1]}${m[2]!.replace(/\{s\}/g, "*")}` : null;
}

/** The page with its CSP meta completed: inline scripts' hashes in script-src, extra image origins in img-src. */
export function completeCsp(html: string, imgSources: readonly string[] = []): string {
  const policy = CSP_META.exec(html);
  if (!policy) throw new Error('csp: the page has no <meta http-equiv="Content-Security-Policy">');
  const hashes = [...html.matchAll(INLINE_SCRIPT)]
    .filter((m) => m[1]!.trim() !== "")
    .map((m) => `'sha256-${createHash("sha256").update(m[1]!, "utf8").digest("base64")}'`);
  const add = (directives: string, name: string, sources: readonly string[]) => {
    if (!sources.length) return directives;
    const re = new RegExp(`(^|;\\s*)(${name}\\s[^;]*)`);
    if (!re.test(directives)) throw new Error(`csp: the policy has no ${name}`);
    return directives.replace(re, (_, sep: string, d: string) => `${sep}${d} ${[...new Set(sources)].join(" ")}`);
  };
  const content = add(add(policy[1]!, "script-src", hashes), "img-src", imgSources);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
  // A policy in a meta element covers only what follows it: it goes before the first script (the dev server puts
  // its own scripts at the top of <head>).
  const rest = html.replace(policy[0], "");
  const firstScript = rest.search(/<script/);
  if (firstScript < 0 || firstScript > policy.index) return html.replace(policy[0], meta);
  return `${rest.slice(0, firstScript)}${meta}\n    ${rest.slice(firstScript)}`;
}

export function cspPlugin(): Plugin {
  let tiles: string | null = null;
  return {
    name: "brt-csp",
    configResolved(config) {
      tiles = tileSource((config.env.VITE_TILE_URL as string | undefined) || DEFAULT_TILE_URL);
    },
    transformIndexHtml: {
      order: "post",
      handler(html, ctx) {
        const page = path.basename(ctx.filename);
        if (page === "index.html") return completeCsp(html, tiles ? [tiles] : []);
        if (page === "embed.html") return completeCsp(html);
        return html;
      },
    },
  };
}
