/** A tiny static file server for the built app: loopback only, no network, no caching surprises. */
import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  /** Stops listening and drops open connections: from then on the browser's requests are refused. */
  close: () => Promise<void>;
}

/** An answer a test puts in place of a file (a damaged download, a captive portal's page). */
export interface Intercepted {
  status: number;
  type: string;
  body: string | Uint8Array;
}

/** `intercept` may answer a request itself (by path, e.g. "/data/manifest.json"); undefined serves the file. */
export async function serveStatic(
  root: string,
  host = "127.0.0.1",
  port = 0,
  intercept?: (pathname: string) => Intercepted | undefined,
): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    // A path such as "//" is not a URL relative to the base: answer 400 rather than crash the server.
    const url = URL.parse(req.url ?? "/", "http://x");
    if (!url) {
      res.writeHead(400).end();
      return;
    }
    const answer = intercept?.(url.pathname);
    if (answer) {
      res.writeHead(answer.status, { "content-type": answer.type, "cache-control": "no-cache" }).end(answer.body);
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive connections would otherwise go on answering
      }),
  };
}
