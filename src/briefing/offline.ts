/**
 * The page's side of offline use: registers the service worker (public/sw.js, production only,
 * never from embeds), asks it to keep a release's files, answering whether they are all cached, and
 * listens to whether it last reached the network.
 */
import type { Manifest } from "../data/schema";
import { DATA_ROOT } from "../data/dataRoot";
import { whenIdle } from "../widgets/idle";

let registering: Promise<ServiceWorkerRegistration | null> | null = null;
/** Whether the worker's last manifest request found no usable network (it then served the saved copy). */
let unreachable = false;
const networkListeners = new Set<() => void>();

/**
 * Called once by the dashboard entry in production builds. The worker is registered once the page has loaded and
 * `after` has resolved (the entry passes "the page is live"), in an idle period: its first install downloads and
 * checks every release, work that on a two-core phone would otherwise compete with the page's own first load.
 */
export function registerServiceWorker(after: Promise<unknown> = Promise.resolve()): void {
  if (registering || typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  // Listening before the app first asks for data: the worker reports each manifest request
  // (navigator.onLine says nothing about a server that is down or a captive portal).
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent<{ type?: string; reachable?: boolean }>) => {
    if (event.data?.type !== "network" || typeof event.data.reachable !== "boolean") return;
    unreachable = !event.data.reachable;
    networkListeners.forEach((listener) => listener());
  });
  const url = new URL(`${import.meta.env.BASE_URL}sw.js`, document.baseURI).href;
  registering = new Promise((resolve) => {
    const start = () =>
      navigator.serviceWorker.register(url).then(resolve, (error: unknown) => {
        console.warn("[offline] the service worker could not be registered:", error);
        resolve(null);
      });
    const loaded =
      document.readyState === "complete"
        ? Promise.resolve()
        : new Promise<void>((r) => window.addEventListener("load", () => r(), { once: true }));
    void Promise.all([loaded, after.catch(() => undefined)]).then(() => whenIdle(start, 1000));
  });
}

/** Whether the network is usable as far as this page knows: the browser's word and the worker's. */
export function isOnline(): boolean {
  return navigator.onLine && !unreachable;
}

/** Calls back whenever `isOnline()` may have changed. */
export function subscribeOnline(callback: () => void): () => void {
  window.addEventListener("online", callback);
  window.addEventListener("offline", callback);
  networkListeners.add(callback);
  return () => {
    window.removeEventListener("online", callback);
    window.removeEventListener("offline", callback);
    networkListeners.delete(callback);
  };
}

/** Whether this page registered the worker (false in development, tests and embeds). */
export function isRegistered(): boolean {
  return registering !== null;
}

/** The registration, once the worker is active; null when there is none (development, tests, old browsers). */
export async function activeRegistration(): Promise<ServiceWorkerRegistration | null> {
  const reg = registering ? await registering : null;
  return reg ? navigator.serviceWorker.ready : null;
}

/** Absolute URLs of the manifest and of every file of the given releases. */
export function releaseUrls(manifest: Manifest, ids: readonly string[]): string[] {
  const abs = (path: string) => new URL(`${DATA_ROOT}/${path}`, document.baseURI).href;
  const files = manifest.releases.filter((r) => ids.includes(r.id)).flatMap((r) => r.files.map((f) => abs(f.path)));
  return [abs("manifest.json"), ...files];
}

/** Asks the active worker to cache these URLs; true when every one of them is in its cache. */
export async function cacheForOffline(urls: readonly string[], timeoutMs = 60_000): Promise<boolean> {
  const reg = await activeRegistration();
  const worker = reg?.active;
  if (!worker) return false;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), timeoutMs);
    channel.port1.onmessage = (e: MessageEvent<{ ok?: boolean }>) => {
      clearTimeout(timer);
      resolve(e.data?.ok === true);
    };
    worker.postMessage({ type: "cache-urls", urls }, [channel.port2]);
  });
}

/** Tells a waiting (newer) worker to take over, then reloads once it controls the page. */
export async function applyUpdate(): Promise<void> {
  const reg = registering ? await registering : null;
  if (!reg?.waiting) return;
  navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), { once: true });
  reg.waiting.postMessage({ type: "skip-waiting" });
}

/** Calls back when a newer version of the app has been installed and waits to take over. */
export function onUpdateReady(callback: () => void): () => void {
  let stopped = false;
  void (registering ?? Promise.resolve(null)).then((reg) => {
    if (!reg || stopped) return;
    const check = () => {
      if (!stopped && reg.waiting && navigator.serviceWorker.controller) callback();
    };
    check();
    reg.addEventListener("updatefound", () => {
      reg.installing?.addEventListener("statechange", check);
    });
  });
  return () => {
    stopped = true;
  };
}
