/** Loads the embed's widget definition (its own chunk) and its release in parallel, whole or not at all. */
import { useCallback, useEffect, useState } from "react";
import { loadReaderManifest, loadRelease, loadReleaseFiles, type ReadBytes, type ReaderManifest } from "../data/loader";
import type { ReleaseData, ReleaseEntry } from "../data/schema";
import type { WidgetDef } from "../widgets/types";
import { loadWidget } from "./lazyWidgets";

export type EmbedData =
  | { state: "loading" }
  | { state: "error"; error: Error }
  | { state: "ready"; def: WidgetDef; manifest: ReaderManifest; release: ReleaseData };

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

export function useEmbedData(read: ReadBytes, widget: string, releaseId: string | null): [EmbedData, () => void] {
  const [data, setData] = useState<EmbedData>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let cancelled = false;
    setData({ state: "loading" });
    // The widget's chunk is fetched while the release downloads; an unknown widget fails before any data work.
    // The manifest is read entry by entry: an embed pinned to a good release loads whatever other entry is broken.
    Promise.all([loadWidget(widget), loadRelease(read, releaseId, loadReaderManifest)]).then(
      ([def, { manifest, release }]) => !cancelled && setData({ state: "ready", def, manifest, release }),
      (e: unknown) => !cancelled && setData({ state: "error", error: asError(e) }),
    );
    return () => {
      cancelled = true;
    };
  }, [read, widget, releaseId, attempt]);
  return [data, useCallback(() => setAttempt((n) => n + 1), [])];
}

/** The newest release, loaded only when a pinned embed shows an older one — after the pinned view rendered. */
export function useNewestRelease(read: ReadBytes, newest: ReleaseEntry | null): ReleaseData | "failed" | null {
  const [data, setData] = useState<ReleaseData | "failed" | null>(null);
  useEffect(() => {
    if (!newest) return;
    let cancelled = false;
    loadReleaseFiles(newest, read).then(
      (release) => !cancelled && setData(release),
      () => !cancelled && setData("failed"),
    );
    return () => {
      cancelled = true;
    };
  }, [read, newest]);
  return newest ? data : null;
}
