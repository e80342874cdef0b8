import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { byCodeUnits, byLatinName } from "../../src/data/order";

// What src/data/order.ts sorts on a page's first render, in every published release: its orders must be the ones
// an English collator (what the pages used before) gives.
const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../public/data/releases");
const releases = readdirSync(DATA).filter((d) => !d.startsWith("."));
const read = <T>(id: string, file: string, key: string) =>
  JSON.parse(readFileSync(path.join(DATA, id, file), "utf8"))[key] as T[];

const collator = new Intl.Collator("en");
const sortedBoth = (items: string[], ours: (a: string, b: string) => number) => [
  [...items].sort(ours),
  [...items].sort(collator.compare),
];

describe("orders without a collator", () => {
  it.each(releases)("release %s: ids and dates in the collator's order", (id) => {
    const ids = [
      ...read<{ id: string }>(id, "detentions.json", "detentions").map((d) => d.id),
      ...read<{ id: string }>(id, "people.json", "people").map((p) => p.id),
      ...read<{ id: string }>(id, "sources.json", "sources").map((s) => s.id),
    ];
    const dates = read<{ date?: string }>(id, "sources.json", "sources").flatMap((s) => (s.date ? [s.date] : []));
    expect(ids.length).toBeGreaterThan(20);
    const [ours, icu] = sortedBoth(ids, byCodeUnits);
    expect(ours).toEqual(icu);
    const [oursDates, icuDates] = sortedBoth(dates, byCodeUnits);
    expect(oursDates).toEqual(icuDates);
  });

  it.each(releases)("release %s: surnames and publishers in the collator's order", (id) => {
    const surnames = read<{ name: { en: string } }>(id, "people.json", "people").map((p) =>
      p.name.en.split(" ").pop()!,
    );
    const publishers = [...new Set(read<{ publisher: string }>(id, "sources.json", "sources").map((s) => s.publisher))];
    expect(publishers.length).toBeGreaterThan(5);
    for (const names of [surnames, publishers]) {
      const [ours, icu] = sortedBoth(names, byLatinName);
      expect(ours).toEqual(icu);
    }
  });

  it("puts accents and case after the letters, as a collator does", () => {
    expect(["Zhuk", "Ąbel", "abel", "Babaryka", "Ales"].sort(byLatinName)).toEqual([
      "abel",
      "Ąbel",
      "Ales",
      "Babaryka",
      "Zhuk",
    ]);
    expect(byLatinName("Łosik", "Losik")).not.toBe(0);
  });
});
