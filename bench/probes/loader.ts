/**
 * The app's own loader (src/data/loader.ts) in Chromium: fetch manifest and files, SHA-256 with WebCrypto,
 * JSON, zod schema, references — exactly what the dashboard does before it draws. The first call is cold
 * (network, parse, JIT); the repeats show the warm cost. Results land in window.__loader.
 */
import { httpReader, loadRelease } from "../../src/data/loader";

const REPEATS = 3;
const read = httpReader(new URL("../data", location.href).href);

async function main() {
  const times: number[] = [];
  for (let i = 0; i <= REPEATS; i++) {
    const t0 = performance.now();
    await loadRelease(read);
    times.push(performance.now() - t0);
  }
  return { cold: times[0]!, warm: times.slice(1) };
}

declare global {
  interface Window {
    __loader?: { cold: number; warm: number[] } | { error: string };
  }
}

main().then(
  (r) => (window.__loader = r),
  (e: unknown) => (window.__loader = { error: e instanceof Error ? e.message : String(e) }),
);
