import { describe, expect, it } from "vitest";
import { answerCorrections, type CorrectionsRequest } from "../../src/changes/corrections";
import { correctionsFor } from "../../src/data/diff";
import { DataError } from "../../src/data/errors";
import type { ReadBytes } from "../../src/data/loader";
import { newerFixture, releaseFromFixture, servedRelease } from "../fixtures/releases";

// What the correction marks' worker (src/changes/correctionsWorker.ts) answers, run here without a worker: the
// request goes through structuredClone first, as postMessage copies it.
const older = releaseFromFixture("2024-11-15");
const newer = newerFixture("2024-11-29");
const served = servedRelease(older);

function reader(files: Record<string, Uint8Array>, asked: string[] = []): ReadBytes {
  return async (p) => {
    asked.push(p);
    const bytes = files[p];
    if (!bytes) throw new DataError("network", p, "", "the server answered 404 Not Found");
    return bytes;
  };
}

const request = (): CorrectionsRequest =>
  structuredClone({ dataRoot: "https://example.org/data", entries: [newer.entry, served.entry], shown: newer });

describe("the correction marks' worker", () => {
  it("downloads the other releases, not the shown one, and answers the page's own index", async () => {
    const asked: string[] = [];
    const reply = await answerCorrections(request(), reader(served.files, asked));
    expect(asked.every((p) => p.startsWith("releases/2024-11-15/"))).toBe(true);
    expect(asked.length).toBeGreaterThan(0);
    expect(reply).toEqual({ index: correctionsFor("2024-11-29", [newer, older]) });
    // The fixture's corrected detention count: 2024-11-29 says "at least 60", as a correction of 2024-11-15's figure.
    const detention = older.detentions[0]!.id;
    const changes = "index" in reply ? reply.index.detentions?.[detention] : undefined;
    expect(changes?.map((c) => [c.figure, c.release, c.previous, c.after[0]?.value])).toEqual([
      ["count", "2024-11-29", "2024-11-15", 60],
    ]);
  });

  it("answers why, without throwing, when an earlier release fails its check (the page then shows no marks)", async () => {
    const path = "releases/2024-11-15/pardons.json";
    const damaged = { ...served.files, [path]: new TextEncoder().encode('{"pardons": []}') };
    const reply = await answerCorrections(request(), reader(damaged));
    expect(reply).toEqual({ error: expect.stringContaining("pardons.json") });
    expect("error" in reply && reply.error).toMatch(/bytes but the manifest says|does not match the manifest/);
  });

  it("answers a download that fails with its reason", async () => {
    const reply = await answerCorrections(request(), reader({}));
    expect(reply).toEqual({ error: expect.stringContaining("404 Not Found") });
  });
});
