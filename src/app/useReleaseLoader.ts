import { useCallback, useEffect, useState } from "react";
import { DataError } from "../data/errors";
import { httpReader, loadManifest, loadRelease } from "../data/loader";
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
    loadRelease(read, releaseId).then(
      ({ manifest, release }) => {
        if (!cancelled) setData({ state: "ready", manifest, release });
      },
      async (error: unknown) => {
        if (cancelled) return;
        const err = error instanceof Error ? error : new Error(String(error));
        // Keep the manifest when only the release failed, so the picker still offers the others.
        let manifest;
        if (err instanceof DataError && (err.file !== "manifest.json" || err.kind === "unknown_release")) {
          try {
            manifest = await loadManifest(read);
          } catch {
            manifest = undefined;
          }
        }
        if (!cancelled) setData({ state: "error", error: err, manifest });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [releaseId, attempt, setData]);

  return useCallback(() => setAttempt((n) => n + 1), []);
}
