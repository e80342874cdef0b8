import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/errors";
import { loadRelease } from "../../src/data/loader";
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
