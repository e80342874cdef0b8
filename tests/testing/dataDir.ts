/** Temporary copies of the bundled data for tests that run the data:* scripts against a DATA_DIR. */
import { createHash } from "node:crypto";
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const PUBLIC_DATA = path.resolve(import.meta.dirname, "../../public/data");

/**
 * Copies public/data into `dir` as it stood when release `id` was the newest: the releases published after it
 * are left out, from the folder and from the manifest (which lists the newest first).
 */
export function copyDataAsOf(dir: string, id: string): void {
  cpSync(PUBLIC_DATA, dir, { recursive: true });
  const file = path.join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { releases: { id: string }[] };
  const at = manifest.releases.findIndex((r) => r.id === id);
  if (at < 0) throw new Error(`copyDataAsOf: there is no release ${id}`);
  for (const r of manifest.releases.slice(0, at)) rmSync(path.join(dir, "releases", r.id), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...manifest, releases: manifest.releases.slice(at) }, null, 2) + "\n");
}

/** Every file under `dir` (relative path) with the SHA-256 of its bytes: compare two to see what a command changed. */
export function fileHashes(dir: string, base = dir): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      if (statSync(p).isDirectory()) return Object.entries(fileHashes(p, base));
      return [[path.relative(base, p), createHash("sha256").update(readFileSync(p)).digest("hex")]];
    }),
  );
}
