/**
 * Releases loaded for briefing slides, kept in memory: a deck can pin several releases, and moving
 * back and forth between slides must not download or verify a release twice.
 */
import { useEffect, useMemo, useState } from "react";
import { DataError } from "../data/errors";
import { httpReader, loadReleaseFiles, pickRelease, type ReadBytes } from "../data/loader";
import type { Manifest, ReleaseData } from "../data/schema";
import { DATA_ROOT } from "../data/dataRoot";

const pending = new Map<string, Promise<ReleaseData>>();
const loaded = new Map<string, ReleaseData>();

/** Records a release loaded elsewhere (the dashboard's), so slides on it need no second load. */
export function rememberRelease(release: ReleaseData): void {
  loaded.set(release.entry.id, release);
}

/** Loads (once) and verifies a release listed in the manifest. A failed load is forgotten so it can be retried. */
export function getRelease(
  manifest: Manifest,
  id: string,
  read: ReadBytes = httpReader(DATA_ROOT),
): Promise<ReleaseData> {
  const done = loaded.get(id);
  if (done) return Promise.resolve(done);
  let promise = pending.get(id);
  if (!promise) {
    promise = Promise.resolve()
      .then(() => loadReleaseFiles(pickRelease(manifest, id), read))
      .then((release) => {
        loaded.set(id, release);
        return release;
      })
      .finally(() => pending.delete(id));
    pending.set(id, promise);
  }
  return promise;
}

export type SlideRelease =
  | { state: "loading"; id: string }
  | { state: "ready"; release: ReleaseData }
  | { state: "error"; id: string; error: Error; retry: () => void };

/**
 * Every release a deck needs, by id: the loaded one (`current`) at once, the others loaded from
 * the manifest in the background. One failing release fails only the slides pinned to it.
 */
export function useReleases(
  ids: readonly string[],
  current: ReleaseData | null,
  manifest: Manifest | undefined,
): Map<string, SlideRelease> {
  const [results, setResults] = useState<ReadonlyMap<string, ReleaseData | Error>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const key = ids.join(",");

  useEffect(() => {
    if (!manifest) return;
    let cancelled = false;
    const settle = (id: string, value: ReleaseData | Error) => {
      if (!cancelled) setResults((m) => new Map(m).set(id, value));
    };
    for (const id of key.split(",")) {
      if (!id || id === current?.entry.id || loaded.has(id)) continue;
      getRelease(manifest, id).then(
        (release) => settle(id, release),
        (error: unknown) => settle(id, error instanceof Error ? error : new Error(String(error))),
      );
    }
    return () => {
      cancelled = true;
    };
  }, [key, manifest, current, attempt]);

  return useMemo(() => {
    const out = new Map<string, SlideRelease>();
    for (const id of key.split(",")) {
      if (!id) continue;
      const done = id === current?.entry.id ? current : (loaded.get(id) ?? results.get(id));
      if (done instanceof Error) {
        const retry = () => {
          setResults((m) => {
            const next = new Map(m);
            next.delete(id);
            return next;
          });
          setAttempt((n) => n + 1);
        };
        out.set(id, { state: "error", id, error: done, retry });
      } else if (done) out.set(id, { state: "ready", release: done });
      else if (!manifest) {
        const error = new DataError("network", "manifest.json", "", "the list of releases could not be loaded");
        out.set(id, { state: "error", id, error, retry: () => setAttempt((n) => n + 1) });
      } else out.set(id, { state: "loading", id });
    }
    return out;
  }, [key, current, results, manifest]);
}
