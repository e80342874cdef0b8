/**
 * data:import-csv writes a release's files all or none: a failure half-way through writing (a full
 * disk, a file held open) leaves every original file as it was and no temporary file behind.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { orderLike, writeImport } from "../../scripts/lib/import-write";
import type { WriteSteps } from "../../scripts/lib/write-all";
import { Manifest, RELEASE_FILE_NAMES, type ReleaseFileName } from "../../src/data/schema";
import { fileHashes } from "../testing/dataDir";

const ROOT = path.resolve(import.meta.dirname, "../..");
const ID = "2026-12-06";
let data: string;

/** The release with one new source, so every file the import writes differs from the one on disk. */
function edited(): { files: Record<ReleaseFileName, unknown>; manifest: Manifest } {
  const files = Object.fromEntries(
    RELEASE_FILE_NAMES.map((n) => [n, JSON.parse(readFileSync(path.join(data, "releases", ID, n), "utf8"))]),
  ) as Record<ReleaseFileName, { [key: string]: unknown[] }>;
  for (const name of RELEASE_FILE_NAMES) files[name][name.replace(".json", "")]!.push({ id: `added-${name}` });
  const manifest = Manifest.parse(JSON.parse(readFileSync(path.join(data, "manifest.json"), "utf8")));
  manifest.releases[0]!.changelog = ["Edited"];
  return { files, manifest };
}

/** Real file operations, except that the n-th call of `step` fails as a full disk would. */
function failing(step: keyof WriteSteps, n: number): WriteSteps {
  let calls = 0;
  const fail = () => {
    if (++calls === n) throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  };
  return {
    writeFile: (file, text) => {
      if (step === "writeFile") fail();
      writeFileSync(file, text);
    },
    rename: (from, to) => {
      if (step === "rename") fail();
      renameSync(from, to);
    },
  };
}

beforeEach(() => {
  data = mkdtempSync(path.join(tmpdir(), "import-write-"));
  cpSync(path.join(ROOT, "public/data"), data, { recursive: true });
});
afterEach(() => rmSync(data, { recursive: true, force: true }));

describe("an import that fails while writing", () => {
  it.each([
    ["writing the second file", "writeFile", 2],
    ["moving the third file into place", "rename", 3],
    ["moving the manifest (the last file) into place", "rename", 10],
  ] as const)("leaves every file unchanged and no temporary file when %s fails", (_, step, n) => {
    const before = fileHashes(data);
    const { files, manifest } = edited();
    expect(() => writeImport(data, ID, files, manifest, failing(step, n))).toThrow("ENOSPC");
    expect(fileHashes(data)).toEqual(before);
    expect(readdirSync(data).sort()).toEqual(["manifest.json", "policy.json", "releases", "schema"]);
    // The published release's files and its Data Package descriptor, and no temporary file.
    expect(readdirSync(path.join(data, "releases", ID)).sort()).toEqual(
      [...RELEASE_FILE_NAMES, "datapackage.json"].sort(),
    );
  });

  it("writes every file and the manifest when nothing fails, and leaves no temporary file", () => {
    const { files, manifest } = edited();
    writeImport(data, ID, files, manifest);
    for (const name of RELEASE_FILE_NAMES) {
      expect(readFileSync(path.join(data, "releases", ID, name), "utf8")).toContain(`"id": "added-${name}"`);
    }
    expect(readFileSync(path.join(data, "manifest.json"), "utf8")).toContain('"Edited"');
    expect(readdirSync(data).sort()).toEqual(["manifest.json", "policy.json", "releases", "schema"]);
  });
});

describe("key order of the written files", () => {
  it("follows the file being replaced: records by id, other items by position, new keys last", () => {
    const like = {
      a: [
        { id: "x", url: "u", date: "d" },
        { id: "y", z: 1, w: 2 },
      ],
      b: 1,
    };
    const value = {
      b: 2,
      a: [
        { id: "y", w: 2, z: 1 },
        { date: "d", id: "x", url: "u", note: "n" },
        { id: "new", k: 1 },
      ],
    };
    expect(JSON.stringify(orderLike(value, like))).toBe(
      JSON.stringify({
        a: [
          { id: "y", z: 1, w: 2 },
          { id: "x", url: "u", date: "d", note: "n" },
          { id: "new", k: 1 },
        ],
        b: 2,
      }),
    );
  });
});
