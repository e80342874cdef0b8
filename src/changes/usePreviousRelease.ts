import type { ReadBytes } from "../data/loader";
import type { Manifest, ReleaseData } from "../data/schema";
import { useRelease } from "../state/releases";

export type PreviousRelease =
  | { state: "idle" }
  | { state: "first" }
  | { state: "loading" }
  | { state: "ready"; release: ReleaseData }
  | { state: "error"; error: Error };

/**
 * The release listed after the shown one in the manifest (the one before it in time), loaded with the same checks as
 * any release, through the app's one release cache (the correction marks may have loaded it already) — only once
 * `enabled` (the panel was opened), to spare phones the bytes.
 */
export function usePreviousRelease(
  manifest: Manifest,
  current: ReleaseData,
  enabled: boolean,
  read?: ReadBytes,
): PreviousRelease {
  const index = manifest.releases.findIndex((r) => r.id === current.entry.id);
  const entry = index >= 0 ? manifest.releases[index + 1] : undefined;
  const [loaded] = useRelease(entry?.id ?? null, { read, manifest, enabled: enabled && entry !== undefined });

  if (!entry) return { state: "first" };
  if (!enabled) return { state: "idle" };
  if (loaded.state === "ready") return { state: "ready", release: loaded.release };
  return loaded.state === "error" ? { state: "error", error: loaded.error } : { state: "loading" };
}
