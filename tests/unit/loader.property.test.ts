/**
 * Property: however a valid release is corrupted, loading it ends in a DataError that names the
 * file (and, for schema and reference problems, the JSON path) — never an uncaught exception of
 * another type, never a partially loaded release.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/errors";
import { loadRelease } from "../../src/data/loader";
import { RELEASE_FILE_NAMES, type ReleaseData } from "../../src/data/schema";
import { fixtureFiles, fixtureRecords, memoryReader, rehash, FIXTURE_ID, type FileBytes } from "../testing/fixture";

const enc = new TextEncoder();
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every [path, parent, key] of a JSON value, so a mutation can target any node. */
function nodes(root: Json, path: (string | number)[] = []): { path: (string | number)[] }[] {
  const out = [{ path }];
  if (Array.isArray(root)) root.forEach((v, i) => out.push(...nodes(v, [...path, i])));
  else if (root && typeof root === "object")
    for (const [k, v] of Object.entries(root)) out.push(...nodes(v, [...path, k]));
  return out;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy as Record<string | number, Json>;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, Json>;
  const last = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

async function outcome(files: FileBytes): Promise<ReleaseData | DataError> {
  try {
    return (await loadRelease(memoryReader(files), FIXTURE_ID)).release;
  } catch (e) {
    if (e instanceof DataError) return e;
    throw new Error(`not a DataError: ${String(e)}`);
  }
}

const fileName = fc.constantFrom(...RELEASE_FILE_NAMES);
const jsonValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 2000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom("31a", "", "hc", "viasna", "unknown-id", "2024-13-40", "at_least", "range"),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
  fc.constant({}),
);

function expectWholeOrTyped(result: ReleaseData | DataError) {
  if (result instanceof DataError) {
    expect(result.file).toMatch(/^(manifest\.json|releases\/2024-11-15\/[a-z]+\.json)$/);
    if (result.kind === "schema" || result.kind === "reference") expect(result.path).not.toBe("");
    expect(result.message.startsWith(result.file)).toBe(true);
  } else {
    // A mutation that kept the release valid must still load every file.
    for (const key of [
      "sources",
      "places",
      "people",
      "pardons",
      "detentions",
      "series",
      "deaths",
      "incommunicado",
      "events",
    ] as const) {
      expect(Array.isArray(result[key])).toBe(true);
    }
  }
}

describe("loader under corruption", () => {
  it("replacing or deleting any node of any file (re-hashed) ends whole or in a typed error", async () => {
    const records = fixtureRecords();
    await fc.assert(
      fc.asyncProperty(fileName, fc.nat(), jsonValue, fc.boolean(), async (name, pick, value, remove) => {
        const json = records[name] as Json;
        const all = nodes(json).filter((n) => n.path.length > 0);
        const target = all[pick % all.length]!;
        const mutated = setAt(json, target.path, remove ? undefined : value);
        const { files } = fixtureFiles({ ...records, [name]: mutated });
        expectWholeOrTyped(await outcome(files));
      }),
      { numRuns: 1500 },
    );
  });

  it("any altered byte without a new hash is refused as an integrity error of that file", async () => {
    const { files } = fixtureFiles();
    await fc.assert(
      fc.asyncProperty(fileName, fc.nat(), fc.integer({ min: 1, max: 255 }), async (name, at, delta) => {
        const p = `releases/${FIXTURE_ID}/${name}`;
        const bytes = files[p]!.slice();
        const i = at % bytes.length;
        bytes[i] = (bytes[i]! + delta) % 256;
        const result = await outcome({ ...files, [p]: bytes });
        expect(result).toBeInstanceOf(DataError);
        expect((result as DataError).kind).toBe("integrity");
        expect((result as DataError).file).toBe(p);
      }),
      { numRuns: 500 },
    );
  });

  it("truncated files (re-hashed) fail to parse, naming the file", async () => {
    const { files } = fixtureFiles();
    await fc.assert(
      fc.asyncProperty(fileName, fc.nat(), async (name, cut) => {
        const p = `releases/${FIXTURE_ID}/${name}`;
        const bytes = files[p]!;
        const truncated = bytes.slice(0, cut % bytes.length);
        const result = await outcome(rehash({ ...files, [p]: truncated }));
        expect(result).toBeInstanceOf(DataError);
        expect((result as DataError).kind).toBe("parse");
        expect((result as DataError).file).toBe(p);
      }),
      { numRuns: 500 },
    );
  });

  it("random bytes in place of a file (re-hashed) end in a typed error", async () => {
    const { files } = fixtureFiles();
    await fc.assert(
      fc.asyncProperty(fileName, fc.uint8Array({ maxLength: 64 }), async (name, junk) => {
        const p = `releases/${FIXTURE_ID}/${name}`;
        const result = await outcome(rehash({ ...files, [p]: junk }));
        expect(result).toBeInstanceOf(DataError);
        expect(["parse", "schema"]).toContain((result as DataError).kind);
      }),
      { numRuns: 500 },
    );
  });

  it("a corrupted manifest is reported against manifest.json", async () => {
    const { files } = fixtureFiles();
    await fc.assert(
      fc.asyncProperty(fc.nat(), jsonValue, async (pick, value) => {
        const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as Json;
        const all = nodes(manifest).filter((n) => n.path.length > 0);
        const mutated = setAt(manifest, all[pick % all.length]!.path, value);
        const result = await outcome({ ...files, "manifest.json": enc.encode(JSON.stringify(mutated)) });
        expectWholeOrTyped(result);
      }),
      { numRuns: 500 },
    );
  });
});
