/**
 * A static server for a built site that answers text files gzipped, as a static host does (Lighthouse measures
 * bytes on the wire, so an uncompressed server would charge the page for bytes no reader downloads). Files are
 * compressed once, on their first request, at gzip −9: what a host that precompresses would send.
 */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".woff2": "font/woff2",
};
/** Already compressed formats are sent as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json)|image\/svg\+xml)/;

export interface GzipServer {
  url: string;
  close: () => Promise<void>;
}

export async function serveGzip(root: string, host = "127.0.0.1"): Promise<GzipServer> {
  const base = path.resolve(root);
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer((req, res) => {
    const url = URL.parse(req.url ?? "/", "http://x");
    let file = url ? path.join(base, decodeURIComponent(url.pathname)) : "";
    // Nothing outside the site (a sibling folder whose name starts with the same letters included).
    if (!url || (file !== base && !file.startsWith(base + path.sep))) {
      res.writeHead(400).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    const headers: Record<string, string> = {
      "content-type": type,
      "cache-control": "no-cache",
      vary: "accept-encoding",
    };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
      let body = gzipped.get(file);
      if (!body) gzipped.set(file, (body = gzipSync(readFileSync(file), { level: 9 })));
      res.writeHead(200, { ...headers, "content-encoding": "gzip", "content-length": String(body.length) }).end(body);
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, { ...headers, "content-length": String(body.length) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
