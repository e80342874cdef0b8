/**
 * data:check, data:manifest and data:publish run the same checks on the folder DATA_DIR names: no
 * release is fingerprinted that data:check would refuse, and nothing fingerprints a published release
 * again. Runs the scripts on a copy of the data as it stood with release 2024-11-15 only (whose
 * Navahrudak plant count is under the small-count policy at town level).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Manifest } from "../../src/data/schema";
import { copyDataAsOf } from "../testing/dataDir";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PUBLIC_MANIFEST = path.join(ROOT, "public/data/manifest.json");
const work = mkdtempSync(path.join(tmpdir(), "data-scripts-"));
const data = path.join(work, "data");
const DRAFT = "2024-11-29";

function npm(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const r = spawnSync("npm", ["--prefix", ROOT, "run", "-s", script, ...(args.length ? ["--", ...args] : [])], {
    cwd: work,
    env: { ...process.env, DATA_DIR: data, ...env },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const errors = (stderr: string) => stderr.split("\n").filter((l) => l.startsWith("error:"));
const manifestText = () => readFileSync(path.join(data, "manifest.json"), "utf8");
const manifest = () => Manifest.parse(JSON.parse(manifestText()));
const draftFile = (name: string) => path.join(data, "releases", DRAFT, name);
/** Edits one JSON file of the draft in place. */
function editDraft<T>(name: string, edit: (json: T) => void): void {
  const json = JSON.parse(readFileSync(draftFile(name), "utf8")) as T;
  edit(json);
  writeFileSync(draftFile(name), JSON.stringify(json, null, 2) + "\n");
}
type Detentions = { detentions: { id: string; display?: string; context: { en: string } }[] };

let publicBefore = "";
const pristine: Record<string, string> = {};

