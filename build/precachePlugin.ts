/**
 * Build step for offline use: after Vite writes dist/, list every built file of the app shell
 * (not the data releases, which the service worker caches per release, nor the embeds' prerendered fragments), hash them into a build
 * version, and write both into dist/sw.js (and dist/precache.json for people and tools).
 * A changed build changes sw.js, which is how browsers notice that there is a new version.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

export interface Precache {
  version: string;
  files: string[];
}

/** The line in public/sw.js that the build replaces. */
export const PRECACHE_MARKER = /^const PRECACHE = \{ version: "dev", files: \[\] \};$/m;

const SKIP = new Set(["sw.js", "precache.json"]);
/** Top-level folders that are not the shell: data releases (cached per release), the embeds' prerendered
 * fragments and their still pictures (files an embed fetches from the network; the dashboard never needs them offline). */
const SKIP_DIRS = new Set(["data", "embed-prerendered", "embed-static"]);

/** Files under `dir` (posix paths relative to it), data releases and the worker itself left out. */
export function shellFiles(dir: string): string[] {
  const walk = (rel: string): string[] =>
    readdirSync(path.join(dir, rel)).flatMap((name) => {
      const child = rel ? `${rel}/${name}` : name;
      if (!rel && (SKIP_DIRS.has(name) || SKIP.has(name))) return [];
      if (name.endsWith(".map")) return [];
      return statSync(path.join(dir, child)).isDirectory() ? walk(child) : [child];
    });
  return walk("").sort();
}

export function precacheOf(dir: string, files: readonly string[]): Precache {
  const hash = createHash("sha256");
  for (const f of files) {
    hash.update(f);
    hash.update("\0");
    hash.update(readFileSync(path.join(dir, f)));
  }
  return { version: hash.digest("hex").slice(0, 16), files: [...files] };
}

/** public/sw.js with the placeholder line replaced; throws if the line is missing. */
export function injectPrecache(swSource: string, precache: Precache): string {
  if (!PRECACHE_MARKER.test(swSource)) throw new Error("sw.js: the `const PRECACHE = …` placeholder line is missing");
  return swSource.replace(PRECACHE_MARKER, () => `const PRECACHE = ${JSON.stringify(precache)};`);
}

export function precachePlugin(): Plugin {
  let outDir = "dist";
  return {
    name: "brt-precache",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    writeBundle() {
      const sw = path.join(outDir, "sw.js");
      const precache = precacheOf(outDir, shellFiles(outDir));
      writeFileSync(sw, injectPrecache(readFileSync(sw, "utf8"), precache));
      writeFileSync(path.join(outDir, "precache.json"), `${JSON.stringify(precache, null, 2)}\n`);
    },
  };
}
