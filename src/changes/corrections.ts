/**
 * The correction marks' index, computed where it costs the page nothing: in a worker of its own
 * (src/changes/correctionsWorker.ts) when the app reads its data folder over HTTP, else on the page.
 *
 * Every published release is downloaded and verified (size, SHA-256, schema, references: src/data/loader.ts, the
 * same checks as the shown release), then compared (src/data/diff.ts). On the page that is a few hundred
 * milliseconds of main-thread work on a phone once the dashboard is live, in idle periods but in tasks long enough
 * to make a tap wait; in the worker it runs beside the page.
 */
import { correctionsFor, type CorrectionIndex } from "../data/diff";
import { loadReleaseFiles, type ReadBytes } from "../data/loader";
import type { ReleaseData, ReleaseEntry } from "../data/schema";

/** What the page asks the worker: every release of the manifest (newest first), and the one shown as the page verified it. */
export interface CorrectionsRequest {
  /** The data folder as an absolute URL: a worker resolves relative ones against its own script. */
  dataRoot: string;
  entries: ReleaseEntry[];
  shown: ReleaseData;
}

/** The worker's answer: the index, or why a release could not be used (the page then shows no marks). */
export type CorrectionsReply = { index: CorrectionIndex } | { error: string };

/**
 * Loads every other release in `entries` and indexes the shown release's corrections. `between` runs before each
 * release is loaded (the page waits for an idle period there).
 */
export async function computeCorrections(
  entries: readonly ReleaseEntry[],
  shown: ReleaseData,
  load: (entry: ReleaseEntry) => Promise<ReleaseData>,
  between: () => Promise<void> = async () => undefined,
): Promise<CorrectionIndex> {
  const all: ReleaseData[] = [];
  for (const entry of entries) {
    if (entry.id === shown.entry.id) {
      all.push(shown);
      continue;
    }
    await between();
    all.push(await load(entry));
  }
  return correctionsFor(shown.entry.id, all);
}

/** The worker's side of one request: an answer, never a throw. */
export async function answerCorrections(request: CorrectionsRequest, read: ReadBytes): Promise<CorrectionsReply> {
  try {
    const index = await computeCorrections(request.entries, request.shown, (entry) => loadReleaseFiles(entry, read));
    return { index };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}
