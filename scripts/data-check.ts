/**
 * `npm run data:check`: validates every release in public/data exactly as the app loads it
 * (sizes, SHA-256, JSON, schema, references), checks the published JSON Schema is current, and
 * prints arithmetic cross-checks as warnings. Exits 1 on any error.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { loadManifest, loadReleaseFiles } from "../src/data/loader.ts";
import { crossCheck } from "../src/data/crosscheck.ts";
import { RELEASE_FILE_NAMES, type ReleaseData } from "../src/data/schema.ts";
import { DATA_DIR } from "./lib/files.ts";
import { jsonSchemaFiles } from "./lib/json-schema.ts";
import { diffSummaries, draftAwareReader, draftError, releaseFindings } from "./lib/check-extras.ts";
import { readPolicy } from "./lib/local-data.ts";

const dataDir = process.env.DATA_DIR ? path.resolve(process.env.DATA_DIR) : DATA_DIR;
// Drafts (releases started by data:new-release, files not yet hashed) are checked whole and reported as errors.
const { read, drafts } = draftAwareReader(dataDir);
const policy = (() => {
  try {
    return readPolicy(dataDir);
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
})();
const loaded: ReleaseData[] = [];

let errors = 0;
let warnings = 0;
const error = (msg: string) => {
  errors++;
  console.error(`error: ${msg}`);
};

try {
  const manifest = await loadManifest(read);
  for (const entry of manifest.releases) {
    if (drafts.has(entry.id)) error(draftError(entry));
    try {
      const release = await loadReleaseFiles(entry, read);
      const extra = readdirSync(path.join(dataDir, "releases", entry.id)).filter(
        (f) => !(RELEASE_FILE_NAMES as string[]).includes(f),
      );
      for (const f of extra)
        error(`releases/${entry.id}/${f}: file is not part of the release schema and not in the manifest`);
      for (const f of releaseFindings(release, drafts.has(entry.id), policy)) {
        if (f.level === "error") error(f.text);
        else console.warn(`warning: ${f.text}`);
        if (f.level === "warning") warnings++;
      }
      loaded.push(release);
      const found = crossCheck(release);
      for (const w of found) console.warn(`warning: ${w.file}: ${w.path}: ${w.message}`);
      warnings += found.length;
      const counts = RELEASE_FILE_NAMES.map((n) => n.replace(".json", "")).map(
        (k) => `${(release[k as keyof typeof release] as unknown[]).length} ${k}`,
      );
      console.log(`ok: release ${entry.id}: ${counts.join(", ")}`);
    } catch (e) {
      error(e instanceof Error ? e.message : String(e));
    }
  }
  for (const line of diffSummaries(loaded)) console.log(line);
  const releaseDirs = existsSync(path.join(dataDir, "releases")) ? readdirSync(path.join(dataDir, "releases")) : [];
  for (const d of releaseDirs) {
    if (!manifest.releases.some((r) => r.id === d)) error(`releases/${d}: folder is not listed in manifest.json`);
  }
} catch (e) {
  error(e instanceof Error ? e.message : String(e));
}

if (!process.env.DATA_DIR) {
  for (const [file, text] of Object.entries(jsonSchemaFiles())) {
    const abs = path.join(DATA_DIR, "schema", file);
    if (!existsSync(abs) || readFileSync(abs, "utf8") !== text) {
      error(
        `schema/${file}: the published JSON Schema is out of date with src/data/schema.ts; run npm run data:schema`,
      );
    }
  }
}

console.log(`data:check: ${errors} error(s), ${warnings} warning(s)`);
process.exit(errors ? 1 : 0);
