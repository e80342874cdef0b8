/**
 * react-dom/client on Preact (build/runtime.ts: the dev server, the tests and the built site): Preact's createRoot,
 * with SVG `tabIndex` made to work as in React before anything renders (src/widgets/preactTabIndex.ts).
 */
import "../widgets/preactTabIndex";

export { createRoot, hydrateRoot } from "preact/compat/client";
