/**
 * A small, valid fixture release built in memory, with a manifest whose hashes are computed
 * here, and a reader over it. Tests corrupt copies of it.
 */
import { createHash } from "node:crypto";
import type { ReadBytes } from "../../src/data/loader";
import { DataError } from "../../src/data/errors";
import { RELEASE_FILE_NAMES, type ReleaseFileName } from "../../src/data/schema";

export const FIXTURE_ID = "2024-11-15";

export function fixtureRecords(): Record<ReleaseFileName, unknown> {
  return {
    "sources.json": {
      sources: [
        { id: "hc", title: "Newsletter 2–15 Nov 2024", publisher: "Human Constanta", date: "2024-11-15" },
        {
          id: "viasna",
          title: "Monthly review",
          publisher: "Viasna",
          date: "2024-10-31",
          url: "https://spring96.org/en/news/116662",
        },
      ],
    },
    "places.json": {
      places: [
        {
          id: "smarhon",
          names: { en: "Smarhon", be: "Смаргонь", ru: "Сморгонь" },
          alt: ["Smorgon"],
          kind: "town",
          oblast: "BY-HR",
          lat: 54.484,
          lon: 26.4,
          sources: ["viasna"],
        },
        {
          id: "slonim",
          names: { en: "Slonim", be: "Слонім", ru: "Слоним" },
          alt: [],
          kind: "town",
          oblast: "BY-HR",
          lat: 53.083,
          lon: 25.317,
          sources: ["viasna"],
        },
      ],
    },
    "people.json": { people: [{ id: "shletgauer", name: { en: "Dmitry Shletgauer" }, nameSources: ["hc"] }] },
    "pardons.json": {
      pardons: [
        {
          id: "2024-11-07",
          date: "2024-11-07",
          kind: "pardon",
          count: [{ value: 31, qualifier: "exact", sources: ["hc"] }],
          runningTotal: [{ value: 146, qualifier: "exact", sources: ["hc"] }],
          stageNumbers: [{ number: 5, counting: "since 3 July 2024", sources: ["hc"] }],
          breakdown: { women: { value: 2, qualifier: "exact", sources: ["hc"] } },
          sources: ["hc"],
        },
      ],
    },
    "detentions.json": {
      detentions: [
        {
          id: "smarhon-slonim",
          start: "2024-10-31",
          end: "2024-11-14",
          scope: "places",
          places: ["smarhon", "slonim"],
          count: [{ value: 50, qualifier: "at_least", sources: ["hc"] }],
          category: "detention",
          context: { en: "Pre-election raids" },
          sources: ["hc"],
        },
      ],
    },
    "series.json": {
      series: [
        {
          id: "prisoners_in_custody",
          title: { en: "Political prisoners in custody" },
          unit: "persons",
          observations: [
            { date: "2024-10-31", value: 1299, qualifier: "exact", sources: ["viasna"] },
            { date: "2024-11-15", value: 1275, qualifier: "exact", sources: ["hc"] },
          ],
        },
      ],
    },
    "deaths.json": {
      deaths: [
        {
          id: "shletgauer",
          person: "shletgauer",
          died: [{ date: "2024-10-11", sources: ["viasna"] }],
          reported: [{ date: "2024-11-01", sources: ["hc"] }],
          age: [{ value: 22, qualifier: "exact", sources: ["hc"] }],
          institution: { en: "Penal colony No. 15, Mahiliou" },
          ordinal: 7,
          sources: ["hc"],
        },
      ],
    },
    "incommunicado.json": { incommunicado: [] },
    "events.json": {
      events: [
        {
          id: "election-2025",
          date: "2024-10-23",
          kind: "election",
          title: { en: "Election date set" },
          sources: ["hc"],
        },
      ],
    },
  };
}

export type FileBytes = Record<string, Uint8Array>;

const enc = new TextEncoder();

export function fixtureFiles(records = fixtureRecords()): { files: FileBytes; manifest: Record<string, unknown> } {
  const files: FileBytes = {};
  const listed = RELEASE_FILE_NAMES.map((name) => {
    const bytes = enc.encode(JSON.stringify(records[name], null, 2));
    const p = `releases/${FIXTURE_ID}/${name}`;
    files[p] = bytes;
    return { path: p, bytes: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex") };
  });
  const manifest = {
    schemaVersion: 1,
    releases: [
      {
        id: FIXTURE_ID,
        title: { en: "Fixture" },
        period: { start: "2024-11-02", end: "2024-11-15" },
        asOf: "2024-11-15",
        published: "2024-11-15",
        changelog: ["Fixture release"],
        files: listed,
      },
    ],
  };
  files["manifest.json"] = enc.encode(JSON.stringify(manifest));
  return { files, manifest };
}

/** Re-hashes the manifest after a file was changed on purpose (to reach schema checks). */
export function rehash(files: FileBytes): FileBytes {
  const manifest = JSON.parse(new TextDecoder().decode(files["manifest.json"])) as {
    releases: { files: { path: string; bytes: number; sha256: string }[] }[];
  };
  for (const f of manifest.releases[0]!.files) {
    const b = files[f.path]!;
    f.bytes = b.byteLength;
    f.sha256 = createHash("sha256").update(b).digest("hex");
  }
  return { ...files, "manifest.json": enc.encode(JSON.stringify(manifest)) };
}

export function memoryReader(files: FileBytes): ReadBytes {
  return async (p) => {
    const b = files[p];
    if (!b) throw new DataError("network", p, "", "file not found");
    return b;
  };
}
