/**
 * The loader's quick yes (src/data/acceptAsIs.ts) is never a yes where zod says no: for the published releases it
 * says yes with zod, and for any corruption of a release's records it says yes only where zod's safeParse succeeds
 * with data equal to the value. A no is always safe (zod decides, with its own error message).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { acceptsAsIs } from "../../src/data/acceptAsIs";
import { RELEASE_FILE_NAMES, RELEASE_FILES, type ReleaseFileName } from "../../src/data/schema";
import { fixtureRecords } from "../testing/fixture";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const manifest = JSON.parse(readFileSync(path.join(DATA, "manifest.json"), "utf8")) as {
  releases: { id: string; files: unknown[] }[];
};
const published = manifest.releases.filter((r) => r.files.length > 0).map((r) => r.id);

function records(id: string): Record<ReleaseFileName, Json> {
  return Object.fromEntries(
    RELEASE_FILE_NAMES.map((name) => [
      name,
      JSON.parse(readFileSync(path.join(DATA, "releases", id, name), "utf8")) as Json,
    ]),
  ) as Record<ReleaseFileName, Json>;
}

/** What zod makes of the value, and whether the quick walk agrees where it says yes. */
function expectNoFalseYes(schema: z.core.$ZodType, value: unknown): boolean {
  const fast = acceptsAsIs(schema, value);
  if (fast) {
    const result = z.safeParse(schema, value);
    expect(result.success).toBe(true);
    expect(isDeepStrictEqual(result.data, value)).toBe(true);
    // The same text too: zod's copy puts an object's fields in the order of its shape.
    expect(JSON.stringify(result.data)).toBe(JSON.stringify(value));
  }
  return fast;
}

/** Every path to a node of a JSON value. */
function paths(root: Json, at: (string | number)[] = []): (string | number)[][] {
  const out = [at];
  if (Array.isArray(root)) root.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (root && typeof root === "object")
    for (const [k, v] of Object.entries(root)) out.push(...paths(v, [...at, k]));
  return out;
}

/**
 * A copy of `root` with the node at `at` replaced, deleted (value undefined) or, on an object, given another key or
 * its first key moved to the end.
 */
function mutate(
  root: Json,
  at: (string | number)[],
  value: Json | undefined,
  newKey: string | null,
  reorder = false,
): Json {
  const copy = structuredClone(root);
  if (at.length === 0) return value ?? null;
  let node = copy as Record<string | number, Json>;
  for (const p of at.slice(0, -1)) node = node[p] as Record<string | number, Json>;
  const last = at[at.length - 1]!;
  const target = node[last];
  if (reorder && target && typeof target === "object" && !Array.isArray(target)) {
    const first = Object.keys(target)[0];
    if (first !== undefined) {
      const moved = target[first]!;
      delete target[first];
      target[first] = moved;
    }
  } else if (newKey !== null && target && typeof target === "object" && !Array.isArray(target)) {
    // defineProperty: "__proto__" becomes an own key, as JSON.parse makes it.
    Object.defineProperty(target, newKey, { value, enumerable: true, writable: true, configurable: true });
  } else if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

const jsonValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 2000 }),
  fc.double(),
  fc.constantFrom(0, -0, 1.5, 2 ** 53, -1, 90.5, -180.5),
  fc.string({ maxLength: 8 }),
  fc.constantFrom(
    "",
    "hc",
    "viasna",
    "Hc",
    "2024",
    "2024-02-29",
    "2023-02-29",
    "2024-13",
    "0000",
    "2024-1-5",
    "at_least",
    "range",
    "women",
    "BY-MI",
    "356",
    "361-4",
    "https://example.org/a",
    "http://",
    "javascript:alert(1)",
    "line\nbreak",
    "tab\there",
    "a\u202eb",
    "\u200f",
    "\u0085",
    "ok text",
    "x",
    "Range",
    "BY-XX",
    "pardon ",
  ),
  fc.constantFrom<Json>({}, { en: "x" }, { en: "x", be: "y", ru: "z" }, { en: "x", de: "y" }, { en: "" }, []),
  fc.array(fc.string({ maxLength: 4 }), { maxLength: 2 }),
);
const newKey = fc.option(fc.constantFrom("__proto__", "extra", "en", "be", "hi", "note", "asOf", "women", "id"), {
  freq: 3,
});

