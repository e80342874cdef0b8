/**
 * `npm run data:manifest [-- <release-id> …]`: write the byte size and SHA-256 of every file of the
 * named releases (default: releases whose files are not yet listed) into public/data/manifest.json.
 *
 * A release already listed with hashes is published and immutable: this script refuses to change
 * its hashes. A correction is a new release (see docs/maintaining-data.md).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR, readBytes, sha256Hex, toJsonText } from "./lib/files.ts";
import { Manifest, RELEASE_FILE_NAMES } from "../src/data/schema.ts";

const manifestPath = path.join(DATA_DIR, "manifest.json");
const manifest = Manifest.parse(JSON.parse(readFileSync(manifestPath, "utf8")));
const requested = process.argv.slice(2);
let failed = false;

for (const release of manifest.releases) {
  const wanted = requested.length ? requested.includes(release.id) : release.files.length === 0;
  if (!wanted) continue;
  const files = RELEASE_FILE_NAMES.map((name) => {
    const rel = `releases/${release.id}/${name}`;
    const abs = path.join(DATA_DIR, rel);
    if (!existsSync(abs)) throw new Error(`${rel}: file missing`);
    const bytes = readBytes(abs);
    return { path: rel, bytes: bytes.byteLength, sha256: sha256Hex(bytes) };
  });
  const changed = release.files.filter((old) => {
    const now = files.find((f) => f.path === old.path);
    return !now || now.sha256 !== old.sha256;
  });
  if (release.files.length > 0 && changed.length > 0 && !process.env.ALLOW_REPUBLISH) {
    failed = true;
    for (const f of changed) {
      console.error(
        `error: ${f.path} belongs to published release ${release.id} and has changed. ` +
          `Published releases are immutable: start a new release with npm run data:new-release -- <id>.`,
      );
    }
    continue;
  }
  release.files = files;
  console.log(`${release.id}: ${files.length} files hashed`);
}

if (failed) process.exit(1);
writeFileSync(manifestPath, toJsonText(manifest));
