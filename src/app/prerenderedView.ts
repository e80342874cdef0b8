/**
 * The view the build renders into index.html's #root (build/dashboardPrerenderPlugin.ts): the dashboard of a URL
 * without parameters, that is the newest release in English. The app hydrates that markup when it is the reader's
 * view (src/app/main.tsx); for any other view the first-paint script (src/app/boot.ts) hides it before it shows.
 */
import { DEFAULT_VIEW, type ViewState } from "../state/view";

/** On <html> while #root holds the build's markup of a view that is not the reader's (hidden until replaced). */
export const OTHER_VIEW_CLASS = "brt-other-view";
/** #root's attribute naming the release its prerendered markup shows. */
export const PRERENDERED_ATTR = "data-prerendered";
/** #root's attribute with the manifestKey of the manifest the markup was rendered from. */
export const MANIFEST_ATTR = "data-manifest";

/** True when the view is exactly the prerendered one (theme included: the header's picker shows it). */
export function isPrerenderedView(view: ViewState): boolean {
  return (Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]).every(
    (key) => JSON.stringify(view[key]) === JSON.stringify(DEFAULT_VIEW[key]),
  );
}