describe("acceptsAsIs", () => {
  it("says yes to every file of the newest release, as zod does, and the data is the value itself", () => {
    const files = records(published[0]!);
    for (const name of RELEASE_FILE_NAMES) expect(expectNoFalseYes(RELEASE_FILES[name], files[name]), name).toBe(true);
  });

  it("says yes to a file of an older release only where zod's data is the value itself, key order included", () => {
    // Some older releases list a source's url before its date: zod's copy has date first, so zod gives the data.
    for (const id of published.slice(1)) {
      const files = records(id);
      for (const name of RELEASE_FILE_NAMES) expectNoFalseYes(RELEASE_FILES[name], files[name]);
    }
  });

  it("says yes only where zod succeeds with equal data, however a release's records are changed", () => {
    const sets = [fixtureRecords() as Record<ReleaseFileName, Json>, records(published[0]!)];
    const all = sets.map((set) => Object.fromEntries(RELEASE_FILE_NAMES.map((n) => [n, paths(set[n])])));
    let yes = 0;
    let no = 0;
    fc.assert(
      fc.property(
        fc.nat(sets.length - 1),
        fc.constantFrom(...RELEASE_FILE_NAMES),
        fc.nat(),
        jsonValue,
        fc.boolean(),
        newKey,
        fc.boolean(),
        (set, name, pick, value, remove, key, reorder) => {
          const nodes = all[set]![name]!;
          const at = nodes[pick % nodes.length]!;
          const mutated = mutate(sets[set]![name], at, remove && key === null ? undefined : value, key, reorder);
          if (expectNoFalseYes(RELEASE_FILES[name], mutated)) yes++;
          else no++;
        },
      ),
      { numRuns: 3000 },
    );
    // Both answers come up: the property is not passing by saying no to everything.
    expect(yes).toBeGreaterThan(100);
    expect(no).toBeGreaterThan(100);
  });

  it("says no to values zod refuses, one rule at a time", () => {
    const fixture = fixtureRecords() as Record<ReleaseFileName, Record<string, Record<string, Json>[]>>;
    const sources = fixture["sources.json"];
    const source = sources.sources![0]!;
    const no = (name: ReleaseFileName, value: unknown) => {
      expect(z.safeParse(RELEASE_FILES[name], value).success).toBe(false);
      expect(acceptsAsIs(RELEASE_FILES[name], value)).toBe(false);
    };
    expect(acceptsAsIs(RELEASE_FILES["sources.json"], sources)).toBe(true);
    no("sources.json", { sources: [{ ...source, title: "a\u202eb" }] });
    no("sources.json", { sources: [{ ...source, title: "" }] });
    no("sources.json", { sources: [{ ...source, date: "2023-02-29" }] });
    no("sources.json", { sources: [{ ...source, url: "javascript:alert(1)" }] });
    no("sources.json", { sources: [{ ...source, id: "Upper" }] });
    no("sources.json", { sources: [{ ...source, extra: 1 }] });
    no("sources.json", { sources: [{ ...source, title: undefined }] });
    no("sources.json", { sources: [source], more: [] });
    no("sources.json", { sources: {} });
    const pardons = fixture["pardons.json"];
    const stage = pardons.pardons![0]!;
    const claim = (stage.count as Record<string, Json>[])[0]!;
    expect(acceptsAsIs(RELEASE_FILES["pardons.json"], pardons)).toBe(true);
    no("pardons.json", { pardons: [{ ...stage, count: [{ ...claim, qualifier: "range" }] }] });
    no("pardons.json", { pardons: [{ ...stage, count: [{ ...claim, hi: 40 }] }] });
    no("pardons.json", { pardons: [{ ...stage, count: [{ ...claim, value: -1 }] }] });
    no("pardons.json", { pardons: [{ ...stage, count: [] }] });
    no("pardons.json", { pardons: [{ ...stage, breakdown: { elders: claim } }] });
    no("pardons.json", { pardons: [{ ...stage, stageNumbers: [{ number: 1.5, counting: "x", sources: ["hc"] }] }] });
  });

  it("leaves to zod what it does not know: another kind of schema, a rewriting check, a record key it would drop", () => {
    expect(acceptsAsIs(z.literal(1), 1)).toBe(false);
    expect(acceptsAsIs(z.string().check(z.trim()), "a")).toBe(false);
    expect(acceptsAsIs(z.object({ a: z.string() }), { a: "x" })).toBe(true);
    expect(acceptsAsIs(z.object({ a: z.string() }), { a: "x", b: 1 })).toBe(false);
    const ab = z.strictObject({ a: z.string(), b: z.optional(z.string()) });
    expect(acceptsAsIs(ab, { a: "x", b: "y" })).toBe(true);
    expect(acceptsAsIs(ab, { b: "y", a: "x" })).toBe(false);
    expect(JSON.stringify(z.safeParse(ab, { b: "y", a: "x" }).data)).toBe('{"a":"x","b":"y"}');
    const breakdown = z.partialRecord(z.enum(["women", "men"]), z.number());
    expect(acceptsAsIs(breakdown, { women: 1 })).toBe(true);
    expect(acceptsAsIs(breakdown, JSON.parse('{"__proto__": 1, "women": 1}'))).toBe(false);
    expect(acceptsAsIs(z.object({ a: z.optional(z.string()) }), JSON.parse('{"__proto__": {"a": "x"}}'))).toBe(false);
  });
});
