import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/errors";
import {
  httpReader,
  loadReaderManifest,
  loadRelease,
  parseManifest,
  parseReaderManifest,
  pickRelease,
} from "../../src/data/loader";
import { fixtureFiles, fixtureRecords, memoryReader, rehash, FIXTURE_ID } from "../testing/fixture";

const enc = new TextEncoder();
const file = (name: string) => `releases/${FIXTURE_ID}/${name}`;

async function failure(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("expected the load to fail");
}

describe("loadRelease", () => {
  it("loads a valid release whole", async () => {
    const { files } = fixtureFiles();
    const { release } = await loadRelease(memoryReader(files), FIXTURE_ID);
    expect(release.pardons[0]!.count[0]!.value).toBe(31);
    expect(release.detentions[0]!.places).toEqual(["smarhon", "slonim"]);
  });

  it("checks a release a file at a time, with a turn for the page between files where the reader pauses", async () => {
    const { files } = fixtureFiles();
    const log: string[] = [];
    const plain = memoryReader(files);
    const read = Object.assign((path: string) => plain(path), {
      pause: async () => {
        log.push("pause");
        await Promise.resolve();
      },
    });
    const { release } = await loadRelease(read, FIXTURE_ID);
    expect(release.pardons[0]!.count[0]!.value).toBe(31);
    // One turn before each of the nine files and one before the references are checked.
    expect(log).toHaveLength(10);
    // A page's reader pauses in a task of its own (input and paint come first).
    const order: string[] = [];
    const turn = httpReader("/data").pause!().then(() => order.push("turn"));
    await Promise.resolve().then(() => order.push("microtask"));
    await turn;
    expect(order).toEqual(["microtask", "turn"]);
  });

  it("refuses a file whose bytes differ from the manifest hash", async () => {
    const { files } = fixtureFiles();
    const bytes = files[file("series.json")]!;
    const tampered = new TextDecoder().decode(bytes).replace("1275", "1775");
    const err = await failure(
      loadRelease(memoryReader({ ...files, [file("series.json")]: enc.encode(tampered) }), FIXTURE_ID),
    );
    expect(err.kind).toBe("integrity");
    expect(err.file).toBe(file("series.json"));
    expect(err.message).toContain("does not match the manifest");
  });

  it("names the file, JSON path and what was expected for a wrong type", async () => {
    const records = fixtureRecords();
    (records["pardons.json"] as { pardons: { count: { value: unknown }[] }[] }).pardons[0]!.count[0]!.value = "31a";
    const err = await failure(loadRelease(memoryReader(fixtureFiles(records).files), FIXTURE_ID));
    expect(err.kind).toBe("schema");
    expect(err.message).toBe(`${file("pardons.json")}: pardons[0].count[0].value: expected a number, got "31a"`);
  });

  it("reports a missing field as missing", async () => {
    const records = fixtureRecords();
    delete (records["detentions.json"] as { detentions: { category?: string }[] }).detentions[0]!.category;
    const err = await failure(loadRelease(memoryReader(fixtureFiles(records).files), FIXTURE_ID));
    expect(err.path).toBe("detentions[0].category");
    expect(err.detail).toContain("the field is missing");
  });

  it("reports an unknown place id with its path", async () => {
    const records = fixtureRecords();
    (records["detentions.json"] as { detentions: { places: string[] }[] }).detentions[0]!.places[1] = "atlantis";
    const err = await failure(loadRelease(memoryReader(fixtureFiles(records).files), FIXTURE_ID));
    expect(err.kind).toBe("reference");
    expect(err.message).toBe(
      `${file("detentions.json")}: detentions[0].places[1]: unknown place id "atlantis" (not in places.json)`,
    );
  });

  it("reports truncated JSON as a parse error of that file", async () => {
    const { files } = fixtureFiles();
    const cut = files[file("events.json")]!.slice(0, 20);
    const err = await failure(loadRelease(memoryReader(rehash({ ...files, [file("events.json")]: cut })), FIXTURE_ID));
    expect(err.kind).toBe("parse");
    expect(err.file).toBe(file("events.json"));
    expect(err.message).toContain("not valid JSON");
  });

  it("names an unknown release and lists the available ones", async () => {
    const err = await failure(loadRelease(memoryReader(fixtureFiles().files), "2030-01-01"));
    expect(err.kind).toBe("unknown_release");
    expect(err.message).toContain(`available: ${FIXTURE_ID}`);
  });

  it("rejects a range without an upper bound", async () => {
    const records = fixtureRecords();
    (
      records["detentions.json"] as { detentions: { count: { qualifier: string }[] }[] }
    ).detentions[0]!.count[0]!.qualifier = "range";
    const err = await failure(loadRelease(memoryReader(fixtureFiles(records).files), FIXTURE_ID));
    expect(err.path).toBe("detentions[0].count[0].hi");
    expect(err.detail).toBe("a range needs hi ≥ value");
  });
});

