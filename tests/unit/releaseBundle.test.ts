/**
 * A release as one download (decision 009): the loader takes a bundle's files only after checking each one's size and
 * SHA-256 against the manifest, as it does for a file downloaded on its own, and reads the files one by one where
 * there is no bundle. The build step writes the bundle from the published files, byte for byte.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import * as plugin from "../../build/releaseBundlePlugin";
import { checkData } from "../../scripts/lib/check-extras";
import { DataError } from "../../src/data/errors";
import {
  BUNDLE_FILE,
  BUNDLE_FORMAT,
  httpReader,
  loadManifest,
  loadRelease,
  type ReadBytes,
} from "../../src/data/loader";
import { fixtureFiles, memoryReader, rehash, FIXTURE_ID, type FileBytes } from "../testing/fixture";

const enc = new TextEncoder();
const dec = new TextDecoder();
const file = (name: string) => `releases/${FIXTURE_ID}/${name}`;
const BUNDLE = file(BUNDLE_FILE);

/** The bundle the build would write for the fixture release, with `edit` applied to its file texts. */
function bundleOf(files: FileBytes, edit: (texts: Record<string, string>) => void = () => {}): Uint8Array {
  const texts: Record<string, string> = {};
  for (const [p, bytes] of Object.entries(files)) {
    if (p.startsWith(`releases/${FIXTURE_ID}/`)) texts[p.slice(`releases/${FIXTURE_ID}/`.length)] = dec.decode(bytes);
  }
  edit(texts);
  return enc.encode(JSON.stringify({ format: BUNDLE_FORMAT, release: FIXTURE_ID, files: texts }));
}

/** A built site's reader over these files, recording every path it is asked for. */
function site(files: FileBytes): { read: ReadBytes; asked: string[] } {
  const asked: string[] = [];
  const inner = memoryReader(files);
  const read = Object.assign((p: string) => (asked.push(p), inner(p)), { bundles: true });
  return { read, asked };
}

/** Only the manifest and the bundle: no file of the release can be read on its own. */
function bundleOnly(files: FileBytes, bundle: Uint8Array): FileBytes {
  return { "manifest.json": files["manifest.json"]!, [BUNDLE]: bundle };
}

async function failure(promise: Promise<unknown>): Promise<DataError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error("expected the load to fail");
}

