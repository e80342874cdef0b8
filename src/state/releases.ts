/**
 * Releases as the app loads them: the one cache and the one hook (useRelease) behind the dashboard, embeds,
 * briefing slides, the "what changed" panel and the correction marks. The loading itself (files, size and SHA-256,
 * schema, references) is src/data/loader.ts; this module decides when to call it, and remembers what it returned.
 *
 * Per reader (the app's data folder over HTTP, or a test's files), the manifest is read once, and each release is
 * loaded and verified once, whoever asks first: opening the changes panel or a slide pinned to another release does
 * not download again what the correction marks already loaded. A failed load is not remembered, so Try again (or the
 * next reader of it) asks anew; Try again also reads the manifest anew.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { DataError } from "../data/errors";
import {
  httpReader,
  loadReaderManifest,
  loadReleaseFiles,
  pickRelease,
  type ReadBytes,
  type ReaderManifest,
} from "../data/loader";
import type { ReleaseData, ReleaseEntry } from "../data/schema";
import { DATA_ROOT } from "../data/dataRoot";
import { useStore, type DataStatus } from "./store";

/** The app's data folder over HTTP. It calls the page's fetch when it reads, not the one there was at start-up. */
export const dataReader: ReadBytes = httpReader(DATA_ROOT, (input, init) => fetch(input, init));

/** Loading, ready, or failed: with the manifest when it was read and only the release failed (the picker still
 * offers the others). The same as the store's `data`. */
export type ReleaseState = DataStatus;

const LOADING: ReleaseState = { state: "loading" };

interface ReaderCache {
  manifest: Promise<ReaderManifest> | null;
  /** The manifest once read, for answers without waiting. */
  manifestRead: ReaderManifest | null;
  /** By release id and file hashes: a manifest that changed under the page loads the release anew. */
  releases: Map<string, Promise<ReleaseData>>;
  loaded: Map<string, ReleaseData>;
}

const caches = new WeakMap<ReadBytes, ReaderCache>();

function cacheOf(read: ReadBytes): ReaderCache {
  let cache = caches.get(read);
  if (!cache)
    caches.set(read, (cache = { manifest: null, manifestRead: null, releases: new Map(), loaded: new Map() }));
  return cache;
}

const keyOf = (entry: ReleaseEntry) => `${entry.id} ${entry.files.map((f) => f.sha256).join(" ")}`;

const asError = (e: unknown) => (e instanceof Error ? e : new Error(String(e)));

/** The manifest as readers' browsers take it (entry by entry), read once per reader. */
function readManifest(read: ReadBytes = dataReader): Promise<ReaderManifest> {
  const cache = cacheOf(read);
  let manifest = cache.manifest;
  if (!manifest) {
    const loading = (manifest = loadReaderManifest(read));
    cache.manifest = loading;
    loading.then(
      (m) => void (cache.manifest === loading && (cache.manifestRead = m)),
      () => void (cache.manifest === loading && (cache.manifest = null)),
    );
  }
  return manifest;
}

/** The next readManifest reads the file again (Try again after an error). */
function forgetManifest(read: ReadBytes = dataReader): void {
  const cache = cacheOf(read);
  cache.manifest = null;
  cache.manifestRead = null;
}

/** One release of the manifest, loaded and verified once per reader. */
export function releaseFor(entry: ReleaseEntry, read: ReadBytes = dataReader): Promise<ReleaseData> {
  const cache = cacheOf(read);
  const key = keyOf(entry);
  let load = cache.releases.get(key);
  if (!load) {
    const loading = (load = loadReleaseFiles(entry, read));
    cache.releases.set(key, loading);
    // Registered before any caller's handlers, so a caller that tries again on failure starts a new load.
    loading.then(
      (release) => void cache.loaded.set(key, release),
      () => void (cache.releases.get(key) === loading && cache.releases.delete(key)),
    );
  }
  return load;
}

/** The release `id` (null: the newest) when it is already loaded, without waiting; else null. */
function loadedState(id: string | null, read: ReadBytes, given: ReaderManifest | undefined): ReleaseState | null {
  const cache = cacheOf(read);
  const manifest = given ?? cache.manifestRead;
  if (!manifest) return null;
  let entry: ReleaseEntry;
  try {
    entry = pickRelease(manifest, id);
  } catch {
    return null;
  }
  const release = cache.loaded.get(keyOf(entry));
  return release ? { state: "ready", manifest, release } : null;
}

/**
 * Loads the release `id` (null: the newest) from `manifest` (read from the reader when not given), reporting each
 * state after the first; returns the function that stops reporting. pickRelease decides which entry an id means.
 */