describe("drafts", () => {
  it("are invisible to readers: the newest published release loads", async () => {
    const { files, manifest } = fixtureFiles();
    const releases = (manifest as { releases: { id: string; files: unknown[] }[] }).releases;
    const draft = { ...releases[0]!, id: "2024-11-29", files: [], changelog: ["DRAFT: describe what changed"] };
    const withDraft = { ...manifest, releases: [draft, ...releases] };
    const read = memoryReader({ ...files, "manifest.json": new TextEncoder().encode(JSON.stringify(withDraft)) });
    const { manifest: loaded, release } = await loadRelease(read);
    expect(release.entry.id).toBe(FIXTURE_ID);
    expect(loaded.releases.map((r) => r.id)).toEqual([FIXTURE_ID]);
  });
});

/** The fixture's manifest with two more releases (copies of the fixture's entry), newest first; `edit` breaks some. */
function threeReleases(edit: (releases: Record<string, unknown>[]) => void = () => {}): Uint8Array {
  const { manifest } = fixtureFiles();
  const base = (manifest as { releases: Record<string, unknown>[] }).releases[0]!;
  const copy = (id: string) => ({
    ...base,
    id,
    files: (base.files as { path: string }[]).map((f) => ({ ...f, path: f.path.replace(FIXTURE_ID, id) })),
  });
  const releases = [copy("2024-12-20"), copy("2024-11-29"), base];
  edit(releases);
  return enc.encode(JSON.stringify({ ...manifest, releases }));
}
const badHash = (r: Record<string, unknown>) => {
  (r.files as { sha256: string }[])[0]!.sha256 = "not-a-hash";
};

describe("manifest with one bad entry", () => {
  it("fails whole in the strict reading (data:check, scripts, build), naming the entry and field", () => {
    const bytes = threeReleases((rs) => badHash(rs[2]!));
    expect(() => parseManifest(bytes)).toThrow(
      'manifest.json: releases[2].files[0].sha256: expected 64 lowercase hex digits, got "not-a-hash"',
    );
  });

  it("costs readers only that release: the others load and the bad one keeps its own error", () => {
    const manifest = parseReaderManifest(threeReleases((rs) => badHash(rs[2]!)));
    expect(manifest.releases.map((r) => r.id)).toEqual(["2024-12-20", "2024-11-29"]);
    expect(manifest.invalid!.map((r) => r.id)).toEqual([FIXTURE_ID]);
    expect(manifest.skipped).toEqual([]);
    expect(pickRelease(manifest, null).id).toBe("2024-12-20");
    expect(pickRelease(manifest, "2024-11-29").id).toBe("2024-11-29");
    let err: unknown;
    try {
      pickRelease(manifest, FIXTURE_ID);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(DataError);
    expect((err as DataError).path).toBe("releases[2].files[0].sha256");
    expect((err as DataError).message).toBe(
      `manifest.json: releases[2].files[0].sha256: release ${FIXTURE_ID} cannot be shown: its entry in the list of releases is invalid (expected 64 lowercase hex digits, got "not-a-hash"); the other releases are not affected`,
    );
  });

  it("loads a good release pinned by a reader while another entry is bad", async () => {
    const { files } = fixtureFiles();
    const read = memoryReader({ ...files, "manifest.json": threeReleases((rs) => badHash(rs[0]!)) });
    const { manifest, release } = await loadRelease(read, FIXTURE_ID, loadReaderManifest);
    expect(release.entry.id).toBe(FIXTURE_ID);
    // The strict pipeline refuses the same manifest outright.
    await expect(loadRelease(read, FIXTURE_ID)).rejects.toThrow(/releases\[0\]\.files\[0\]\.sha256/);
    // The newest entry is the broken one: it is named as skipped, and the newest usable release is picked.
    expect(manifest.skipped!.map((r) => r.id)).toEqual(["2024-12-20"]);
    expect(pickRelease(manifest, null).id).toBe("2024-11-29");
  });

  it("leaves out an entry whose id cannot be read, and a repeated id, keeping the first", () => {
    const manifest = parseReaderManifest(
      threeReleases((rs) => {
        rs[0]!.id = "call +1 555 0100 now";
        rs[1] = { ...rs[2]! };
      }),
    );
    expect(manifest.releases.map((r) => r.id)).toEqual([FIXTURE_ID]);
    expect(manifest.invalid).toEqual([]);
  });

  it("still fails on a broken top level or when no entry is usable", () => {
    expect(() => parseReaderManifest(enc.encode(JSON.stringify({ schemaVersion: 2, releases: [] })))).toThrow(
      /manifest\.json: schemaVersion/,
    );
    expect(() => parseReaderManifest(threeReleases((rs) => rs.forEach(badHash)))).toThrow(
      'manifest.json: releases[0].files[0].sha256: expected 64 lowercase hex digits, got "not-a-hash"',
    );
  });
});

describe("a release id from the URL in the error", () => {
  const manifest = parseReaderManifest(fixtureFiles().files["manifest.json"]!);
  const message = (id: string) => {
    try {
      pickRelease(manifest, id);
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error("expected an error");
  };

  it("is quoted when it is short and id-like", () => {
    expect(message("2030-01-01")).toBe(`manifest.json: there is no release "2030-01-01" (available: ${FIXTURE_ID})`);
  });

  it("is not repeated when it is long or carries other text", () => {
    const attack = "Your account is locked. Call +1 555 0100 to restore access";
    expect(message(attack)).toBe(`manifest.json: the requested release does not exist (available: ${FIXTURE_ID})`);
    expect(message("a".repeat(33))).not.toContain("aaaa");
  });
});
