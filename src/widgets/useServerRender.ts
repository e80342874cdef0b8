import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * True while React renders to a string (the build's prerendered copies: src/embed/prerender.tsx and the
 * dashboard's) and while the browser hydrates such markup (the server snapshot, as in React: the dashboard,
 * src/app/main.tsx), false in the browser otherwise, so the live map and lists come in the commit after. The map then draws its still picture instead of starting the lazy
 * Leaflet chunk (what the copy shows must not depend on whether an earlier render already loaded it), and
 * long lists (detentions, people) show their first rows and say how many more the live widget has.
 */
export function useServerRender(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => false,
    () => true,
  );
}