describe("a release from its bundle", () => {
  it("loads whole from the bundle alone: one request for the release after the manifest", async () => {
    const { files } = fixtureFiles();
    const { read, asked } = site(bundleOnly(files, bundleOf(files)));
    const { release } = await loadRelease(read, FIXTURE_ID);
    expect(release.pardons[0]!.count[0]!.value).toBe(31);
    expect(release.detentions[0]!.places).toEqual(["smarhon", "slonim"]);
    expect(asked).toEqual(["manifest.json", BUNDLE]);
  });

  it("refuses a file whose text in the bundle was changed, with the same error as for the file itself", async () => {
    const { files } = fixtureFiles();
    const bundle = bundleOf(files, (t) => (t["series.json"] = t["series.json"]!.replace("1275", "1775")));
    const fromBundle = await failure(loadRelease(site(bundleOnly(files, bundle)).read, FIXTURE_ID));
    expect(fromBundle.kind).toBe("integrity");
    expect(fromBundle.file).toBe(file("series.json"));
    expect(fromBundle.message).toMatch(
      /^releases\/2024-11-15\/series\.json: SHA-256 [0-9a-f]{12}… does not match the manifest .*refusing to use it$/,
    );

    const tampered = dec.decode(files[file("series.json")]).replace("1275", "1775");
    const alone = await failure(
      loadRelease(memoryReader({ ...files, [file("series.json")]: enc.encode(tampered) }), FIXTURE_ID),
    );
    expect(fromBundle.message).toBe(alone.message);
  });

  it("gives the records the published bytes parse to, where a text and its UTF-8 bytes read differently", async () => {
    // The loader parses a bundle's text as it is, without decoding its bytes again, except where that could differ:
    // a leading byte order mark (the decoder drops it) and a lone surrogate (encoded, and so hashed, as U+FFFD).
    const { files } = fixtureFiles();
    const sources = dec.decode(files[file("sources.json")]);
    const published = rehash({
      ...files,
      [file("sources.json")]: enc.encode(`\uFEFF${sources.replace('"title": "', '"title": "\uFFFD')}`),
    });
    const alone = await loadRelease(memoryReader(published), FIXTURE_ID);
    expect(alone.release.sources[0]!.title.startsWith("\uFFFD")).toBe(true);
    const bundle = bundleOf(published, (t) => {
      t["sources.json"] = `\uFEFF${sources.replace('"title": "', '"title": "\uD800')}`;
    });
    const fromBundle = await loadRelease(site(bundleOnly(published, bundle)).read, FIXTURE_ID);
    expect(fromBundle.release).toEqual(alone.release);
  });

  it("refuses a bundle that lacks a file the manifest lists, naming the file", async () => {
    const { files } = fixtureFiles();
    const bundle = bundleOf(files, (t) => delete t["events.json"]);
    // The files are there on their own too: a bundle that is one is not quietly passed over.
    const err = await failure(loadRelease(site({ ...files, [BUNDLE]: bundle }).read, FIXTURE_ID));
    expect(err.kind).toBe("integrity");
    expect(err.message).toBe(
      `${BUNDLE}: files: events.json is missing from the bundle though the manifest lists it: the bundle was changed after publication or damaged in transit; refusing to use it`,
    );
  });

  it("refuses another release's bundle", async () => {
    const { files } = fixtureFiles();
    const other = enc.encode(
      dec.decode(bundleOf(files)).replace(`"release":"${FIXTURE_ID}"`, '"release":"2026-03-05"'),
    );
    const err = await failure(loadRelease(site(bundleOnly(files, other)).read, FIXTURE_ID));
    expect(err.message).toContain(`${BUNDLE}: release: the bundle is of release 2026-03-05`);
  });

  it("falls back to the files one by one when there is no bundle", async () => {
    const { files } = fixtureFiles();
    const { read, asked } = site(files);
    const { release } = await loadRelease(read, FIXTURE_ID);
    expect(release.pardons[0]!.count[0]!.value).toBe(31);
    expect(asked[1]).toBe(BUNDLE);
    expect(asked.slice(2).sort()).toEqual(
      Object.keys(files)
        .filter((p) => p !== "manifest.json")
        .sort(),
    );
  });

  it("falls back when the host answers with a page of its own, and still checks each file", async () => {
    const { files } = fixtureFiles();
    const page = enc.encode("<!doctype html><title>Not found</title>");
    const { release } = await loadRelease(site({ ...files, [BUNDLE]: page }).read, FIXTURE_ID);
    expect(release.sources.map((s) => s.id)).toEqual(["hc", "viasna"]);

    const tampered = dec.decode(files[file("people.json")]).replace('"', ' "');
    const err = await failure(
      loadRelease(site({ ...files, [BUNDLE]: page, [file("people.json")]: enc.encode(tampered) }).read, FIXTURE_ID),
    );
    expect(err.file).toBe(file("people.json"));
    expect(err.kind).toBe("integrity");
  });

  it("is asked for only by readers of a built site: data:check's file readers read the files", async () => {
    const { files } = fixtureFiles();
    const asked: string[] = [];
    const inner = memoryReader(files);
    await loadRelease((p) => (asked.push(p), inner(p)), FIXTURE_ID);
    expect(asked).not.toContain(BUNDLE);
  });
});

describe("httpReader", () => {
  /** A server with these files (everything else 404), counting requests. */
  function server(files: FileBytes) {
    const asked: string[] = [];
    const fetchImpl = (async (url: string) => {
      const p = String(url).replace("https://example.org/data/", "");
      asked.push(p);
      const body = files[p];
      return body
        ? new Response(body as Uint8Array<ArrayBuffer>)
        : new Response("", { status: 404, statusText: "Not Found" });
    }) as typeof fetch;
    return { read: httpReader("https://example.org/data/", fetchImpl), asked };
  }

  it("asks for the bundle, and for the files only when the server has none", async () => {
    const { files } = fixtureFiles();
    const built = server({ ...files, [BUNDLE]: bundleOf(files) });
    await loadRelease(built.read, FIXTURE_ID);
    expect(built.asked).toEqual(["manifest.json", BUNDLE]);

    const plain = server(files);
    await loadRelease(plain.read, FIXTURE_ID);
    expect(plain.asked).toHaveLength(2 + 9);
  });
});

