/**
 * `npm run data:diff -- <old-release> <new-release>`: lists the records added, changed and removed
 * in each file (by record id) and every figure whose value or qualifier changed, before and after.
 * Drafts can be compared too. Add --summary for one line.
 */
import { diffReleases, summarizeDiff } from "../src/data/diff.ts";
import { parseArgs } from "./lib/args.ts";
import { detailLines, summaryLine } from "./lib/diff-text.ts";
import { dataDir, loadLocalRelease } from "./lib/local-data.ts";

try {
  const { positional, flags } = parseArgs(process.argv.slice(2), [], ["summary"]);
  const [older, newer] = positional;
  if (!older || !newer) throw new Error("usage: npm run data:diff -- <old-release-id> <new-release-id>");
  const dir = dataDir();
  const diff = diffReleases(await loadLocalRelease(dir, older), await loadLocalRelease(dir, newer));
  console.log(flags.has("summary") ? summaryLine(diff, summarizeDiff(diff)) : detailLines(diff).join("\n"));
} catch (e) {
  console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
