/**
 * Follows docs/maintaining-data.md: runs the commands it documents, in its order, on a copy of the
 * data as it stood in November 2024, with the spreadsheet edits of tests/fixtures/newsletter-2024-11-29.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishOf, Manifest } from "../../src/data/schema";
import { applyEditsFolder } from "../fixtures/csv-edits";
import { copyDataAsOf, fileHashes } from "../testing/dataDir";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DOC = readFileSync(path.join(ROOT, "docs/maintaining-data.md"), "utf8");
const FIXTURES = path.join(ROOT, "tests/fixtures");
const work = mkdtempSync(path.join(tmpdir(), "maintaining-data-"));
const data = path.join(work, "data");

/** Commands in the guide's ```sh blocks, in order. */
const documented = [...DOC.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
  m[1]!.split("\n").filter((l) => l.startsWith("npm run ")),
);
/** Lines of the guide's ```text blocks (example output). */
const exampleOutput = [...DOC.matchAll(/```text\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split("\n").filter(Boolean));

const ran: string[] = [];
function npm(command: string) {
  const [, script, rest = ""] = /^npm run (\S+)(?: -- (.*))?$/.exec(command)!;
  const args = rest.split(" ").filter(Boolean);
  // Typed in the work folder (folders in the command are relative to it), for the project in ROOT.
  const r = spawnSync("npm", ["--prefix", ROOT, "run", "-s", script!, ...(args.length ? ["--", ...args] : [])], {
    cwd: work,
    env: { ...process.env, DATA_DIR: data },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
/** Runs a command of the guide and records it, so the order can be compared with the guide's. */
function step(command: string) {
  ran.push(command);
  return npm(command);
}

const manifest = () => Manifest.parse(JSON.parse(readFileSync(path.join(data, "manifest.json"), "utf8")));
const sameRows = (s: string) => s.replace(/row \d+/g, "row N");

beforeAll(() => {
  // The data as it stood when the newsletter of 16–29 November 2024 came out: release 2024-11-15 only.
  copyDataAsOf(data, "2024-11-15");
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("docs/maintaining-data.md, followed step by step", { timeout: 60_000 }, () => {
  const folder = path.join(work, "newsletter-2024-11-29");

  it("1. new-release starts a draft copied from the newest release", () => {
    const r = step("npm run data:new-release -- 2024-11-29");
    expect(r.code, r.err).toBe(0);
    const draft = manifest().releases[0]!;
    expect(draft).toMatchObject({ id: "2024-11-29", files: [], changelog: ["DRAFT: describe what changed"] });
    expect(draft.period).toEqual({ start: "2024-11-16", end: "2024-11-29" });
    expect(draft.title.en).toBe("Data as of 29 November 2024");
    const check = npm("npm run data:check");
    expect(check.code).toBe(1);
    expect(check.err).toContain('release 2024-11-29 is a draft: not published yet and its changelog still says "DRAFT');
  });

  it("2. export-csv writes one CSV per record type, relative to where the command is run", () => {
    const r = step("npm run data:export-csv -- 2024-11-29 newsletter-2024-11-29");
    expect(r.code, r.err).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(
      [
        "deaths.csv",
        "detentions.csv",
        "events.csv",
        "incommunicado.csv",
        "observations.csv",
        "pardons.csv",
        "people.csv",
        "places.csv",
        "release.csv",
        "series.csv",
        "sources.csv",
      ].sort(),
    );
    expect(readFileSync(path.join(folder, "detentions.csv"), "utf8")).toContain(
      "id,start,end,scope,places,region,count_value,count_qualifier,count_hi,count_sources",
    );
    expect(npm("npm run data:export-csv -- 2024-11-29 newsletter-2024-11-29").err).toContain(
      "choose an empty folder so edits are never overwritten",
    );
  });

  it("3–4. a badly edited spreadsheet gets the guide's messages and nothing is written", () => {
    const bad = path.join(work, "newsletter-bad");
    cpSync(folder, bad, { recursive: true });
    applyEditsFolder(bad, path.join(FIXTURES, "newsletter-2024-11-29-bad"));
    const before = fileHashes(data);
    const r = npm("npm run data:import-csv -- 2024-11-29 newsletter-bad");
    expect(r.code).toBe(1);
    expect(fileHashes(data)).toEqual(before);
    const lines = r.err.split("\n").filter((l) => l.startsWith("error:") || l.startsWith("Nothing was written"));
    expect(lines).toHaveLength(4);
    const documentedLines = exampleOutput.map(sameRows);
    for (const line of lines) expect(documentedLines, line).toContain(sameRows(line));
  });

  it("4. the edited spreadsheet imports, and says what changed", () => {
    applyEditsFolder(folder, path.join(FIXTURES, "newsletter-2024-11-29"));
    const r = step("npm run data:import-csv -- 2024-11-29 newsletter-2024-11-29");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(
      "changes from 2024-11-15 to 2024-11-29: pardons +1 ~1, observations +1, detentions ~1, sources +3; 0 figure(s) changed",
    );
    for (const line of r.out.split("\n").filter(Boolean)) expect(exampleOutput).toContain(line.replace(work + "/", ""));
    expect(manifest().releases[0]!.changelog[0]).toMatch(/^Adds the sixth pardon stage of 20 Nov 2024/);
  });

  it("5. check fails only because the release is still a draft", () => {
    const r = step("npm run data:check");
    expect(r.code).toBe(1);
    const errors = r.err.split("\n").filter((l) => l.startsWith("error:"));
    expect(errors).toEqual([
      "error: release 2024-11-29 is a draft: not published yet. When it is complete, run npm run data:publish -- 2024-11-29",
    ]);
    expect(exampleOutput).toContain(errors[0]);
  });

  it("6. diff lists the added stage and observation, the changed records and the new sources", () => {
    const r = step("npm run data:diff -- 2024-11-15 2024-11-29");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("  added   pardon-2024-11-20\n      count: 32 [reuters-2024-11-21");
    expect(r.out).toContain("  added   prisoners_in_custody:2024-11-20\n      value: 1,275 [aljazeera-2024-11-20]");
    expect(r.out).toContain("  changed 2023-08-navahrudak-plant (fields: context, display)");
    expect(r.out).toContain("  added   rferl-2024-11-20-pardon");
    for (const line of exampleOutput.filter((l) => / {2}(added|changed) /.test(l) || /^ {6}\w+: /.test(l))) {
      expect(r.out).toContain(line);
    }
  });

  it("7. publish writes sizes and hashes and removes the draft marker", () => {
    const r = step("npm run data:publish -- 2024-11-29");
    expect(r.code, r.err).toBe(0);
    const entry = manifest().releases[0]!;
    expect(entry.files).toHaveLength(9);
    for (const f of entry.files) {
      const bytes = readFileSync(path.join(data, f.path));
      expect(f.bytes).toBe(bytes.byteLength);
      expect(f.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
    expect(entry.changelog.some((l) => englishOf(l).startsWith("DRAFT:"))).toBe(false);
    expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Described as a Data Package beside its files, from the manifest entry just written.
    const pkg = JSON.parse(readFileSync(path.join(data, "releases/2024-11-29/datapackage.json"), "utf8"));
    expect(pkg).toMatchObject({ version: "2024-11-29", created: `${entry.published}T00:00:00Z` });
    expect(pkg.resources.map((r: { hash: string }) => r.hash)).toEqual(entry.files.map((f) => `sha256:${f.sha256}`));
  });

  it("8. check passes and summarises the release", () => {
    const r = step("npm run data:check");
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain("changes from 2024-11-15 to 2024-11-29: pardons +1 ~1, observations +1");
    expect(r.out).toContain("data:check: 0 error(s)");
  });

  it("ran exactly the guide's commands, in the guide's order", () => {
    expect(ran).toEqual(documented);
  });

  it("a published release is immutable: publish and import refuse to change it", () => {
    const file = path.join(data, "releases/2024-11-29/series.json");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace('"value": 1275', '"value": 1276'));
    const publish = npm("npm run data:publish -- 2024-11-29");
    expect(publish.code).toBe(1);
    expect(publish.err).toContain("belongs to published release 2024-11-29 and has changed");
    expect(npm("npm run data:check").code).toBe(1);
    writeFileSync(file, original);
    expect(npm("npm run data:publish -- 2024-11-29").out).toContain("already published");
    const importAgain = npm("npm run data:import-csv -- 2024-11-29 newsletter-2024-11-29");
    expect(importAgain.code).toBe(1);
    expect(importAgain.err).toContain("release 2024-11-29 is published and its files never change");
  });
});
