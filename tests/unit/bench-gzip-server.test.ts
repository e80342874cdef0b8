// @vitest-environment node
/**
 * The server `npm run bench:lighthouse` measures the built site through (bench/lib/gzipServer.ts): text goes
 * out gzipped, as a static host sends it, so Lighthouse counts the bytes a reader downloads.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { serveGzip, type GzipServer } from "../../bench/lib/gzipServer.ts";

let dir: string;
let server: GzipServer;
const script = `export const words = "${"the same words again ".repeat(200)}";\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "gzip-server-"));
  writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>Dashboard</title>");
  writeFileSync(path.join(dir, "app.js"), script);
  writeFileSync(path.join(dir, "icon.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  server = await serveGzip(dir);
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The raw answer (no decoding), with or without `accept-encoding: gzip`. */
function fetchRaw(pathname: string, gzip: boolean) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    get(server.url + pathname, { headers: gzip ? { "accept-encoding": "gzip, deflate, br" } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

describe("bench:lighthouse's static server", () => {
  it("sends JavaScript gzipped to a browser that accepts gzip, and the same text once unpacked", async () => {
    const r = await fetchRaw("app.js", true);
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(r.body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(r.body).toString()).toBe(script);
  });

  it("sends the text as it is to a client that does not accept gzip", async () => {
    const r = await fetchRaw("app.js", false);
    expect(r.headers["content-encoding"]).toBeUndefined();
    expect(r.body.toString()).toBe(script);
  });

  it("serves index.html for the site's root and leaves images uncompressed", async () => {
    expect(gunzipSync((await fetchRaw("", true)).body).toString()).toContain("<title>Dashboard</title>");
    const png = await fetchRaw("icon.png", true);
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.headers["content-type"]).toBe("image/png");
  });

  it("answers 404 for a missing file and 400 for a path outside the site", async () => {
    expect((await fetchRaw("missing.js", true)).status).toBe(404);
    expect((await fetchRaw("..%2f..%2fetc%2fpasswd", true)).status).toBe(400);
  });
});
