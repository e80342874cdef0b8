import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * True while React renders to a string (the build's prerendered embeds, src/embed/prerender.tsx), false in
 * the browser. The map then draws its still picture instead of starting the lazy Leaflet chunk: what the
 * copy shows must not depend on whether an earlier render already loaded that chunk.
 */
export function useServerRender(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
}
