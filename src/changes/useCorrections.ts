import { useEffect, useState } from "react";
import type { CorrectionIndex } from "../data/diff";
import type { ReadBytes } from "../data/loader";
import type { Manifest, ReleaseData } from "../data/schema";
import { DATA_ROOT } from "../data/dataRoot";
import { dataReader, releaseFor } from "../state/releases";
import { nextIdle, whenIdle } from "../widgets/idle";
import type { CorrectionsReply, CorrectionsRequest } from "./corrections";

/**
 * Corrections of the shown release's figures across every published release, for the charts' small
 * correction marks. The other releases load once the page has drawn and the browser is idle. Over HTTP (the app's
 * data folder) a worker downloads, verifies and compares them (src/changes/corrections.ts): none of that work is on
 * the page's main thread, where it made taps wait on a phone. Where there is no worker (an old browser, a test's
 * files, a worker that cannot start), the page does it, one release per idle period, through the app's one release
 * cache (src/state/releases.ts). If a release fails to load, there are simply no marks: the page itself already
 * loaded whole. The comparison code (src/data/diff.ts) comes with them, not with the page's first load.
 */
export function useCorrections(
  manifest: Manifest | undefined,
  release: ReleaseData | undefined,
  read: ReadBytes = dataReader,
): CorrectionIndex | undefined {
  const [state, setState] = useState<{ id: string; index: CorrectionIndex } | null>(null);
  const id = release?.entry.id;

  useEffect(() => {
    if (!manifest || !release || manifest.releases.length < 2) return;
    let cancelled = false;
    let stopWorker = () => {};
    const show = (index: CorrectionIndex | undefined) => {
      if (!cancelled && index) setState({ id: release.entry.id, index });
    };
    const onPage = async () => {
      const { computeCorrections } = await import("./corrections");
      if (cancelled) return undefined;
      return computeCorrections(
        manifest.releases,
        release,
        (entry) => releaseFor(entry, read),
        async () => {
          await nextIdle(IDLE_TIMEOUT_MS);
          if (cancelled) throw new Error("cancelled");
        },
      );
    };
    const cancelIdle = whenIdle(() => {
      const request: CorrectionsRequest = {
        dataRoot: new URL(DATA_ROOT, location.href).href,
        entries: manifest.releases,
        // Copied to the worker (structured clone, a few milliseconds): it compares the release the page verified
        // and does not download it again.
        shown: release,
      };
      const worker = read === dataReader ? startWorker() : null;
      const answer = worker
        ? new Promise<CorrectionIndex | undefined>((resolve, reject) => {
            stopWorker = () => worker.terminate();
            worker.onmessage = (event: MessageEvent<CorrectionsReply>) => {
              worker.terminate();
              resolve("index" in event.data ? event.data.index : undefined);
            };
            // The worker's script did not load or run (blocked, offline before it was cached): the page does it.
            worker.onerror = (event) => {
              event.preventDefault();
              worker.terminate();
              reject(new Error("the corrections worker could not start"));
            };
            worker.postMessage(request);
          }).catch(onPage)
        : onPage();
      answer.then(show, () => undefined);
    }, IDLE_TIMEOUT_MS);
    return () => {
      cancelled = true;
      cancelIdle();
      stopWorker();
    };
  }, [manifest, release, read]);

  return state && state.id === id ? state.index : undefined;
}

/** The corrections worker, or null where the browser has none (or refuses to start it). */
function startWorker(): Worker | null {
  if (typeof Worker !== "function") return null;
  try {
    return new Worker(new URL("./correctionsWorker.ts", import.meta.url), { type: "module", name: "corrections" });
  } catch {
    return null;
  }
}

const IDLE_TIMEOUT_MS = 3000;
