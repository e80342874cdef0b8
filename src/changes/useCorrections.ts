import { useEffect, useState } from "react";
import type { CorrectionIndex } from "../data/diff";
import type { ReadBytes } from "../data/loader";
import type { Manifest, ReleaseData } from "../data/schema";
import { dataReader, releaseFor } from "../state/releases";
import { nextIdle } from "../widgets/idle";

/**
 * Corrections of the shown release's figures across every published release, for the charts' small
 * correction marks. The other releases load once the page has drawn and the browser is idle, one per idle period
 * (same checks as any release, through the app's one release cache, src/state/releases.ts): downloading and
 * verifying every earlier release does not compete with the page's first draw and its first clicks. If one fails to load, there are simply
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
    // One release per idle period: each is downloaded and verified in a short task of its own, so a reader's
    // click or scroll never waits behind all of them at once.
    const load = async () => {
      const all: ReleaseData[] = [];
      for (const entry of manifest.releases) {
        await nextIdle(IDLE_TIMEOUT_MS);
        if (cancelled) return;
        all.push(entry.id === release.entry.id ? release : await releaseFor(entry, read));
      }
      const { correctionsFor } = await import("../data/diff");
      if (!cancelled) setState({ id: release.entry.id, index: correctionsFor(release.entry.id, all) });
    };
    load().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [manifest, release, read]);

  return state && state.id === id ? state.index : undefined;
}

const IDLE_TIMEOUT_MS = 3000;
