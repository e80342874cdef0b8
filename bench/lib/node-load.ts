/** loadRelease in Node with a filesystem reader: manifest, sizes, SHA-256, JSON, schema, references. */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { loadRelease, type ReadBytes } from "../../src/data/loader.ts";

export interface NodeLoad {
  releaseId: string | null;
  /** The first call in this process (JIT and zod cold). */
  cold: number | null;
  /** Repeated calls after it. */
  warm: number[];
  error: string | null;
}

export async function timeNodeLoad(dataDir: string, repeats: number): Promise<NodeLoad> {
  const read: ReadBytes = async (rel) => new Uint8Array(await readFile(path.join(dataDir, rel)));
  const times: number[] = [];
  let releaseId: string | null = null;
  try {
    for (let i = 0; i <= repeats; i++) {
      const t0 = performance.now();
      const { release } = await loadRelease(read);
      times.push(performance.now() - t0);
      releaseId = release.entry.id;
    }
  } catch (e) {
    return {
      releaseId,
      cold: times[0] ?? null,
      warm: times.slice(1),
      error: e instanceof Error ? e.message : String(e),
    };
  }
  return { releaseId, cold: times[0]!, warm: times.slice(1), error: null };
}
