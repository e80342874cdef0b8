/**
 * The start of the newest release's checks, from index.html's first-paint script (src/app/boot.ts), before the body
 * is parsed: it starts the verifying worker (src/state/verifyWorker.ts) and, once the preloaded manifest and bundle
 * are here, hands them over. The release is checked beside the page while the HTML is parsed, the app's modules run
 * and the page is laid out. The app takes the worker, the bytes and the answer over from `window` (verifyClient.ts).
 * No imports: it is inlined in the page, and must stay small.
 */
import type { VerifyReply } from "./verifyClient";

/** What the first-paint script leaves for the app. */
export interface EarlyVerify {
  worker: Worker;
  /** The release id the bundle is of. */
  release: string;
  /** Paths relative to the data folder ("manifest.json", "releases/<id>/bundle.json") and their downloads. */
  files: Record<string, Promise<ArrayBuffer>>;
  /** The worker's answer about them (request id 0); null when the worker failed or a download did. */
  answer: Promise<VerifyReply | null>;
}

export const EARLY_GLOBAL = "brtEarlyVerify";

/**
 * `workerUrl`, `release` and the two preload links (manifest, bundle) come from the page the build wrote
 * (build/dashboardPrerenderPlugin.ts); nothing starts without all of them, or without workers.
 */
export function startEarlyVerify(workerUrl: string | undefined, release: string | undefined): void {
  const link = (suffix: string) =>
    document.querySelector<HTMLLinkElement>(`link[rel=preload][href$="${suffix}"]`)?.getAttribute("href");
  const bundlePath = `releases/${release}/bundle.json`;
  const manifestHref = link("/manifest.json");
  const bundleHref = link(`/${bundlePath}`);
  if (!workerUrl || !release || !manifestHref || !bundleHref || typeof Worker !== "function") return;
  let worker: Worker;
  try {
    worker = new Worker(workerUrl, { type: "module", name: "verify" });
  } catch {
    return;
  }
  // As the preload asked: same URL and mode, so the preload's response answers.
  const get = (href: string) =>
    fetch(href, { credentials: "same-origin" }).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(r.status)));
  const files = { "manifest.json": get(manifestHref), [bundlePath]: get(bundleHref) };
  const answer = new Promise<VerifyReply | null>((resolve) => {
    worker.addEventListener("message", (e: MessageEvent<VerifyReply>) => e.data.id === 0 && resolve(e.data));
    worker.addEventListener("error", () => resolve(null));
    Promise.all([files["manifest.json"], files[bundlePath]]).then(
      ([manifest, bundle]) => worker.postMessage({ id: 0, manifest, release, bundle }),
      () => resolve(null),
    );
  });
  (window as unknown as Record<string, EarlyVerify>)[EARLY_GLOBAL] = { worker, release, files, answer };
}
