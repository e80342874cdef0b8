/*
 * Offline support for the dashboard and briefing mode (hand-written; see src/briefing/README.md).
 *
 * - The app shell (every built file) is precached in a cache named after the build hash, so a page
 *   never mixes files of two builds; a new build installs beside the old one and takes over when
 *   every tab of the old one is closed (or the reader accepts "Update ready").
 * - manifest.json: network first (with a short timeout for bad wifi), falling back to the cache, so
 *   new releases are picked up whenever there is a network.
 * - releases/<id>/*.json: cache first; published releases never change (the loader still checks
 *   every file's SHA-256 against the manifest).
 * - embed.html and everything it loads that is not precached goes to the network untouched.
 */
/* The build replaces the next line with the list of built files and their hash (vite.config.ts). */
const PRECACHE = { version: "dev", files: [] };

const PREFIX = "brt-";
const SHELL = `${PREFIX}shell-${PRECACHE.version}`;
/* Release files are immutable, so their cache outlives builds; bump the suffix if its layout changes. */
const DATA = `${PREFIX}data-v1`;
const MANIFEST_TIMEOUT_MS = 4000;

const scope = () => new URL(self.registration.scope);
const shellFiles = new Set(PRECACHE.files);

/** Path relative to the scope, or null for requests outside it. */
function relative(url) {
  const base = scope();
  if (url.origin !== base.origin || !url.pathname.startsWith(base.pathname)) return null;
  return url.pathname.slice(base.pathname.length);
}

const isRelease = (rel) => /^data\/releases\/[^/]+\/[^/]+\.json$/.test(rel);
const isManifest = (rel) => rel === "data/manifest.json";
/** Cache keys ignore query strings: `?panel=briefing` is the same page. */
const keyOf = (url) => `${url.origin}${url.pathname}`;

async function fetchFresh(url) {
  return fetch(new Request(url, { cache: "no-store", credentials: "same-origin" }));
}

async function cacheNewestRelease() {
  const manifestUrl = new URL("data/manifest.json", scope()).href;
  const response = await fetchFresh(manifestUrl);
  if (!response.ok) return;
  const data = await caches.open(DATA);
  await data.put(manifestUrl, response.clone());
  const manifest = await response.json();
  // The newest release and the one before it: the dashboard compares them ("What changed", correction marks).
  const releases = (manifest.releases ?? []).slice(0, 2);
  await cacheUrls(releases.flatMap((r) => r.files.map((f) => new URL(`data/${f.path}`, scope()).href)));
}

/** Makes sure each data URL is cached; returns whether all are. Only data files of this app are accepted. */
async function cacheUrls(urls) {
  const data = await caches.open(DATA);
  const results = await Promise.all(
    urls.map(async (href) => {
      const url = new URL(href);
      const rel = relative(url);
      if (rel === null || !(isRelease(rel) || isManifest(rel))) return false;
      if (await data.match(keyOf(url))) return true;
      try {
        const response = await fetchFresh(keyOf(url));
        if (!response.ok) return false;
        await data.put(keyOf(url), response);
        return true;
      } catch {
        return false;
      }
    }),
  );
  return results.every(Boolean);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      await shell.addAll(PRECACHE.files.map((f) => new Request(new URL(f, scope()).href, { cache: "reload" })));
      // The newest release (and the one it is compared with) too, so the first offline reload has data; the page
      // adds pinned releases later.
      await cacheNewestRelease().catch(() => undefined);
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([SHELL, DATA]);
      const names = await caches.keys();
      await Promise.all(names.filter((n) => n.startsWith(PREFIX) && !keep.has(n)).map((n) => caches.delete(n)));
      await self.clients.claim();
    })(),
  );
});

async function fromShell(rel, request) {
  const hit = await caches.match(new URL(rel, scope()).href, { cacheName: SHELL });
  return hit ?? fetch(request);
}

async function cacheFirst(request, url) {
  const data = await caches.open(DATA);
  const hit = await data.match(keyOf(url));
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await data.put(keyOf(url), response.clone());
  return response;
}

async function networkFirst(request, url) {
  const data = await caches.open(DATA);
  try {
    const response = await Promise.race([
      fetch(request, { cache: "no-store" }),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), MANIFEST_TIMEOUT_MS)),
    ]);
    if (response.ok) {
      await data.put(keyOf(url), response.clone());
      return response;
    }
    return (await data.match(keyOf(url))) ?? response;
  } catch (error) {
    const hit = await data.match(keyOf(url));
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  const rel = relative(url);
  if (rel === null) return;
  if (request.mode === "navigate") {
    // The dashboard (any query) is served from the shell; embed.html is left to the network.
    if (rel === "" || rel === "index.html") event.respondWith(fromShell("index.html", request));
    return;
  }
  if (isManifest(rel)) event.respondWith(networkFirst(request, url));
  else if (isRelease(rel)) event.respondWith(cacheFirst(request, url));
  else if (shellFiles.has(rel)) event.respondWith(fromShell(rel, request));
});

self.addEventListener("message", (event) => {
  const message = event.data;
  if (message?.type === "skip-waiting") {
    self.skipWaiting();
  } else if (message?.type === "cache-urls" && Array.isArray(message.urls)) {
    const reply = event.ports[0];
    event.waitUntil(
      cacheUrls(message.urls.map(String)).then(
        (ok) => reply?.postMessage({ ok }),
        () => reply?.postMessage({ ok: false }),
      ),
    );
  }
});
