/*
 * Offline support for the dashboard and briefing mode (hand-written; see src/briefing/README.md).
 *
 * - The app shell (every built file) is precached in a cache named after the build hash, so a page
 *   never mixes files of two builds; a new build installs beside the old one and takes over when
 *   every tab of the old one is closed (or the reader accepts "Update ready").
 * - manifest.json: network first (with a short timeout for bad wifi), falling back to the cache, so
 *   new releases are picked up whenever there is a network. Only an answer that is JSON with a list
 *   of releases is cached: an error page or a captive portal's login page never replaces the good copy.
 * - releases/<id>/*.json: cache first, but only a copy whose size and SHA-256 match the manifest is
 *   ever stored or served. A download that fails the check is retried once past the HTTP cache and
 *   then handed to the page uncached (its loader reports the damage, and "Try again" downloads anew);
 *   a cached copy that no longer matches (damaged, or the release was re-published) is dropped.
 * - The data cache is named after the build too; a new build carries over only the release files that
 *   still match the manifest, and deletes every cache of older builds when it takes over.
 * - After each manifest request the worker tells the open pages whether the network answered (message
 *   `{type: "network", reachable}`), so "Offline" does not depend on the browser's navigator.onLine.
 * - embed.html and everything it loads that is not precached goes to the network untouched.
 */
/* The build replaces the next line with the list of built files and their hash (vite.config.ts). */
const PRECACHE = { version: "dev", files: [] };

const PREFIX = "brt-";
const SHELL = `${PREFIX}shell-${PRECACHE.version}`;
/* Per build, so a cache that an older worker filled (with weaker checks) never outlives it unchecked. */
const DATA = `${PREFIX}data-${PRECACHE.version}`;
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
const manifestUrl = () => new URL("data/manifest.json", scope()).href;

async function fetchFresh(url, cache = "no-store") {
  return fetch(new Request(url, { cache, credentials: "same-origin" }));
}

/** The parsed manifest if the answer is one, else null (a captive portal answers 200 with its HTML page). */
async function manifestOf(response) {
  if (!response.ok || !/\bjson\b/i.test(response.headers.get("content-type") ?? "")) return null;
  try {
    const json = JSON.parse(await response.clone().text());
    return Array.isArray(json?.releases) ? json : null;
  } catch {
    return null;
  }
}

/* The manifest last stored, parsed once (the worker may be stopped at any time: then it is read again). */
let storedManifest = null;

async function storeManifest(response, manifest) {
  const data = await caches.open(DATA);
  await data.put(manifestUrl(), response.clone());
  storedManifest = manifest;
}

async function cachedManifest() {
  if (!storedManifest) {
    const hit = await caches.match(manifestUrl(), { cacheName: DATA });
    storedManifest = hit ? await manifestOf(hit) : null;
  }
  return storedManifest;
}

/** The manifest's entry ({path, bytes, sha256}) for a release file "data/releases/<id>/<name>.json". */
function entryOf(manifest, rel) {
  const path = rel.slice("data/".length);
  for (const release of manifest?.releases ?? []) {
    const file = (release.files ?? []).find((f) => f.path === path);
    if (file) return file;
  }
  return undefined;
}

