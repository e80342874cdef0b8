/** Loads the embed's widget definition (its own chunk) and its release in parallel, whole or not at all. */
import { useCallback, useEffect, useMemo, useState } from "react";
import type { ReadBytes, ReaderManifest } from "../data/loader";
import type { ReleaseData, ReleaseEntry } from "../data/schema";
import { useRelease } from "../state/releases";
import type { WidgetDef } from "../widgets/types";
import { loadedWidget, loadWidget } from "./lazyWidgets";

export type EmbedData =
  | { state: "loading" }
  | { state: "error"; error: Error }
  | { state: "ready"; def: WidgetDef; manifest: ReaderManifest; release: ReleaseData };

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export function useEmbedData(read: ReadBytes, widget: string, releaseId: string | null): [EmbedData, () => void] {
  // The release through the app's one release cache (src/state/releases.ts): the manifest is read entry by entry,
  // so an embed pinned to a good release loads whatever other entry is broken.
  const [data, retryRelease] = useRelease(releaseId, { read });
  // Already there when the embed hydrates the build's markup (src/embed/main.tsx loaded it first).
  const [def, setDef] = useState<{ widget: string; attempt: number; result: WidgetDef | Error } | null>(() => {
    const result = loadedWidget(widget);
    return result ? { widget, attempt: 0, result } : null;
  });
  const [attempt, setAttempt] = useState(0);
  // The widget's chunk is fetched while the release downloads; an unknown widget fails without waiting for the data.
  useEffect(() => {
    let cancelled = false;
    // The same definition as shown already changes nothing (no second drawing after hydration).
    const settle = (result: WidgetDef | Error) =>
      !cancelled &&
      setDef((d) =>
        d && d.widget === widget && d.attempt === attempt && d.result === result ? d : { widget, attempt, result },
      );
    loadWidget(widget).then(settle, (e: unknown) => settle(asError(e)));
    return () => {
      cancelled = true;
    };
  }, [widget, attempt]);

  const loaded = def && def.widget === widget && def.attempt === attempt ? def.result : null;
  const embed = useMemo((): EmbedData => {
    if (loaded instanceof Error) return { state: "error", error: loaded };
    if (data.state === "error") return { state: "error", error: data.error };
    if (!loaded || data.state === "loading") return { state: "loading" };
    return { state: "ready", def: loaded, manifest: data.manifest, release: data.release };
  }, [loaded, data]);
  const retry = useCallback(() => {
    retryRelease();
    setAttempt((n) => n + 1);
  }, [retryRelease]);
  return [embed, retry];
}

/** The newest release, loaded only when a pinned embed shows an older one — after the pinned view rendered. */
export function useNewestRelease(read: ReadBytes, newest: ReleaseEntry | null): ReleaseData | "failed" | null {
  const [data] = useRelease(newest?.id ?? null, { read, enabled: newest !== null });
  if (!newest) return null;
  return data.state === "ready" ? data.release : data.state === "error" ? "failed" : null;
}