function follow(
  id: string | null,
  read: ReadBytes,
  given: ReaderManifest | undefined,
  report: (state: ReleaseState) => void,
): () => void {
  let cancelled = false;
  const fail = (error: unknown, manifest?: ReaderManifest) => {
    if (!cancelled) report({ state: "error", error: asError(error), manifest });
  };
  // The manifest first, read entry by entry (one bad entry fails only its own release); a release that fails keeps
  // the manifest, so the picker still offers the others.
  (given ? Promise.resolve(given) : readManifest(read)).then((manifest) => {
    if (cancelled) return;
    let entry: ReleaseEntry;
    try {
      entry = pickRelease(manifest, id);
    } catch (error) {
      fail(error, manifest);
      return;
    }
    const load = (retried: boolean): Promise<void> =>
      releaseFor(entry, read).then(
        (release) => void (!cancelled && report({ state: "ready", manifest, release })),
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
}

interface UseReleaseOptions {
  /** How files are read: the app's data folder unless given (tests). */
  read?: ReadBytes;
  /** The manifest to pick from, when the caller has one (the dashboard's); else the reader's, read once. */
  manifest?: ReaderManifest;
  /** False: load nothing yet (a panel not opened); the state stays "loading". */
  enabled?: boolean;
}

/**
 * Several releases by id (null: the newest), each loaded once through the cache; one failing release fails only its
 * own state. Returns the states in the order of `ids`, and Try again (for every failed one).
 */
export function useReleases(
  ids: readonly (string | null)[],
  { read = dataReader, manifest, enabled = true }: UseReleaseOptions = {},
): [ReleaseState[], () => void] {
  const key = ids.map((id) => id ?? "").join("\n");
  const [attempt, setAttempt] = useState(0);
  // States reported for one set of inputs; a report for older inputs is dropped.
  const [held, setHeld] = useState<{ inputs: unknown[]; states: ReadonlyMap<string, ReleaseState> } | null>(null);
  const inputs = useMemo(() => [key, read, manifest, attempt], [key, read, manifest, attempt]);
  const shown = useRef<readonly ReleaseState[]>([]);

  useEffect(() => {
    if (!enabled) return;
    // Followed unless this render had it already loaded: a release that arrived between this render and this effect
    // (the marks loading it meanwhile) must still be reported, or this render's "loading" would stay. One that was
    // there (an embed hydrating what was loaded before it rendered) is not reported again: that would draw it twice.
    const stops = key
      .split("\n")
      .filter((_, i) => shown.current[i]?.state !== "ready")
      .map((id) =>
        follow(id || null, read, manifest, (state) =>
          setHeld((h) => ({ inputs, states: new Map(h?.inputs === inputs ? h.states : []).set(id, state) })),
        ),
      );
    return () => stops.forEach((stop) => stop());
  }, [inputs, enabled, key, read, manifest]);

  const states = useMemo(
    () =>
      key.split("\n").map((id) => {
        if (!enabled) return LOADING;
        const reported = held?.inputs === inputs ? held.states.get(id) : undefined;
        return reported ?? loadedState(id || null, read, manifest) ?? LOADING;
      }),
    [enabled, held, inputs, key, read, manifest],
  );
  // What this commit shows, for the effect above (layout effects run before it).
  useLayoutEffect(() => {
    shown.current = states;
  });
  const retry = useCallback(() => {
    if (!manifest) forgetManifest(read);
    setAttempt((n) => n + 1);
  }, [read, manifest]);
  return [states, retry];
}

/** One release by id (null: the newest): its state, and Try again. */
export function useRelease(id: string | null, options: UseReleaseOptions = {}): [ReleaseState, () => void] {
  const ids = useMemo(() => [id], [id]);
  const [[state], retry] = useReleases(ids, options);
  return [state!, retry];
}

/**
 * The dashboard's release: the one the view names (or the newest), kept in the store's `data` whenever the view
 * changes. Returns Try again.
 */
export function useStoreRelease(): () => void {
  const releaseId = useStore((s) => s.releaseId);
  const setData = useStore((s) => s.setData);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // Loaded before the first render (main.tsx, see loadStoreRelease) and still in the store: nothing to redraw,
    // and a release that failed is not asked for again (Try again does).
    const early = preloaded;
    preloaded = null;
    if (early && early.id === releaseId && useStore.getState().data === early.state) return;
    const loaded = loadedState(releaseId, dataReader, undefined);
    setData(loaded ?? LOADING);
    return loaded ? undefined : follow(releaseId, dataReader, undefined, setData);
  }, [releaseId, attempt, setData]);

  return useCallback(() => {
    forgetManifest(dataReader);
    setAttempt((n) => n + 1);
  }, []);
}

/**
 * The store's release (the view's, or the newest), loaded into the store before anything renders: the dashboard
 * hydrates the build's markup only with the data it was rendered from (src/app/main.tsx). Resolves once the
 * release is ready or has failed.
 */
export function loadStoreRelease(): Promise<ReleaseState> {
  const { releaseId, setData } = useStore.getState();
  return loadReleaseState(releaseId).then((state) => {
    preloaded = { id: releaseId, state };
    setData(state);
    return state;
  });
}

/**
 * The release `id` (null: the newest) through the cache, once it is ready or has failed: what useRelease then
 * shows from its first render (an embed hydrates the build's markup only with the data it was rendered from).
 */
export function loadReleaseState(id: string | null, read: ReadBytes = dataReader): Promise<ReleaseState> {
  const loaded = loadedState(id, read, undefined);
  if (loaded) return Promise.resolve(loaded);
  return new Promise((resolve) => {
    follow(id, read, undefined, (state) => {
      if (state.state !== "loading") resolve(state);
    });
  });
}

/** What loadStoreRelease put in the store, for useStoreRelease's first run to keep. */
let preloaded: { id: string | null; state: ReleaseState } | null = null;
