/**
 * Other releases than the one shown, loaded for the correction marks (useCorrections) and the changes panel
 * (usePreviousRelease): each once per reader, so opening the panel does not download and verify again what
 * the marks already loaded. A failed load is forgotten, so the next asks again.
 */
import { DATA_ROOT } from "../data/dataRoot";
import { httpReader, loadReleaseFiles, type ReadBytes } from "../data/loader";
import type { ReleaseData, ReleaseEntry } from "../data/schema";

export const defaultReader: ReadBytes = httpReader(DATA_ROOT);

const byReader = new WeakMap<ReadBytes, Map<string, Promise<ReleaseData>>>();

export function loadReleaseOnce(entry: ReleaseEntry, read: ReadBytes = defaultReader): Promise<ReleaseData> {
  let loads = byReader.get(read);
  if (!loads) byReader.set(read, (loads = new Map()));
  // The files' hashes are part of the key: a manifest that changed under the page loads the release anew.
  const key = `${entry.id} ${entry.files.map((f) => f.sha256).join(" ")}`;
  let load = loads.get(key);
  if (!load) {
    load = loadReleaseFiles(entry, read);
    loads.set(key, load);
    load.catch(() => loads.delete(key));
  }
  return load;
}
