/** Bytes on the wire: every JS and CSS file a page requested, compressed the way a CDN would serve it. */
import { readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  brotli: number;
}

export interface SizeTotal {
  raw: number;
  gzip: number;
  brotli: number;
  files: FileSize[];
}

const cache = new Map<string, FileSize & { text: string }>();

/** Size of one served file (`root` + URL path), gzip level 9 and brotli quality 11 as static hosts precompress. */
export function fileSize(root: string, url: string): FileSize & { text: string } {
  const rel = decodeURIComponent(new URL(url).pathname);
  const abs = realpathSync(path.join(root, rel));
  let hit = cache.get(abs);
  if (!hit) {
    const bytes = readFileSync(abs);
    hit = {
      file: rel.replace(/^\//, ""),
      raw: bytes.byteLength,
      gzip: gzipSync(bytes, { level: 9 }).byteLength,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
      text: bytes.toString("utf8"),
    };
    cache.set(abs, hit);
  }
  return hit;
}

export function total(files: readonly FileSize[]): SizeTotal {
  const unique = [...new Map(files.map((f) => [f.file, f])).values()];
  return {
    raw: unique.reduce((s, f) => s + f.raw, 0),
    gzip: unique.reduce((s, f) => s + f.gzip, 0),
    brotli: unique.reduce((s, f) => s + f.brotli, 0),
    files: unique.map(({ file, raw, gzip, brotli }) => ({ file, raw, gzip, brotli })),
  };
}

/** Strings of Leaflet itself that survive minification (app CSS may style .leaflet-container; only Leaflet
 * stamps objects with _leaflet_id). */
export const isMapCode = (file: string, text: string) =>
  file.endsWith(".css") ? text.includes(".leaflet-container") : text.includes("_leaflet_id");

/** Libraries recognisable in minified code by strings that survive minification (a hint, not a proof). */
const SIGNATURES: [string, string][] = [
  ["react-dom", "react.dev/errors"],
  ["zod", "ZodError"],
  ["leaflet", "_leaflet_id"],
  ["zustand", "zustand"],
  ["d3-time-format", "%Y-%m-%dT%H:%M:%S"],
];
export const libraryHints = (text: string) => SIGNATURES.filter(([, sig]) => text.includes(sig)).map(([name]) => name);