describe("the build's bundle (build/releaseBundlePlugin.ts)", () => {
  const DATA = path.resolve(import.meta.dirname, "../../public/data");
  let tmp: string | undefined;
  afterEach(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    tmp = undefined;
  });

  it("names the bundle and its format as the loader does", () => {
    expect([plugin.BUNDLE_FILE, plugin.BUNDLE_FORMAT]).toEqual([BUNDLE_FILE, BUNDLE_FORMAT]);
  });

  it("holds every published file byte for byte, and the release loads from it as from its files", async () => {
    const disk: ReadBytes = async (p) => new Uint8Array(readFileSync(path.join(DATA, p)));
    const manifest = await loadManifest(disk);
    const newest = manifest.releases[0]!;
    const bundle = enc.encode(plugin.releaseBundle(DATA, newest));
    const texts = (JSON.parse(dec.decode(bundle)) as { files: Record<string, string> }).files;
    for (const f of newest.files) {
      expect(
        Buffer.from(texts[path.posix.basename(f.path)]!, "utf8").equals(readFileSync(path.join(DATA, f.path))),
      ).toBe(true);
    }
    const asked: string[] = [];
    const built: ReadBytes = Object.assign(
      (p: string) => (asked.push(p), p === `releases/${newest.id}/${BUNDLE_FILE}` ? Promise.resolve(bundle) : disk(p)),
      { bundles: true },
    );
    const fromBundle = await loadRelease(built, newest.id);
    expect(asked).toEqual(["manifest.json", `releases/${newest.id}/${BUNDLE_FILE}`]);
    expect(fromBundle.release).toEqual((await loadRelease(disk, newest.id)).release);
  });

  it("stops the build on a file that does not match the manifest, naming it", () => {
    const { files, manifest } = fixtureFiles();
    tmp = mkdtempSync(path.join(os.tmpdir(), "brt-bundle-"));
    for (const [p, bytes] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(tmp, p)), { recursive: true });
      writeFileSync(path.join(tmp, p), bytes);
    }
    const entry = (manifest as { releases: Parameters<typeof plugin.releaseBundle>[1][] }).releases[0]!;
    expect(() => plugin.releaseBundle(tmp!, entry)).not.toThrow();
    writeFileSync(path.join(tmp, file("deaths.json")), dec.decode(files[file("deaths.json")]) + " ");
    expect(() => plugin.releaseBundle(tmp!, entry)).toThrow(
      `release bundle: data/${file("deaths.json")} does not match its size and SHA-256 in the manifest (run npm run data:check)`,
    );
  });

  it("passes data:check in a built site's data folder, and fails it once it no longer holds the files", async () => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "brt-bundle-"));
    cpSync(DATA, tmp, { recursive: true });
    const disk: ReadBytes = async (p) => new Uint8Array(readFileSync(path.join(tmp!, p)));
    const entry = (await loadManifest(disk)).releases.find((r) => r.id === "2024-11-15")!;
    const bundle = path.join(tmp, "releases/2024-11-15", BUNDLE_FILE);
    writeFileSync(bundle, plugin.releaseBundle(tmp, entry));
    expect((await checkData(tmp)).errors).toEqual([]);

    const changed = JSON.parse(readFileSync(bundle, "utf8")) as { files: Record<string, string> };
    changed.files["people.json"] += " ";
    writeFileSync(bundle, JSON.stringify(changed));
    expect((await checkData(tmp)).errors).toEqual([
      "releases/2024-11-15/bundle.json: its copy of people.json differs from the file; delete it or build the site again",
    ]);
  });
});