async function sha256Hex(buffer) {
  const digest = await crypto.subtle.digest("SHA-256", buffer);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Whether a response's body has the size and SHA-256 the manifest lists (reads a copy of it). */
async function matches(response, entry) {
  if (!entry || !response.ok) return false;
  try {
    const bytes = await response.clone().arrayBuffer();
    return bytes.byteLength === entry.bytes && (await sha256Hex(bytes)) === entry.sha256;
  } catch {
    return false; // the body broke off mid-transfer
  }
}

/**
 * A release file from the network and whether it matches its manifest entry. A copy that does not is
 * downloaded once more past the browser's HTTP cache, which may hold a damaged or outdated one.
 */
async function fetchRelease(request, href, entry) {
  const response = await fetch(request);
  if (await matches(response, entry)) return { response, ok: true };
  if (!entry) return { response, ok: false };
  const again = await fetchFresh(href, "reload");
  return { response: again, ok: await matches(again, entry) };
}

/** Tells the open pages whether the network answered the last manifest request. */
async function tellPages(reachable) {
  try {
    for (const client of await self.clients.matchAll({ type: "window" })) {
      client.postMessage({ type: "network", reachable });
    }
  } catch {
    // Telling is a courtesy; the answer to the request matters more.
  }
}

async function cacheReleases() {
  const response = await fetchFresh(manifestUrl());
  const manifest = await manifestOf(response);
  if (!manifest) return;
  await storeManifest(response, manifest);
  await adoptOlderCopies(manifest);
  // Every release: the dashboard compares the one on screen with all the others (its charts' correction marks)
  // and with the one before it ("What changed"), so it loads them all anyway, offline too.
  const releases = manifest.releases;
  await cacheUrls(releases.flatMap((r) => r.files.map((f) => new URL(`data/${f.path}`, scope()).href)));
}

/** Copies the release files an older build's worker kept, each checked again against the manifest. */
async function adoptOlderCopies(manifest) {
  const data = await caches.open(DATA);
  for (const name of await caches.keys()) {
    if (!name.startsWith(`${PREFIX}data-`) || name === DATA) continue;
    const old = await caches.open(name);
    for (const request of await old.keys()) {
      const rel = relative(new URL(request.url));
      if (rel === null || !isRelease(rel) || (await data.match(request.url))) continue;
      const hit = await old.match(request);
      if (hit && (await matches(hit, entryOf(manifest, rel)))) await data.put(request.url, hit);
    }
  }
}

/** Makes sure each data URL is cached (and matches the manifest); returns whether all are. Only data files of this app are accepted. */
async function cacheUrls(urls) {
  const data = await caches.open(DATA);
  const cacheOne = async (href) => {
    const url = new URL(href);
    const rel = relative(url);
    if (rel === null) return false;
    try {
      if (isManifest(rel)) {
        if (await data.match(keyOf(url))) return true;
        const response = await fetchFresh(keyOf(url));
        const manifest = await manifestOf(response);
        if (manifest) await storeManifest(response, manifest);
        return manifest !== null;
      }
      if (!isRelease(rel)) return false;
      const entry = entryOf(await cachedManifest(), rel);
      if (!entry) return false;
      const hit = await data.match(keyOf(url));
      if (hit && (await matches(hit, entry))) return true;
      if (hit) await data.delete(keyOf(url));
      const fresh = new Request(keyOf(url), { cache: "no-store", credentials: "same-origin" });
      const { response, ok } = await fetchRelease(fresh, keyOf(url), entry);
      if (ok) await data.put(keyOf(url), response);
      return ok;
    } catch {
      return false;
    }
  };
  // The manifest first: release files are checked against it.
  const manifests = urls.filter((href) => isManifest(relative(new URL(href)) ?? ""));
  const first = await Promise.all(manifests.map(cacheOne));
  const rest = await Promise.all(urls.filter((href) => !manifests.includes(href)).map(cacheOne));
  return [...first, ...rest].every(Boolean);
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(SHELL);
      await shell.addAll(PRECACHE.files.map((f) => new Request(new URL(f, scope()).href, { cache: "reload" })));
      // Every release too, so an offline reload has data and every comparison the dashboard draws; the page adds
      // a release published since then when it shows it.
      await cacheReleases().catch(() => undefined);
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

/** A release file: the cached copy if it still matches the manifest, else the network (cached once it matches). */
async function fromRelease(request, url, rel) {
  const data = await caches.open(DATA);
  const key = keyOf(url);
  const entry = entryOf(await cachedManifest(), rel);
  const hit = await data.match(key);
  if (hit && (await matches(hit, entry))) return hit;
  // A copy that no longer matches is never served again (without a manifest to check against, it is kept as a fallback).
  if (hit && entry) await data.delete(key);
  try {
    const { response, ok } = await fetchRelease(request, key, entry);
    if (ok) await data.put(key, response.clone());
    // A copy that failed the check still goes to the page: its loader says what is wrong, and "Try again" works.
    return response;
  } catch (error) {
    if (hit && !entry) return hit;
    throw error;
  }
}

/** The manifest: the network's answer if it is a manifest, else (offline, timeout, error page, captive portal) the cached one. */
async function fromManifest(request, url) {
  const data = await caches.open(DATA);
  let response;
  try {
    response = await Promise.race([
      fetch(request, { cache: "no-store" }),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), MANIFEST_TIMEOUT_MS)),
    ]);
  } catch (error) {
    await tellPages(false);
    const hit = await data.match(keyOf(url));
    if (hit) return hit;
    throw error;
  }
  const manifest = await manifestOf(response);
  if (manifest) {
    await storeManifest(response, manifest);
    await tellPages(true);
    return response;
  }
  await tellPages(false);
  return (await data.match(keyOf(url))) ?? response;
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
  if (isManifest(rel)) event.respondWith(fromManifest(request, url));
  else if (isRelease(rel)) event.respondWith(fromRelease(request, url, rel));
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
