/**
 * The one UI runtime (decision 008): the app is written against React's API (`react` imports, `@types/react`)
 * and runs on Preact's compatibility layer (preact/compat with Preact and its hooks, about 9 kB gzip against
 * react-dom's 62) everywhere: the dev server and the built site (vite.config.ts), the unit and component tests
 * (vitest.config.ts, with @testing-library/react on top), and the build-time prerender (the SSR servers of
 * build/embedPrerenderPlugin.ts, rendering with preact-render-to-string). So what the tests run is what ships.
 *
 * One map, used as `resolve.alias` by all of them. Each entry matches the whole specifier, so "react" does not
 * also catch "react-dom" or "react/jsx-runtime". Packages that import React themselves (zustand,
 * react-leaflet, @testing-library/react) must go through Vite to see it: bundled in the build, pre-bundled by
 * the dev server, inlined in the tests and the prerender (`RUNTIME_DEPS`).
 */
import path from "node:path";
import type { Alias } from "vite";

/** React's entry points and their Preact counterparts. */
export const PREACT_FOR_REACT: Readonly<Record<string, string>> = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  // Preact's createRoot, with SVG tabIndex made to work as in React (see the file).
  "react-dom/client": path.join(import.meta.dirname, "../src/app/preactClient.ts"),
  "react-dom/server": "preact/compat/server",
  // act(), for @testing-library/react.
  "react-dom/test-utils": "preact/test-utils",
  "react/jsx-runtime": "preact/compat/jsx-runtime",
  "react/jsx-dev-runtime": "preact/compat/jsx-dev-runtime",
};

const exactly = (specifier: string) => new RegExp(`^${specifier.replace(/[/-]/g, "\\$&")}$`);

/** `resolve.alias` for every Vite and Vitest config of the project. */
export const RUNTIME_ALIASES: Alias[] = Object.entries(PREACT_FOR_REACT).map(([from, to]) => ({
  find: exactly(from),
  replacement: to,
}));

/** Dependencies that import React: run through Vite (and so through the aliases) wherever Node would load them. */
export const RUNTIME_DEPS = ["zustand", "react-leaflet", "@react-leaflet/core", "@testing-library/react"];
