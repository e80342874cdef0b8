/**
 * `npm run data:new-release -- <id> [--from <release-id>]`: starts a draft release as a copy of the
 * newest published release (or of --from): the same records in releases/<id>/, and a manifest entry
 * with a title made from the date, the period since the previous release, the changelog line
 * "DRAFT: describe what changed" and no file hashes (files: []) until data:publish.
 */
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { ReleaseEntry, RELEASE_FILE_NAMES } from "../src/data/schema.ts";
import { dataDir, DRAFT_MARKER, isDraft, readManifest, writeManifest } from "./lib/local-data.ts";
import { parseArgs } from "./lib/args.ts";

const { positional, options } = parseArgs(process.argv.slice(2), ["from"]);
const id = positional[0];
const dir = dataDir();

function fail(message: string): never {
  console.error(`error: ${message}`);
  process.exit(1);
}

if (!id || positional.length > 1) fail("usage: npm run data:new-release -- <release-id> [--from <release-id>]");
if (!ReleaseEntry.shape.id.safeParse(id).success || Number.isNaN(Date.parse(id.slice(0, 10)))) {
  fail(`"${id}" is not a release id: use the newsletter's last day as YYYY-MM-DD, e.g. 2024-11-29`);
}
const manifest = readManifest(dir);
if (manifest.releases.some((r) => r.id === id) || existsSync(path.join(dir, "releases", id))) {
  fail(`release ${id} already exists`);
}
const drafts = manifest.releases.filter(isDraft);
if (drafts.length > 0) {
  fail(`release ${drafts[0]!.id} is still a draft: publish it (npm run data:publish -- ${drafts[0]!.id}) first`);
}
const base = options.from ? manifest.releases.find((r) => r.id === options.from) : manifest.releases[0];
if (!base) fail(`there is no release "${options.from}" to start from`);
const day = id.slice(0, 10);
if (day <= base.asOf) fail(`a new release must be dated after the release it starts from (${base.id}, ${base.asOf})`);

const nextDay = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
const longDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.parse(day)),
  );

const entry: ReleaseEntry = {
  id,
  title: { en: `Data as of ${longDate("en-GB")}`, be: `Даныя на ${longDate("be")}`, ru: `Данные на ${longDate("ru")}` },
  period: { start: nextDay(base.period.end), end: day },
  asOf: day,
  published: day,
  changelog: [DRAFT_MARKER],
  files: [],
};

mkdirSync(path.join(dir, "releases", id), { recursive: true });
for (const name of RELEASE_FILE_NAMES) {
  copyFileSync(path.join(dir, "releases", base.id, name), path.join(dir, "releases", id, name));
}
const at = manifest.releases.findIndex((r) => r.id < id);
manifest.releases.splice(at < 0 ? manifest.releases.length : at, 0, entry);
writeManifest(dir, manifest);

console.log(`Started draft release ${id} from ${base.id} (period ${entry.period.start} to ${entry.period.end}).`);
console.log(
  `Next: npm run data:export-csv -- ${id} <folder>, edit the CSV files, then npm run data:import-csv -- ${id} <folder>.`,
);
