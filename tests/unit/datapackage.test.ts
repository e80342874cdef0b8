// @vitest-environment node
/**
 * Every published release is a Frictionless Data Package (releases/<id>/datapackage.json), checked here by the
 * Frictionless Data reference library for JavaScript (npm "datapackage" with its "tableschema"), not by our
 * own schema: the descriptor against the library's bundled Data Package profile, each Table Schema against its
 * profile, each file's bytes as the library reads them against `bytes` and `hash`, and every record (the rows
 * under the dialect's `property`) cast against its Table Schema. The bundled profile is v1, the newest the
 * library has: v2 accepts every descriptor v1 does, and v2's additions ($schema, type, the JSON dialect) go
 * unchecked by it. Nothing here needs the network: the profiles ship with the library and every path is
 * local; any HTTP request would fail the test.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { Package } from "datapackage";
import { Schema, Table } from "tableschema";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { dataPackageText, readSources } from "../../scripts/lib/datapackage";
import { readManifest } from "../../scripts/lib/local-data";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const manifest = readManifest(DATA);
const work = mkdtempSync(path.join(tmpdir(), "datapackage-"));

interface Checked {
  problems: string[];
  /** Each resource's records as the validator cast them, by resource name. */
  rows: Record<string, Record<string, unknown>[]>;
}

/** Everything the validator says about the package in `folder`, in its words (an empty list when valid). */
async function validate(folder: string): Promise<Checked> {
  const pkg = await Package.load(path.join(folder, "datapackage.json"));
  const problems = pkg.errors.map((e) => e.message.replace(/\s+/g, " "));
  const rows: Checked["rows"] = {};
  for (const resource of pkg.resources) {
    const { name, descriptor } = resource;
    const schema = await Schema.load(descriptor.schema as object);
    problems.push(...schema.errors.map((e) => `${name}: Table Schema: ${e.message}`));
    const bytes = await resource.rawRead();
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    if (bytes.byteLength !== descriptor.bytes) {
      problems.push(`${name}: ${bytes.byteLength} bytes read, the package says ${String(descriptor.bytes)}`);
    }
    if (`sha256:${sha256}` !== descriptor.hash) {
      problems.push(`${name}: the bytes read hash to sha256:${sha256}, the package says ${String(descriptor.hash)}`);
    }
    const property = (descriptor.dialect as { property: string }).property;
    const records = (JSON.parse(new TextDecoder().decode(bytes)) as Record<string, Record<string, unknown>[]>)[
      property
    ]!;
    const names = schema.fieldNames;
    const table = await Table.load([names, ...records.map((r) => names.map((n) => r[n] ?? null))], {
      schema: descriptor.schema as object,
    });
    try {
      rows[name] = await table.read({ keyed: true });
    } catch (e) {
      const errors = (e as { errors?: Error[] }).errors ?? [e as Error];
      problems.push(...errors.map((x) => `${name}: ${x.message}`));
    }
  }
  return { problems, rows };
}

/** A copy of a release folder with its datapackage.json changed by `edit`. */
function tampered(id: string, edit: (descriptor: Record<string, unknown>) => void): string {
  const folder = path.join(work, `${id}-${Math.random().toString(36).slice(2)}`);
  cpSync(path.join(DATA, "releases", id), folder, { recursive: true });
  const file = path.join(folder, "datapackage.json");
  const descriptor = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  edit(descriptor);
  writeFileSync(file, JSON.stringify(descriptor, null, 2));
  return folder;
}
const resources = (d: Record<string, unknown>) => d.resources as Record<string, unknown>[];
const pardonsOf = (d: Record<string, unknown>) => resources(d).find((r) => r.name === "pardons")!;

