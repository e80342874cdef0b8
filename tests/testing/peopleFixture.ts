/**
 * The real releases (public/data) loaded from disk through the app's own loader, for the people
 * feature's component tests: the deaths, incommunicado spans and people exactly as the app sees them.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadRelease } from "../../src/data/loader";
import type { ReleaseData } from "../../src/data/schema";

const DATA = path.resolve(import.meta.dirname, "../../public/data");

export async function realRelease(id: "2024-11-15" | "2026-03-05" | "2026-12-06"): Promise<ReleaseData> {
  const { release } = await loadRelease(async (p) => new Uint8Array(readFileSync(path.join(DATA, p))), id);
  return release;
}
