import { useEffect, useState } from "react";
import type { CorrectionIndex } from "../data/diff";
import type { ReadBytes } from "../data/loader";
import type { Manifest, ReleaseData } from "../data/schema";
import { dataReader, releaseFor } from "../state/releases";

/**
 * Corrections of the shown release's figures across every published release, for the charts' small
 * correction marks. The other releases load once the page has drawn and the browser is idle (same checks as any
 * release, through the app's one release cache, src/state/releases.ts): downloading and verifying every earlier
 * release does not compete with the page's first draw and its first clicks. If one fails to load, there are simply
 * no marks: the page itself already loaded whole. The comparison code (src/data/diff.ts) comes with them, not with
 * the page's first load.
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
    const load = () =>
      Promise.all([
        import("../data/diff"),
        Promise.all(
          manifest.releases.map((entry) =>
            entry.id === release.entry.id ? Promise.resolve(release) : releaseFor(entry, read),
          ),
        ),
      ]).then(
        ([{ correctionsFor }, all]) =>
          !cancelled && setState({ id: release.entry.id, index: correctionsFor(release.entry.id, all) }),
        () => undefined,
      );
    const idle = whenIdle(() => {
      if (!cancelled) void load();
    });
    return () => {
      cancelled = true;
      idle.cancel();
    };
  }, [manifest, release, read]);

  return state && state.id === id ? state.index : undefined;
}

/** Runs `fn` when the browser is next idle (at the latest after IDLE_TIMEOUT_MS); where it cannot tell, soon. */
function whenIdle(fn: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(fn, { timeout: IDLE_TIMEOUT_MS });
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const timer = setTimeout(fn, 0);
  return { cancel: () => clearTimeout(timer) };
}

const IDLE_TIMEOUT_MS = 3000;
