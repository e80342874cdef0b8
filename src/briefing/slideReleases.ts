/**
 * The releases a deck's slides are pinned to. They come through the app's one release cache
 * (src/state/releases.ts), so moving back and forth between slides never downloads or verifies a release twice,
 * and the dashboard's own release is the one already loaded.
 */
import { useMemo } from "react";
import { DataError } from "../data/errors";
import type { ReaderManifest } from "../data/loader";
import type { ReleaseData } from "../data/schema";
import { useReleases } from "../state/releases";

export type SlideRelease =
  | { state: "loading"; id: string }
  | { state: "ready"; release: ReleaseData }
  | { state: "error"; id: string; error: Error; retry: () => void };

/**
 * Every release a deck needs, by id: the loaded one (`current`) at once, the others loaded from
 * the manifest in the background. One failing release fails only the slides pinned to it.
 */
export function useSlideReleases(
  ids: readonly string[],
  current: ReleaseData | null,
  manifest: ReaderManifest | undefined,
): Map<string, SlideRelease> {
  const key = ids.join(",");
  const others = useMemo(() => key.split(",").filter((id) => id && id !== current?.entry.id), [key, current]);
  const [states, retry] = useReleases(others, { manifest, enabled: manifest !== undefined });

  return useMemo(() => {
    const out = new Map<string, SlideRelease>();
    for (const id of key.split(",")) {
      if (!id) continue;
      if (id === current?.entry.id) {
        out.set(id, { state: "ready", release: current });
        continue;
      }
      const state = states[others.indexOf(id)]!;
      if (!manifest) {
        const error = new DataError("network", "manifest.json", "", "the list of releases could not be loaded");
        out.set(id, { state: "error", id, error, retry });
      } else if (state.state === "error") out.set(id, { state: "error", id, error: state.error, retry });
      else if (state.state === "ready") out.set(id, { state: "ready", release: state.release });
      else out.set(id, { state: "loading", id });
    }
    return out;
  }, [key, current, others, states, manifest, retry]);
}
