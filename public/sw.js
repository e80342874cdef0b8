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
 * - releases/<id>/bundle.json (the release in one download, written by the build: decision 009) is such a
 *   file too: it matches when each file's text in it has the size and SHA-256 the manifest lists. The worker
 *   keeps each release as its bundle (one download; the page's loader asks for it first) and the files one by
 *   one only where there is no bundle.
 * - A cached copy is hashed once while the worker runs (a visit): after that it is served without hashing it
 *   again, as long as the manifest lists the same hashes. The page's loader checks every file it is given anyway.
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
/* As build/releaseBundlePlugin.ts and src/data/loader.ts name them. */
const BUNDLE_FILE = "bundle.json";
const BUNDLE_FORMAT = "brt-release-bundle/1";
const isBundle = (rel) => isRelease(rel) && rel.endsWith(`/${BUNDLE_FILE}`);
/** "data/releases/<id>/<name>.json" → its release's bundle, "data/releases/<id>/bundle.json". */
const bundleOf = (rel) => rel.replace(/[^/]+$/, BUNDLE_FILE);
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

/**
 * What a copy of a release file is checked against: the manifest's entry ({path, bytes, sha256}) for a file
 * "data/releases/<id>/<name>.json", or for a bundle its release's entry ({release: {id, files}}).
 */
function entryOf(manifest, rel) {
  if (isBundle(rel)) {
    const id = rel.split("/")[2];
    const release = (manifest?.releases ?? []).find((r) => r.id === id && r.files?.length);
    return release ? { release } : undefined;
  }
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

/** Whether these bytes have the size and SHA-256 of a listed file. */
async function fileMatches(bytes, file) {
  return bytes.byteLength === file.bytes && (await sha256Hex(bytes)) === file.sha256;
}

/** Whether a bundle holds each listed file of its release, as UTF-8 text with the size and SHA-256 listed. */
async function bundleMatches(bytes, release) {
  let bundle;
  try {
    bundle = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
  } catch {
    return false;
  }
  if (bundle?.format !== BUNDLE_FORMAT || bundle.release !== release.id || !bundle.files) return false;
  const encoder = new TextEncoder();
  for (const file of release.files) {
    const text = bundle.files[file.path.split("/").pop()];
    if (typeof text !== "string" || !(await fileMatches(encoder.encode(text), file))) return false;
  }
  return true;
}

/** Whether a response's body matches its entry: a file's size and SHA-256, or a bundle's files (reads a copy of it). */
async function matches(response, entry) {
  if (!entry || !response.ok) return false;
  try {
    const bytes = await response.clone().arrayBuffer();
    return entry.release ? await bundleMatches(bytes, entry.release) : await fileMatches(bytes, entry);
  } catch {
    return false; // the body broke off mid-transfer
  }
}

/** What an entry expects, in one string: a cached copy found to match it is not hashed again while it holds. */
const expectation = (entry) => (entry.release ? entry.release.files.map((f) => f.sha256).join(" ") : entry.sha256);
/* Cache key → the expectation its cached copy in DATA was checked against, while this worker runs (a visit). */
const checked = new Map();

/** Whether the copy cached in DATA under `key` matches its entry: hashed the first time only. */
async function cachedMatches(key, hit, entry) {
  if (!entry) return false;
  if (checked.get(key) === expectation(entry)) return true;
  const ok = await matches(hit, entry);
  if (ok) checked.set(key, expectation(entry));
  else checked.delete(key);
  return ok;
}

/** Stores a copy that was just checked against its entry. */
async function storeChecked(data, key, response, entry) {
  await data.put(key, response);
  checked.set(key, expectation(entry));
}

/** Drops a cached copy that no longer matches. */
async function dropCopy(data, key) {
  checked.delete(key);
  await data.delete(key);
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
      const entry = entryOf(manifest, rel);
      if (hit && (await matches(hit, entry))) await storeChecked(data, request.url, hit, entry);
    }
  }
}

/**
 * Makes sure each data URL is cached (and matches the manifest); returns whether all are. Only data files of this app
 * are accepted. A release file counts as cached when its release's bundle is (the page's loader reads that first):
 * one download keeps a whole release.
 */
async function cacheUrls(urls) {
  const data = await caches.open(DATA);
  /* Cache key → whether it is cached and matches, asked once per call (nine files share one bundle). */
  const copies = new Map();
  const cacheCopy = (key, entry) => {
    if (!copies.has(key)) {
      copies.set(
        key,
        (async () => {
          const hit = await data.match(key);
          if (hit && (await cachedMatches(key, hit, entry))) return true;
          if (hit) await dropCopy(data, key);
          const fresh = new Request(key, { cache: "no-store", credentials: "same-origin" });
          const { response, ok } = await fetchRelease(fresh, key, entry);
          if (ok) await storeChecked(data, key, response, entry);
          return ok;
        })().catch(() => false),
      );
    }
    return copies.get(key);
  };
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
      const manifest = await cachedManifest();
      const entry = entryOf(manifest, rel);
      if (!entry) return false;
      if (!isBundle(rel)) {
        const bundleUrl = new URL(bundleOf(rel), scope());
        const bundleEntry = entryOf(manifest, bundleOf(rel));
        if (bundleEntry && (await cacheCopy(keyOf(bundleUrl), bundleEntry))) return true;
      }
      // No bundle (a site built without them): the file itself.
      return await cacheCopy(keyOf(url), entry);
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

/** A release file or bundle: the cached copy if it still matches the manifest, else the network (cached once it matches). */
async function fromRelease(request, url, rel) {
  const data = await caches.open(DATA);
  const key = keyOf(url);
  const entry = entryOf(await cachedManifest(), rel);
  const hit = await data.match(key);
  if (hit && (await cachedMatches(key, hit, entry))) return hit;
  // A copy that no longer matches is never served again (without a manifest to check against, it is kept as a fallback).
  if (hit && entry) await dropCopy(data, key);
  try {
    const { response, ok } = await fetchRelease(request, key, entry);
    if (ok) await storeChecked(data, key, response.clone(), entry);
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
