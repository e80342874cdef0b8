/**
 * How the build cuts the app's JavaScript into files (decision 012). Left to itself, the bundler gives every set of
 * entries that share modules a chunk of its own: the dashboard asked for 40 script files before it could run and an
 * embed 16 before its widget, most of them under 2 kB. A browser on HTTP/1.1 fetches six at a time, and each file
 * costs a request and its own compile.
 *
 * One group, `core`, takes instead every module that both pages run at once (the static closure of both entries:
 * the runtime, the store, the data layer, the widget frame, i18n) and every module that both kinds of chart widget
 * load (the pardon timeline's and the trend charts' lazy chunks: scales, d3-shape, tooltips, qualifier marks). Both
 * pages then ask for a handful of files: core, their entry, and a chunk per widget. A module that only one side
 * needs stays out of core, so an embed does not download the dashboard's code. The rest is left to the bundler.
 */
import type { Plugin } from "vite";

/** What the plan needs to know of a module: what it imports, statically and by `import()`. */
export interface ModuleEdges {
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
}

/** The modules `roots` import, directly or not, themselves included (by `import()` too when `dynamic`). */
export function closure(
  roots: readonly string[],
  edges: (id: string) => ModuleEdges | null,
  dynamic = false,
): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length) {
    const id = todo.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const e = edges(id);
    if (!e) continue;
    todo.push(...e.importedIds);
    if (dynamic) todo.push(...e.dynamicallyImportedIds);
  }
  return seen;
}

const intersect = (a: Set<string>, b: Set<string>) => [...a].filter((id) => b.has(id));

/** The roots the plan starts from: the two entries and the lazy modules of two different chart widgets. */
export interface PlanRoots {
  dashboard: string;
  embed: string;
  charts: readonly [string, string];
}

/**
 * The `core` chunk's modules: what both entries import statically, and what both chart widgets import. The entries
 * themselves are never in it (an entry's own code runs only on its page).
 */
export function coreModules(roots: PlanRoots, edges: (id: string) => ModuleEdges | null): Set<string> {
  const shared = intersect(closure([roots.dashboard], edges), closure([roots.embed], edges));
  const charts = intersect(closure([roots.charts[0]], edges), closure([roots.charts[1]], edges));
  const core = new Set([...shared, ...charts]);
  core.delete(roots.dashboard);
  core.delete(roots.embed);
  return core;
}

/** Module ids end with these paths (the sources the plan starts from). */
const ROOTS = {
  dashboard: "/src/app/main.tsx",
  embed: "/src/embed/main.tsx",
  charts: ["/src/charts/pardons/widget.tsx", "/src/charts/trends/widget.tsx"],
} as const;

/**
 * The plan as the build uses it: `plugin` reads the module graph once it is complete (buildEnd) and `groups` is
 * `build.rollupOptions.output.codeSplitting`, whose test the bundler calls after that, when it forms the chunks.
 */
export function chunkPlan(): {
  plugin: Plugin;
  codeSplitting: { groups: { name: string; test: (id: string) => boolean; priority: number }[] };
} {
  let core = new Set<string>();
  const plugin: Plugin = {
    name: "brt-chunk-plan",
    apply: "build",
    buildEnd(error) {
      if (error) return;
      const ids = [...this.getModuleIds()];
      const find = (suffix: string) => {
        const id = ids.find((m) => m.endsWith(suffix));
        if (!id) this.error(`chunk plan: no module ${suffix} in the build (build/chunkPlan.ts names the roots)`);
        return id;
      };
      const roots: PlanRoots = {
        dashboard: find(ROOTS.dashboard),
        embed: find(ROOTS.embed),
        charts: [find(ROOTS.charts[0]), find(ROOTS.charts[1])],
      };
      core = coreModules(roots, (id) => this.getModuleInfo(id));
      // Vite's polyfill for <link rel="modulepreload">, which both pages' HTML imports.
      for (const id of ids) if (id.includes("modulepreload-polyfill")) core.add(id);
    },
  };
  return { plugin, codeSplitting: { groups: [{ name: "core", test: (id) => core.has(id), priority: 1 }] } };
}