beforeAll(() => {
  publicBefore = readFileSync(PUBLIC_MANIFEST, "utf8");
  copyDataAsOf(data, "2024-11-15");
  expect(npm("data:new-release", [DRAFT]).code).toBe(0);
  // A changelog, so the only problems left are those of the data.
  const withChangelog = manifest();
  withChangelog.releases[0]!.changelog = ["Adds the sixth pardon stage of 20 Nov 2024."];
  writeFileSync(path.join(data, "manifest.json"), JSON.stringify(withChangelog, null, 2) + "\n");
  for (const name of ["sources.json", "events.json", "pardons.json"])
    pristine[name] = readFileSync(draftFile(name), "utf8");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("data:manifest and data:publish check before they fingerprint", { timeout: 60_000 }, () => {
  it("data:manifest refuses a draft failing the small-count policy, names it, and writes nothing", () => {
    const before = manifestText();
    const r = npm("data:manifest");
    expect(r.code).toBe(1);
    expect(errors(r.err)).toEqual([
      "error: releases/2024-11-29/detentions.json: detentions[16] (2023-08-navahrudak-plant): a count of 3 at Navahrudak is below 5 (public/data/policy.json): a number this small at one town can identify the people detained; set display to oblast (or national) so the app shows it only at that level",
    ]);
    expect(r.err).toContain("Nothing was written.");
    expect(manifestText()).toBe(before);
  });

  it("data:publish refuses the same draft with the same message", () => {
    const r = npm("data:publish", [DRAFT]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("detentions[16] (2023-08-navahrudak-plant): a count of 3 at Navahrudak is below 5");
    expect(r.err).toContain("Nothing was published.");
    expect(manifest().releases[0]!.files).toEqual([]);
  });

  it("data:manifest also refuses the count at oblast level while its context names the town", () => {
    editDraft<Detentions>("detentions.json", (j) => {
      j.detentions.find((e) => e.id === "2023-08-navahrudak-plant")!.display = "oblast";
    });
    const r = npm("data:manifest");
    expect(r.code).toBe(1);
    expect(r.err).toContain("its context names Navahrudak, so it still points at the town when shown at oblast level");
  });

  it("hashes the draft into the manifest of DATA_DIR once it passes, and leaves public/data alone", () => {
    editDraft<Detentions>("detentions.json", (j) => {
      j.detentions.find((e) => e.id === "2023-08-navahrudak-plant")!.context.en = "Workplace raid in the region.";
    });
    const r = npm("data:manifest");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`${DRAFT}: 9 files hashed`);
    expect(manifest().releases[0]!.files.map((f) => f.path)).toContain(`releases/${DRAFT}/detentions.json`);
    expect(readFileSync(PUBLIC_MANIFEST, "utf8")).toBe(publicBefore);
    // 2024-11-15 still shows the count at the town, but it is no longer the newest release: a warning only.
    const check = npm("data:check");
    expect(check.code, check.err).toBe(0);
    expect(check.err).toContain(
      "warning: releases/2024-11-15/detentions.json: detentions[16] (2023-08-navahrudak-plant): a count of 3 at Navahrudak is below 5",
    );
    expect(check.err).toContain("[an older release, which never changes; the newest release corrects it]");
  });

  it("writes the release's datapackage.json from the manifest, and data:check names one out of date with it", () => {
    const text = readFileSync(draftFile("datapackage.json"), "utf8");
    const entry = manifest().releases[0]!;
    const pkg = JSON.parse(text) as { version: string; resources: { path: string; bytes: number; hash: string }[] };
    expect(pkg.version).toBe(DRAFT);
    expect(pkg.resources.map((r) => [`releases/${DRAFT}/${r.path}`, r.bytes, r.hash])).toEqual(
      entry.files.map((f) => [f.path, f.bytes, `sha256:${f.sha256}`]),
    );
    // The manifest is the source: a title changed there makes the package out of date until data:manifest runs.
    const m = manifest();
    m.releases[0]!.title.en = "Data as of 29 November 2024 (newsletter)";
    writeFileSync(path.join(data, "manifest.json"), JSON.stringify(m, null, 2) + "\n");
    const check = npm("data:check");
    expect(check.code).toBe(1);
    expect(errors(check.err)).toEqual([
      `error: releases/${DRAFT}/datapackage.json is out of date with manifest.json: "title" differs; run npm run data:manifest`,
    ]);
    const fix = npm("data:manifest");
    expect(fix.code, fix.err).toBe(0);
    expect(fix.out).toContain(`${DRAFT}: datapackage.json written`);
    expect(npm("data:check").code).toBe(0);
    expect(readFileSync(draftFile("datapackage.json"), "utf8")).toContain(
      '"title": "Belarus Repression Tracker: Data as of 29 November 2024 (newsletter)"',
    );
    // A hash edited in the package is named by its file.
    writeFileSync(draftFile("datapackage.json"), text.replace(entry.files[3]!.sha256, "0".repeat(64)));
    expect(errors(npm("data:check").err)).toEqual([
      `error: releases/${DRAFT}/datapackage.json is out of date with manifest.json: resource pardons.json hash differs; run npm run data:manifest`,
    ]);
    expect(npm("data:manifest").code).toBe(0);
  });

  it("never hashes a published release again, ALLOW_REPUBLISH or not", () => {
    const file = path.join(data, "releases/2024-11-15/events.json");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("Election", "Elections"));
    const before = manifestText();
    for (const env of [{}, { ALLOW_REPUBLISH: "1" }] as Record<string, string>[]) {
      const r = npm("data:manifest", ["2024-11-15"], env);
      expect(r.code).toBe(1);
      expect(errors(r.err)).toEqual([
        "error: releases/2024-11-15/events.json belongs to published release 2024-11-15 and has changed. Published releases never change: put the file back as it was and make the correction in a new release (npm run data:new-release -- <new-id>).",
      ]);
    }
    const publish = npm("data:publish", ["2024-11-15"], { ALLOW_REPUBLISH: "1" });
    expect(publish.code).toBe(1);
    expect(publish.err).toContain("belongs to published release 2024-11-15 and has changed");
    expect(manifestText()).toBe(before);
    writeFileSync(file, original);
    expect(npm("data:manifest", ["2024-11-15"]).err).toContain(
      "release 2024-11-15 is already published and its files are unchanged: its hashes stay as they are",
    );
  });
});

describe("data:check refuses unsafe links, text and dates", { timeout: 60_000 }, () => {
  // Back to a draft, so its files can be edited without re-hashing.
  beforeAll(() => {
    const m = manifest();
    m.releases[0]!.files = [];
    writeFileSync(path.join(data, "manifest.json"), JSON.stringify(m, null, 2) + "\n");
  });

  const checkError = (name: string, edit: (text: string) => string): string[] => {
    writeFileSync(draftFile(name), edit(pristine[name]!));
    const r = npm("data:check");
    writeFileSync(draftFile(name), pristine[name]!);
    expect(r.code).toBe(1);
    return errors(r.err).filter((e) => !e.includes("is a draft"));
  };

  it("a javascript: source link", () => {
    const found = checkError("sources.json", (t) =>
      t.replace('"url": "https://', '"url": "javascript:alert(1)//https://'),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^error: releases\/2024-11-29\/sources\.json: sources\[\d+\]\.url: expected an http\(s\) URL, got "javascript:alert\(1\)\/\/https:\/\//,
    );
  });

  it("a control character or a right-to-left override in a title", () => {
    const bell = checkError("events.json", (t) =>
      t.replace('"title": {\n        "en": "', '"title": {\n        "en": "\\u0007'),
    );
    expect(bell).toHaveLength(1);
    expect(bell[0]).toMatch(
      /^error: releases\/2024-11-29\/events\.json: events\[0\]\.title\.en: contains a control character U\+0007; remove it/,
    );
    const rlo = checkError("events.json", (t) =>
      t.replace('"title": {\n        "en": "', '"title": {\n        "en": "\\u202e'),
    );
    expect(rlo[0]).toContain(
      "events[0].title.en: contains an invisible text-direction character U+202E, which can make text display in another order than it is stored; remove it",
    );
  });

  it("2024-02-30", () => {
    const found = checkError("pardons.json", (t) => t.replace(/"date": "2024-\d\d-\d\d"/, '"date": "2024-02-30"'));
    expect(found).toEqual([
      'error: releases/2024-11-29/pardons.json: pardons[0].date: "2024-02-30" is not a date of the calendar',
    ]);
  });
});