beforeAll(() => {
  const offline = () => {
    throw new Error("the validator tried to use the network");
  };
  vi.spyOn(http, "request").mockImplementation(offline);
  vi.spyOn(https, "request").mockImplementation(offline);
});
afterAll(() => {
  vi.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

describe("every published release is a valid Data Package", { timeout: 60_000 }, () => {
  it.each(manifest.releases.map((r) => [r.id, r] as const))("release %s", async (id, entry) => {
    const folder = path.join(DATA, "releases", id);
    const { problems, rows } = await validate(folder);
    expect(problems).toEqual([]);
    // One resource per file the manifest lists, every record read.
    expect(Object.keys(rows).sort()).toEqual(entry.files.map((f) => path.basename(f.path, ".json")).sort());
    const pkg = JSON.parse(readFileSync(path.join(folder, "datapackage.json"), "utf8")) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      $schema: "https://datapackage.org/profiles/2.0/datapackage.json",
      version: id,
      licenses: [{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/" }],
    });
    // The manifest is the source: the file is what the generator writes from the entry.
    expect(readFileSync(path.join(folder, "datapackage.json"), "utf8")).toBe(
      dataPackageText(entry, readSources(DATA, id)),
    );
  });

  it("reads the figures a reader knows from the dashboard through the validator", async () => {
    const { rows } = await validate(path.join(DATA, "releases", "2026-12-06-r2"));
    expect(rows.pardons).toHaveLength(21);
    // The running pardon total after 9 December 2024: 178 as reported, 207 by adding up the stages.
    const december = rows.pardons!.find((p) => p.date === "2024-12-09")!;
    expect((december.runningTotal as { value: number; basis: string }[]).map((c) => [c.value, c.basis])).toEqual([
      [178, "reported"],
      [207, "computed"],
    ]);
    expect(rows.detentions).toHaveLength(93);
    expect(http.request).not.toHaveBeenCalled();
    expect(https.request).not.toHaveBeenCalled();
  });
});

describe("a damaged package fails validation, saying what is wrong", { timeout: 60_000 }, () => {
  const ID = "2026-12-06-r2";

  it("a resource whose hash does not match the file", async () => {
    const folder = tampered(ID, (d) => void (pardonsOf(d).hash = `sha256:${"0".repeat(64)}`));
    expect((await validate(folder)).problems).toEqual([
      `pardons: the bytes read hash to sha256:38cc11aa980579c1873172f00ee2e0c93bdf25614e8ff0241ae642b6c29b4096, the package says sha256:${"0".repeat(64)}`,
    ]);
  });

  it("a resource whose size does not match the file", async () => {
    const folder = tampered(ID, (d) => void (pardonsOf(d).bytes = 31684));
    expect((await validate(folder)).problems).toEqual(["pardons: 31685 bytes read, the package says 31684"]);
  });

  it("a hash that is not one", async () => {
    const folder = tampered(ID, (d) => void (pardonsOf(d).hash = "sha256:not-a-hash"));
    expect((await validate(folder)).problems).toContainEqual(
      expect.stringContaining(
        'String does not match pattern: ^([^:]+:[a-fA-F0-9]+|[a-fA-F0-9]{32}|)$ at "/resources/3/hash"',
      ),
    );
  });

  it("a package without its required resources", async () => {
    const folder = tampered(ID, (d) => void delete d.resources);
    expect((await validate(folder)).problems).toEqual([
      'Descriptor validation error: Missing required property: resources at "" in descriptor and at "/required/0" in profile',
    ]);
  });

  it("a name that is not lowercase", async () => {
    const folder = tampered(ID, (d) => void (d.name = "Belarus Repression Tracker"));
    expect((await validate(folder)).problems).toEqual([
      'Descriptor validation error: String does not match pattern: ^([-a-z0-9._/])+$ at "/name" in descriptor and at "/properties/name/pattern" in profile',
    ]);
  });

  it("a record that breaks its Table Schema", async () => {
    // The schema says what a pardon's kind may be; a package claiming fewer kinds than the records use fails.
    const folder = tampered(ID, (d) => {
      const kind = (pardonsOf(d).schema as { fields: { name: string; constraints: { enum: string[] } }[] }).fields.find(
        (f) => f.name === "kind",
      )!;
      kind.constraints.enum = ["pardon", "us_brokered", "foreigners"];
    });
    expect((await validate(folder)).problems).toContainEqual(
      'pardons: The value "amnesty" does not conform to the "enum" constraint for column "kind"',
    );
  });
});
