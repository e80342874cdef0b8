import type { ReaderManifest } from "./loader";

/**
 * A short fingerprint of what the page's markup takes from the manifest: every release (id, date, files) and the
 * entries that cannot be shown (the release picker lists them all). A reader whose manifest differs (a release
 * published or an entry broken since the build) gets the page drawn, not hydrated: hydration keeps attributes
 * as they are, so a picker option disabled since would stay enabled.
 */
export function manifestKey(manifest: ReaderManifest): string {
  const text = JSON.stringify([
    manifest.releases.map((r) => [r.id, r.asOf, r.files.map((f) => f.sha256)]),
    (manifest.invalid ?? []).map((r) => r.id),
  ]);
  // FNV-1a, 32 bits: enough to tell two manifests apart, not a security check (the loader verifies the data).
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, "0");
}
