/**
 * `npm run data:check`: validates every release in the data folder (DATA_DIR, default public/data)
 * exactly as the app loads it (sizes, SHA-256, JSON, schema, references), the safety policy (errors
 * for the newest release and drafts, warnings for older releases), checks the published JSON Schema
 * is current, and prints arithmetic cross-checks as warnings. Exits 1 on any error, and while a
 * draft is unpublished. Warns when src/embed/heights.json has not measured a published release. data:publish and data:manifest run the same checks (scripts/lib/check-extras.ts)
 * before they fingerprint anything.
 */
import path from "node:path";
import { checkData } from "./lib/check-extras.ts";
import { HEIGHTS_FILE, heightsWarnings, readHeights } from "./lib/heights-check.ts";
import { dataDir, isDraft, readManifest } from "./lib/local-data.ts";

const dir = dataDir();
const report = await checkData(dir);
// The repository's own data only: another DATA_DIR (a test's copy) has no embed heights of its own.
if (path.resolve(dir) === path.resolve("public/data")) {
  const published = readManifest(dir)
    .releases.filter((r) => !isDraft(r))
    .map((r) => r.id);
  report.warnings.push(...heightsWarnings(published, readHeights(HEIGHTS_FILE)));
}
const errors = [...report.unfinished, ...report.errors];
for (const w of report.warnings) console.warn(`warning: ${w}`);
for (const line of report.lines) console.log(line);
for (const e of errors) console.error(`error: ${e}`);
console.log(`data:check: ${errors.length} error(s), ${report.warnings.length} warning(s)`);
process.exit(errors.length ? 1 : 0);
