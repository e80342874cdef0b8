/**
 * The built site runs on Preact's React-compatible runtime (preact/compat with Preact and its hooks, about
 * 9 kB gzip) instead of react-dom (about 62 kB gzip): the app is written against React's API, and only the
 * production bundle swaps the runtime underneath it. react-dom alone was more than half of every embed's bytes (issue #9's budgets).
 *
 * Only the browser build is swapped: the dev server keeps React (fast refresh, React DevTools), unit and
 * component tests run on React under jsdom, and the build-time prerender of embeds (prerenderPlugin.ts, its own
 * SSR server) renders with react-dom/server. The e2e suite and the benchmark run on the built site, so they
 * exercise the runtime that ships.
 */
import type { Plugin } from "vite";

/** React's entry points and their Preact counterparts. */
export const PREACT_FOR_REACT: Readonly<Record<string, string>> = {
  react: "preact/compat",
  "react-dom": "preact/compat",
  "react-dom/client": "/src/app/preactClient.ts",
  "react/jsx-runtime": "preact/compat/jsx-runtime",
  "react/jsx-dev-runtime": "preact/compat/jsx-dev-runtime",
};

export function preactPlugin(): Plugin {
  return {
    name: "brt-preact-runtime",
    apply: "build",
    enforce: "pre",
    async resolveId(source, importer, options) {
      const target = PREACT_FOR_REACT[source];
      if (!target || options?.ssr) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}
