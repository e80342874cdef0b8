import { useEffect, useState } from "react";
import type { ReadBytes } from "../data/loader";
import { defaultReader, loadReleaseOnce } from "./releaseLoads";
import type { Manifest, ReleaseData } from "../data/schema";

export type PreviousRelease =
  | { state: "idle" }
  | { state: "first" }
  | { state: "loading" }
  | { state: "ready"; release: ReleaseData }
  | { state: "error"; error: Error };

/**
 * The release listed after the shown one in the manifest (the one before it in time), loaded with
 * the same checks as any release — only once `enabled` (the panel was opened), to spare phones the bytes.
 */
export function usePreviousRelease(
  manifest: Manifest,
  current: ReleaseData,
  enabled: boolean,
  read: ReadBytes = defaultReader,
): PreviousRelease {
  const index = manifest.releases.findIndex((r) => r.id === current.entry.id);
  const entry = index >= 0 ? manifest.releases[index + 1] : undefined;
  const [loaded, setLoaded] = useState<{ id: string; result: PreviousRelease } | null>(null);

  useEffect(() => {
    if (!enabled || !entry || loaded?.id === entry.id) return;
    let cancelled = false;
    loadReleaseOnce(entry, read).then(
      (release) => !cancelled && setLoaded({ id: entry.id, result: { state: "ready", release } }),
      (e: unknown) =>
        !cancelled &&
        setLoaded({ id: entry.id, result: { state: "error", error: e instanceof Error ? e : new Error(String(e)) } }),
    );
    return () => {
      cancelled = true;
    };
  }, [enabled, entry, loaded?.id, read]);

  if (!entry) return { state: "first" };
  if (!enabled) return { state: "idle" };
  return loaded?.id === entry.id ? loaded.result : { state: "loading" };
}
