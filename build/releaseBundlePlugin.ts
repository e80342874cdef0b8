/**
 * Build step: each published release as one download (decision 009). For every release the manifest lists, it
 * writes data/releases/<id>/bundle.json beside the release's own files:
 *
 *   {"format": "brt-release-bundle/1", "release": "<id>", "files": {"sources.json": "<the file's exact text>", …}}
 *
 * The app's loader (src/data/loader.ts) asks for the bundle first and checks each file's text, encoded back to
 * UTF-8, against the size and SHA-256 the manifest lists, exactly as it checks a file downloaded on its own; without a
 * bundle it reads the files one by one. The per-file JSON stays the public data format; the bundle is only a copy
 * of it for the built site (`npm run data:check` checks one only where it finds it, in a built copy's data).
 *
 * index.html also preloads the newest release's bundle (<link rel="preload" as="fetch">, which the app's fetch()
 * takes over), beside the manifest it already preloads: the dashboard's data is one round trip after the HTML.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";

/** As src/data/loader.ts names them (tests/unit/releaseBundle.test.ts keeps the two in step; importing the loader
 * here would pull its extensionless imports into Vite's config loader). */
export const BUNDLE_FILE = "bundle.json";
export const BUNDLE_FORMAT = "brt-release-bundle/1";

/** The part of a manifest this step reads (the loader and data:check validate the rest). */
interface ManifestFiles {
  releases: { id: string; files: { path: string; bytes: number; sha256: string }[] }[];
}

function readManifest(dataDir: string): ManifestFiles | null {
  const file = path.join(dataDir, "manifest.json");
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, "utf8")) as ManifestFiles;
}

/** The published releases (drafts list no files yet), newest first as the manifest lists them. */
function published(manifest: ManifestFiles) {
  return manifest.releases.filter((r) => r.files.length > 0);
}

/**
 * The bundle of one release: every listed file's text. Throws, naming the file, when a file does not match its
 * manifest entry or is not UTF-8 text that encodes back to the same bytes: the build never ships a bundle whose
 * bytes differ from the files it copies.
 */
export function releaseBundle(dataDir: string, release: ManifestFiles["releases"][number]): string {
  const files: Record<string, string> = {};
  for (const f of release.files) {
    const bytes = readFileSync(path.join(dataDir, f.path));
    const hash = createHash("sha256").update(bytes).digest("hex");
    if (bytes.byteLength !== f.bytes || hash !== f.sha256) {
      throw new Error(
        `release bundle: data/${f.path} does not match its size and SHA-256 in the manifest (run npm run data:check)`,
      );
    }
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (!Buffer.from(text, "utf8").equals(bytes)) {
      throw new Error(`release bundle: data/${f.path} does not read back to the same bytes as UTF-8 text`);
    }
    files[path.posix.basename(f.path)] = text;
  }
  return JSON.stringify({ format: BUNDLE_FORMAT, release: release.id, files });
}

export function releaseBundlePlugin(): Plugin {
  let outDir = "dist";
  let publicDir = "public";
  let base = "./";
  return {
    name: "brt-release-bundle",
    apply: "build",
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
      base = config.base;
    },
    transformIndexHtml(html, ctx) {
      if (path.basename(ctx.filename) !== "index.html") return html;
      const manifest = readManifest(path.join(publicDir, "data"));
      const newest = manifest && published(manifest)[0];
      if (!newest) return html;
      // Right after the manifest's preload, near the top of <head>: at its end, behind the app's scripts and styles,
      // it waited for a free connection (measured on loopback: its first byte came 0.2–0.9 s after the manifest's).
      const manifestPreload = /<link rel="preload" href="[^"]*data\/manifest\.json"[^>]*>/;
      if (!manifestPreload.test(html))
        throw new Error("release bundle: index.html does not preload data/manifest.json");
      const href = `${base}data/releases/${newest.id}/${BUNDLE_FILE}`;
      // crossorigin: fetch() requests same-origin CORS, and a preload is taken over only with the same mode.
      const link = `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`;
      return html.replace(manifestPreload, (tag) => `${tag}\n    ${link}`);
    },
    writeBundle() {
      const dataDir = path.join(outDir, "data");
      const manifest = readManifest(dataDir);
      if (!manifest) return;
      for (const release of published(manifest)) {
        writeFileSync(path.join(dataDir, "releases", release.id, BUNDLE_FILE), releaseBundle(dataDir, release));
      }
    },
  };
}
