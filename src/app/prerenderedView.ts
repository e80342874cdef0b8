/**
 * The view the build renders into index.html's #root (build/dashboardPrerenderPlugin.ts): the dashboard of a URL
 * without parameters, that is the newest release in English. The app hydrates that markup when it is the reader's
 * view (src/app/main.tsx); for any other view the first-paint script (src/app/boot.ts) hides it before it shows.
 */
import type { ReaderManifest } from "../data/loader";
import { DEFAULT_VIEW, type ViewState } from "../state/view";

/** On <html> while #root holds the build's markup of a view that is not the reader's (hidden until replaced). */
export const OTHER_VIEW_CLASS = "brt-other-view";
/** #root's attribute naming the release its prerendered markup shows. */
export const PRERENDERED_ATTR = "data-prerendered";
/** #root's attribute with the manifestKey of the manifest the markup was rendered from. */
export const MANIFEST_ATTR = "data-manifest";

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

/** True when the view is exactly the prerendered one (theme included: the header's picker shows it). */
export function isPrerenderedView(view: ViewState): boolean {
  return (Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]).every(
    (key) => JSON.stringify(view[key]) === JSON.stringify(DEFAULT_VIEW[key]),
  );
}
