import { describe, expect, it } from "vitest";
import { closure, coreModules, type ModuleEdges } from "../../build/chunkPlan";

/** A small app: two entries, two chart widgets loaded by `import()` from the embed and statically by the dashboard. */
const GRAPH: Record<string, { s?: string[]; d?: string[] }> = {
  dashboard: { s: ["runtime", "store", "header", "pardons", "trends", "map"] },
  embed: { s: ["runtime", "store", "embedApp"], d: ["pardons", "trends", "map"] },
  store: { s: ["runtime"] },
  header: { s: ["runtime"] },
  embedApp: { s: ["runtime"] },
  pardons: { s: ["scale", "tooltip", "pardonLayout"] },
  trends: { s: ["scale", "tooltip", "brush"] },
  map: { s: ["leafletStub", "tooltip"] },
  scale: { s: ["d3"] },
};
const edges = (id: string): ModuleEdges | null =>
  GRAPH[id] ? { importedIds: GRAPH[id].s ?? [], dynamicallyImportedIds: GRAPH[id].d ?? [] } : null;
const sorted = (s: Set<string>) => [...s].sort();

describe("the chunk plan (build/chunkPlan.ts)", () => {
  it("follows static imports, and import() only when asked", () => {
    expect(sorted(closure(["embed"], edges))).toEqual(["embed", "embedApp", "runtime", "store"]);
    expect(closure(["embed"], edges, true).has("brush")).toBe(true);
  });

  it("puts in core what both pages run at once and what both chart widgets load, and nothing of one side only", () => {
    const core = coreModules({ dashboard: "dashboard", embed: "embed", charts: ["pardons", "trends"] }, edges);
    expect(sorted(core)).toEqual(["d3", "runtime", "scale", "store", "tooltip"]);
    // The dashboard's header, the embed's app, one chart's own layout, the map's code and the entries stay out.
    for (const id of ["header", "embedApp", "pardonLayout", "brush", "leafletStub", "dashboard", "embed"]) {
      expect(core.has(id), id).toBe(false);
    }
  });
});
