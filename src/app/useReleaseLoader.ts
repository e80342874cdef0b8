import { useCallback, useEffect, useState } from "react";
import { httpReader, loadReaderManifest, loadReleaseFiles, pickRelease, type ReaderManifest } from "../data/loader";
import { useStore } from "../state/store";

/** Where releases are served from: `<base>data/`, so the app works under any sub-path. */
export const DATA_ROOT = `${import.meta.env.BASE_URL}data`;

/** Loads the release named in the view (or the newest) whenever it changes. Returns a retry function. */
export function useReleaseLoader(): () => void {
  const releaseId = useStore((s) => s.releaseId);
  const setData = useStore((s) => s.setData);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setData({ state: "loading" });
    const read = httpReader(DATA_ROOT);
    const fail = (error: unknown, manifest?: ReaderManifest) => {
      if (!cancelled)
        setData({ state: "error", error: error instanceof Error ? error : new Error(String(error)), manifest });
    };
    // The manifest first, read entry by entry (one bad entry fails only its own release); a release that fails
    // keeps the manifest, so the picker still offers the others.
    loadReaderManifest(read).then((manifest) => {
      if (cancelled) return;
      let entry;
      try {
        entry = pickRelease(manifest, releaseId);
      } catch (error) {
        fail(error, manifest);
        return;
      }
      loadReleaseFiles(entry, read).then(
        (release) => !cancelled && setData({ state: "ready", manifest, release }),
        (error: unknown) => fail(error, manifest),
      );
    }, fail);
    return () => {
      cancelled = true;
    };
  }, [releaseId, attempt, setData]);

  return useCallback(() => setAttempt((n) => n + 1), []);
}
