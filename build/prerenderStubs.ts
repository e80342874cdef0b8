/**
 * Modules the prerender server must not load. Leaflet reads `window` as soon as it is imported; the map is a
 * lazy chunk, and the prerendered copy draws its still picture instead (useServerRender), but were anything to
 * start that import during a render, it would evaluate Leaflet in Node and crash the build.
 * Here both packages are an inert stand-in: the map module loads, renders nothing and is never used.
 */
import type { Plugin } from "vite";

const STUBBED = new Set(["leaflet", "react-leaflet"]);
const PREFIX = "\0prerender-stub:";

const INERT = `const inert = new Proxy(function () {}, {
  get: (_, key) => (key === "then" ? undefined : key === Symbol.toPrimitive ? () => "" : inert),
  apply: () => inert,
  construct: () => inert,
});
export default inert;
`;

export function prerenderStubsPlugin(): Plugin {
  return {
    name: "brt-prerender-stubs",
    enforce: "pre",
    resolveId(id) {
      return STUBBED.has(id) ? PREFIX + id : undefined;
    },
    load(id) {
      return id.startsWith(PREFIX) ? INERT : undefined;
    },
  };
}
