/**
 * `npm run data:build -- <release-id>`: builds a release from the research table (data/research/).
 * The release is defined in data/research/releases.json (its base release, period and changelog); its
 * records are the base release's plus every row of the table its as-of date allows, then the
 * corrections listed for it (scripts/lib/research.ts says how). It writes a draft — the release folder
 * and a manifest entry without hashes — and checks it as the app loads it; `npm run data:publish -- <id>`
 * then makes it immutable. Running it again on a draft rebuilds the draft from scratch.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as z from "zod/mini";
import { RELEASE_FILE_NAMES, ReleaseEntry, Text } from "../src/data/schema.ts";
import { buildRelease, readResearch, ResearchError } from "./lib/research.ts";
import { readTranslationFolder, translateRelease, TranslationError } from "./lib/translations.ts";
import { ROOT, toJsonText } from "./lib/files.ts";
import { dataDir, isDraft, loadLocalRelease, readManifest, writeManifest } from "./lib/local-data.ts";

const ReleaseDef = z.strictObject({
  id: ReleaseEntry.shape.id,
  base: z.string(),
  title: Text,
  period: ReleaseEntry.shape.period,
  asOf: ReleaseEntry.shape.asOf,
  changelog: ReleaseEntry.shape.changelog,
  /** Give the release's texts the languages of the translation memory (data/research/translations/). Releases
   * built before the memory existed leave it out, so that they rebuild byte for byte. */
  translate: z.optional(z.boolean()),
});

function fail(message: string): never {
  console.error(`error: ${message}`);
  console.error("Nothing was written.");
  process.exit(1);
}

const RESEARCH = process.env.RESEARCH_DIR ? path.resolve(process.env.RESEARCH_DIR) : path.join(ROOT, "data/research");
const id = process.argv[2];
if (!id) fail("usage: npm run data:build -- <release-id> (a release defined in data/research/releases.json)");
const defs = z.array(ReleaseDef).safeParse(JSON.parse(readFileSync(path.join(RESEARCH, "releases.json"), "utf8")));
if (!defs.success)
  fail(`data/research/releases.json: ${defs.error.issues[0]!.path.join(".")}: ${defs.error.issues[0]!.message}`);
const def = defs.data.find((d) => d.id === id);
if (!def) fail(`release ${id} is not defined in data/research/releases.json`);

const dir = dataDir();
const manifest = readManifest(dir);
const existing = manifest.releases.find((r) => r.id === id);
if (existing && !isDraft(existing)) {
  fail(`release ${id} is published and never changes: define a correction release in data/research/releases.json`);
}
const baseEntry = manifest.releases.find((r) => r.id === def.base);
if (!baseEntry || isDraft(baseEntry)) fail(`base release ${def.base} is not a published release`);
// A correction release may share its base's as-of date (2026-12-06-r2 corrects 2026-12-06): same facts, fixed.
if (def.asOf < baseEntry.asOf) fail(`as-of ${def.asOf} must not be before the base release's (${baseEntry.asOf})`);

const texts: Record<string, string> = {};
for (const f of ["sources.csv", "series.csv", "detentions.csv", "places.csv", "corrections.csv"]) {
  const file = path.join(RESEARCH, f);
  if (existsSync(file)) texts[f] = readFileSync(file, "utf8");
}

try {
  const base = await loadLocalRelease(dir, def.base);
  const table = readResearch(texts);
  const built = buildRelease(table, { id, asOf: def.asOf, base });
  const { notes } = built;
  let { records } = built;
  let changelog = def.changelog;
  if (def.translate) {
    const { memory, files } = readTranslationFolder(RESEARCH);
    ({ records, changelog } = translateRelease(records, changelog, memory));
    notes.push(`texts given their languages from ${files} translation file(s) (${memory.size} English texts)`);
  }
  mkdirSync(path.join(dir, "releases", id), { recursive: true });
  for (const name of RELEASE_FILE_NAMES) {
    const key = name.replace(".json", "");
    writeFileSync(path.join(dir, "releases", id, name), toJsonText({ [key]: records[key] }));
  }
  const entry: ReleaseEntry = {
    id,
    title: def.title,
    period: def.period,
    asOf: def.asOf,
    published: def.asOf,
    changelog,
    files: [],
  };
  const others = manifest.releases.filter((r) => r.id !== id);
  const at = others.findIndex((r) => r.id < id);
  others.splice(at < 0 ? others.length : at, 0, entry);
  writeManifest(dir, { ...manifest, releases: others });
  const release = await loadLocalRelease(dir, id);
  for (const n of notes) console.log(`note: ${n}`);
  const counts = RELEASE_FILE_NAMES.map((n) => n.replace(".json", "")).map(
    (k) => `${(release[k as keyof typeof release] as unknown[]).length} ${k}`,
  );
  console.log(`Built draft release ${id} from ${def.base} and the research table: ${counts.join(", ")}.`);
  console.log(`Next: npm run data:check, then npm run data:publish -- ${id} --date <YYYY-MM-DD>.`);
} catch (e) {
  if (e instanceof ResearchError) fail(`the research table has problems:\n${e.message}`);
  if (e instanceof TranslationError) fail(`the translation files have problems:\n${e.message}`);
  fail(e instanceof Error ? e.message : String(e));
}
