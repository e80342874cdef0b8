import { useCallback, useEffect, useState } from "react";
import { httpReader, loadReaderManifest, loadReleaseFiles, pickRelease, type ReaderManifest } from "../data/loader";
import { DATA_ROOT } from "../data/dataRoot";
import { DataError } from "../data/errors";
import { useStore } from "../state/store";

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
      const load = (retried: boolean): Promise<void> =>
        loadReleaseFiles(entry, read).then(
          (release) => void (!cancelled && setData({ state: "ready", manifest, release })),
          (error: unknown) => {
            // The first paint asks for the newest release's files before the manifest is read, so a copy saved
            // offline before the release was re-published can answer it. One more try: by then the service worker
            // has the new manifest, drops its outdated copy and downloads the file. A second failure is real.
            if (!retried && !cancelled && error instanceof DataError && error.kind === "integrity") return load(true);
            fail(error, manifest);
          },
        );
      void load(false);
    }, fail);
    return () => {
      cancelled = true;
    };
  }, [releaseId, attempt, setData]);

  return useCallback(() => setAttempt((n) => n + 1), []);
}
