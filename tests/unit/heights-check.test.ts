// @vitest-environment node
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { heightsWarnings } from "../../scripts/lib/heights-check";
import { readManifest } from "../../scripts/lib/local-data";

const root = path.resolve(import.meta.dirname, "../..");
const heights = readFileSync(path.join(root, "src/embed/heights.json"), "utf8");

describe("data:check on the embed heights", () => {
  it("has measured every published release", () => {
    const ids = readManifest(path.join(root, "public/data")).releases.map((r) => r.id);
    expect(heightsWarnings(ids, heights)).toEqual([]);
  });

  it("names a release published since the last measurement, and what to run", () => {
    expect(heightsWarnings(["2027-01-10", "2026-12-06-r2"], heights)).toEqual([
      "src/embed/heights.json has no heights for release 2027-01-10: its script-less embed code uses the tallest " +
        'heights measured for the other releases, which may cut it off; run "npm run embed:heights" and commit ' +
        "src/embed/heights.json (docs/maintaining-data.md)",
    ]);
  });

  it("says when the file is missing or broken", () => {
    expect(heightsWarnings(["x"], null)[0]).toMatch(/^src\/embed\/heights.json is missing/);
    expect(heightsWarnings(["x"], "{")[0]).toMatch(/^src\/embed\/heights.json is not valid JSON \(/);
  });
});
