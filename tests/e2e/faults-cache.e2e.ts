/**
 * Fault injection against the service worker's caches: a reader is never stuck on a bad copy. A
 * release that arrives damaged (in its bundle, data/releases/<id>/bundle.json, which the page and the worker
 * read: decision 009), a release re-published in place, a captive portal answering for the manifest, and a new
 * build replacing an old one's caches. A release's datapackage.json, which the manifest does not list, is served
 * beside its files and never cached.
 *
 * Every test serves a private copy of the build from its own server (its own origin, so its own
 * worker and caches), which it can damage, and stop: a stopped server refuses connections, which is
 * offline for the page and the worker alike, whatever navigator.onLine says.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { NEWEST_RELEASE } from "./releases";
import { serveStatic, type Intercepted, type StaticServer } from "./server";

const VIEWPORT = { width: 1280, height: 900 };
const JSON_TYPE = "application/json; charset=utf-8";
/** The newest release's headline figure, and the oldest's (from the newsletter of 15 November 2024). */
const NEWEST_PRISONERS = "more than 1,140";
const OLD_PRISONERS = "1,275";

let browser: Browser;
let root: string;
/** The fault the running test injects, if any: it answers instead of the file. */
let fault: ((pathname: string) => Intercepted | undefined) | undefined;
const cleanups: (() => Promise<void> | void)[] = [];

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "brt-faults-cache-"));
  cpSync(inject("distDir"), root, { recursive: true });
  browser = await launchBrowser();
});
afterEach(async () => {
  fault = undefined;
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
afterAll(async () => {
  await browser?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A server for one test, and a fresh browser profile (no worker, no caches yet). */
async function start(): Promise<{ server: StaticServer; context: BrowserContext }> {
  const server = await serveStatic(root, "127.0.0.1", 0, (pathname) => fault?.(pathname));
  const context = await browser.newContext({ viewport: VIEWPORT });
  cleanups.push(
    () => server.close(),
    () => context.close(),
  );
  return { server, context };
}

async function open(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await blockExternal(page);
  await page.goto(url);
  return { page, errors };
}

/** Writes a file of the served copy for the rest of the test. */
function replaceFile(rel: string, bytes: string | Uint8Array) {
  const file = path.join(root, rel);
  const original = readFileSync(file);
  writeFileSync(file, bytes);
  cleanups.push(() => writeFileSync(file, original));
}

/** Resolves once the service worker controls the page. */
async function workerControls(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
    );
  });
}

/** Bytes of a URL in the worker's data cache (whatever build's), or null when it is not cached. */
async function cachedBytes(page: Page, url: string, cacheName?: string): Promise<number | null> {
  return page.evaluate(
    async ([u, name]) => {
      const hit = name ? await (await caches.open(name)).match(u) : await caches.match(u);
      return hit ? (await hit.arrayBuffer()).byteLength : null;
    },
    [url, cacheName] as const,
  );
}

type Bundle = { files: Record<string, string> };
const bundleRel = (id: string) => `data/releases/${id}/bundle.json`;
/** The served bundle of a release with one file's text changed (still a bundle; that file no longer matches). */
function changedBundle(id: string, name: string, change: (text: string) => string): Buffer {
  const bundle = JSON.parse(readFileSync(path.join(root, bundleRel(id)), "utf8")) as Bundle;
  bundle.files[name] = change(bundle.files[name]!);
  return Buffer.from(JSON.stringify(bundle));
}

/** The app's own key figure (not the build's prerendered markup, which shows until the release is loaded and the
 * app has hydrated it or drawn the page itself). */
const prisoners = (page: Page) => page.locator('#root:not([data-prerendered]) [data-key="prisoners"] .key-value');
const status = (page: Page) => page.locator(".site-header .offline-status");
const alert = (page: Page) => page.locator(".error-panel[role=alert]");
const tryAgain = (page: Page) => page.getByRole("button", { name: "Try again" });
/** A locator's text, waiting a bounded time for it to appear (so a failure names what never showed). */
const text = (locator: Locator) => locator.textContent({ timeout: 15_000 });
const without = (errors: string[], pattern: RegExp) => errors.filter((e) => !pattern.test(e));

async function readyOffline(page: Page) {
  await workerControls(page);
  await expect.poll(() => text(status(page)), { timeout: 20_000 }).toContain("Ready offline");
}

describe("a reader is never stuck on a bad cache", () => {
  it("does not keep a release that arrives damaged: once the server has it whole, Try again shows the figures, later offline too", async () => {
    const { server, context } = await start();
    const file = `/${bundleRel(NEWEST_RELEASE)}`;
    const whole = readFileSync(path.join(root, file));
    // One file's text in the bundle is changed: it is still a bundle, and that file no longer matches the manifest.
    const damaged = changedBundle(NEWEST_RELEASE, "people.json", (t) => t.replace('"', ' "'));
    let downloads = 0;
    fault = (pathname) => {
      if (pathname !== file) return undefined;
      downloads++;
      return { status: 200, type: JSON_TYPE, body: damaged };
    };
    const { page, errors } = await open(context, server.url);
    await expect.poll(() => text(alert(page))).toContain("Integrity check failed");
    expect(await text(alert(page))).toContain(`releases/${NEWEST_RELEASE}/people.json`);
    // The worker installed meanwhile and tried to keep the newest release: it kept the manifest, not the damaged bundle.
    await workerControls(page);
    expect(await cachedBytes(page, server.url + "data/manifest.json")).toBeGreaterThan(1000);
    expect(await cachedBytes(page, server.url + file.slice(1))).toBeNull();

    // Still damaged: through the worker now, which downloads it twice per request (the second time past the HTTP
    // cache); the page asks twice before it gives up, and the worker's install may be fetching it too.
    const before = downloads;
    await tryAgain(page).click();
    await expect.poll(() => downloads - before).toBeGreaterThanOrEqual(4);
    await expect.poll(() => text(alert(page))).toContain("Integrity check failed");
    expect(await cachedBytes(page, server.url + file.slice(1))).toBeNull();

    // The server has the good bundle again.
    fault = undefined;
    await tryAgain(page).click();
    await expect.poll(() => text(prisoners(page))).toBe(NEWEST_PRISONERS);
    expect(await alert(page).count()).toBe(0);
    expect(await cachedBytes(page, server.url + file.slice(1))).toBe(whole.length);
    await expect.poll(() => text(status(page)), { timeout: 20_000 }).toContain("Ready offline");

    // Offline (the server refuses connections): the whole copy is what the reader gets.
    await server.close();
    await page.reload();
    await expect.poll(() => text(prisoners(page))).toBe(NEWEST_PRISONERS);
    await expect.poll(() => text(status(page))).toContain("Offline: showing the saved copy");
    expect(without(errors, /integrity|Failed to load resource|ERR_CONNECTION_REFUSED/i)).toEqual([]);
  });

  it("downloads a release again when it arrives damaged once, so the reader never sees the damage", async () => {
    const { server, context } = await start();
    const { page, errors } = await open(context, server.url);
    await readyOffline(page);
    // The worker saves every release on install (and the dashboard loads them all for its correction marks): once
    // the copy of this bundle is saved, take it out again, so the next visit has to download it.
    const file = `/${bundleRel("2024-11-15")}`;
    const whole = readFileSync(path.join(root, file));
    const damaged = changedBundle("2024-11-15", "series.json", (t) => t.replace('"value": 1275', '"value": 1775'));
    await expect.poll(() => cachedBytes(page, server.url + file.slice(1)), { timeout: 20_000 }).toBe(whole.length);
    await page.evaluate(
      async (u) => {
        for (const name of await caches.keys()) await (await caches.open(name)).delete(u);
      },
      server.url + file.slice(1),
    );
    let downloads = 0;
    fault = (pathname) => {
      if (pathname !== file) return undefined;
      downloads++;
      if (downloads > 1) return undefined;
      return { status: 200, type: JSON_TYPE, body: damaged }; // one digit changed: the size is right, the hash is not
    };
    await page.goto(server.url + "?release=2024-11-15");
    await expect.poll(() => text(prisoners(page))).toBe(OLD_PRISONERS);
    expect(downloads).toBe(2);
    expect(await alert(page).count()).toBe(0);
    expect(await cachedBytes(page, server.url + file.slice(1))).toBe(whole.length);
    expect(errors).toEqual([]);
  });

  it("replaces a cached release that the manifest no longer lists (a release re-published in place)", async () => {
    const { server, context } = await start();
    const { page, errors } = await open(context, server.url);
    await readyOffline(page);
    const file = `data/releases/${NEWEST_RELEASE}/events.json`;
    const url = server.url + bundleRel(NEWEST_RELEASE);
    const old = readFileSync(path.join(root, file));
    expect(await cachedBytes(page, url)).toBe(readFileSync(path.join(root, bundleRel(NEWEST_RELEASE))).length);

    // Re-published: the same data with one more byte, and the manifest lists the new size and hash.
    const republished = Buffer.concat([old, Buffer.from("\n")]);
    const manifest = JSON.parse(readFileSync(path.join(root, "data/manifest.json"), "utf8")) as {
      releases: { files: { path: string; bytes: number; sha256: string }[] }[];
    };
    const entry = manifest.releases[0]!.files.find((f) => `data/${f.path}` === file)!;
    entry.bytes = republished.length;
    entry.sha256 = createHash("sha256").update(republished).digest("hex");
    // The build writes the bundle again from the new files.
    const bundle = changedBundle(NEWEST_RELEASE, "events.json", () => republished.toString("utf8"));
    replaceFile(file, republished);
    replaceFile(bundleRel(NEWEST_RELEASE), bundle);
    replaceFile("data/manifest.json", JSON.stringify(manifest));

    // The default view: index.html preloads the bundle before the manifest is read, so the worker may answer with
    // the outdated copy once; the page tries again and gets the new bundle.
    await page.goto(server.url);
    await expect.poll(() => text(prisoners(page))).toBe(NEWEST_PRISONERS);
    expect(await alert(page).count()).toBe(0);
    expect(await cachedBytes(page, url)).toBe(bundle.length);
    // A link to the release, which reads the manifest first.
    await page.goto(server.url + `?release=${NEWEST_RELEASE}`);
    await expect.poll(() => text(prisoners(page))).toBe(NEWEST_PRISONERS);
    expect(await alert(page).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("never caches a captive portal's page answered for the manifest: the saved data shows, then offline too", async () => {
    const { server, context } = await start();
    const { page, errors } = await open(context, server.url);
    await readyOffline(page);
    const portal = "<!doctype html><title>Hotel Wi-Fi</title><p>Log in to continue</p>";
    fault = (pathname) =>
      pathname === "/data/manifest.json" ? { status: 200, type: "text/html; charset=utf-8", body: portal } : undefined;

    await page.reload();
    await expect.poll(() => text(prisoners(page))).toBe(NEWEST_PRISONERS);
    expect(await alert(page).count()).toBe(0);
    await expect.poll(() => text(status(page))).toContain("Offline: showing the saved copy");
    const cached = await page.evaluate(async (u) => (await caches.match(u))?.text(), server.url + "data/manifest.json");
    expect(JSON.parse(cached!)).toHaveProperty("releases");

    // The portal's network goes away altogether.
    await server.close();
    await page.reload();
    await expect.poll(() => text(prisoners(page))).toBe(NEWEST_PRISONERS);
    await expect.poll(() => text(status(page))).toContain("Offline: showing the saved copy");
    expect(without(errors, /Failed to load resource|ERR_CONNECTION_REFUSED/i)).toEqual([]);
  });

  it("a new build deletes the old build's caches and carries over only the releases that still match", async () => {
    const { server, context } = await start();
    const { page, errors } = await open(context, server.url + "?release=2024-11-15");
    await readyOffline(page);
    const names = await page.evaluate(() => caches.keys());
    const oldData = names.find((n) => n.startsWith("brt-data-"))!;
    expect(oldData).toMatch(/^brt-data-[0-9a-f]{16}$/);
    // Each release is kept as its bundle: one kept whole, one damaged below.
    const kept = server.url + bundleRel("2026-03-05");
    const series = server.url + bundleRel("2024-11-15");
    expect(await cachedBytes(page, kept, oldData)).toBeGreaterThan(0);
    // Damage one bundle in the old build's cache, and leave a cache behind as the first worker did.
    await page.evaluate(
      async ([name, url]) => {
        await (await caches.open(name)).put(url, new Response('{"format": "brt-release-bundle/1", "files": {'));
        await (await caches.open("brt-data-v1")).put(url, new Response("{"));
      },
      [oldData, series] as const,
    );

    // A new build: a different sw.js, with a different build version.
    const sw = readFileSync(path.join(root, "sw.js"), "utf8");
    const version = /"version":"([0-9a-f]{16})"/.exec(sw)![1]!;
    const next = version === "0123456789abcdef" ? "fedcba9876543210" : "0123456789abcdef";
    replaceFile("sw.js", sw.replace(`"version":"${version}"`, `"version":"${next}"`));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const reload = page.getByRole("button", { name: "New version ready: reload" });
    await reload.waitFor({ timeout: 20_000 });
    // Installed and waiting: its own cache holds whole copies (carried over from the old build where they still
    // match, downloaded again where not), never the damaged one.
    const newData = `brt-data-${next}`;
    const wholeSeries = readFileSync(path.join(root, bundleRel("2024-11-15"))).length;
    expect(await cachedBytes(page, kept, newData)).toBe(readFileSync(path.join(root, bundleRel("2026-03-05"))).length);
    await expect.poll(() => cachedBytes(page, series, newData)).toBe(wholeSeries);

    await reload.click();
    await expect
      .poll(() => page.evaluate(async () => (await caches.keys()).sort()), { timeout: 20_000 })
      .toEqual([newData, `brt-shell-${next}`]);
    await expect.poll(() => text(prisoners(page))).toBe(OLD_PRISONERS);
    expect(await alert(page).count()).toBe(0);
    expect(await cachedBytes(page, series, newData)).toBe(wholeSeries);
    expect(errors).toEqual([]);
  });

  it("serves each release's datapackage.json beside its files and passes it through uncached (the manifest lists it not)", async () => {
    const { server, context } = await start();
    const { page, errors } = await open(context, server.url);
    await readyOffline(page);
    const url = `${server.url}data/releases/${NEWEST_RELEASE}/datapackage.json`;
    const served = await page.evaluate(async (u) => {
      const response = await fetch(u);
      return { status: response.status, type: response.headers.get("content-type"), body: await response.text() };
    }, url);
    expect(served.status).toBe(200);
    expect(served.type).toBe(JSON_TYPE);
    const manifest = JSON.parse(readFileSync(path.join(root, "data/manifest.json"), "utf8")) as {
      releases: { id: string; files: { sha256: string }[] }[];
    };
    const entry = manifest.releases.find((r) => r.id === NEWEST_RELEASE)!;
    const pkg = JSON.parse(served.body) as { version: string; resources: { hash: string }[] };
    expect(pkg.version).toBe(NEWEST_RELEASE);
    expect(pkg.resources.map((r) => r.hash)).toEqual(entry.files.map((f) => `sha256:${f.sha256}`));
    // Only what the manifest lists is cached; the dashboard works as before.
    expect(await cachedBytes(page, url)).toBeNull();
    await expect.poll(() => text(prisoners(page))).toBe(NEWEST_PRISONERS);
    expect(errors).toEqual([]);
  });
});
