/**
 * The layers the README's Architecture section promises, checked on every import in src/ (static, dynamic,
 * type-only, CSS): data → i18n → state → components → widgets (the widget contract) → features → app. A folder
 * imports only its own layer and those below it; feature folders may use each other's parts, never in a loop;
 * only app/ (the shell, the entries and the registry, the composition root) may import everything.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const SRC = path.resolve(import.meta.dirname, "../../src");

const FEATURES = ["charts", "map", "people", "changes", "briefing", "embed", "export"] as const;
const BASE = ["data", "i18n", "state", "components", "widgets"] as const;

/** What each folder of src/ may import besides itself. Keep in step with the README's Architecture section. */
const ALLOWED: Record<string, readonly string[]> = {
  data: [],
  i18n: ["data"],
  state: ["data", "i18n"],
  components: ["data", "i18n", "state"],
  widgets: ["data", "i18n", "state", "components"],
  ...Object.fromEntries(FEATURES.map((f) => [f, [...BASE, ...FEATURES.filter((g) => g !== f)]])),
  app: [...BASE, ...FEATURES],
};

/** Files directly in src/ (the page's stylesheet): leaves any folder may import. */
const ROOT = "(src)";

interface Source {
  /** Path relative to src/, with forward slashes: "data/schema.ts". */
  file: string;
  text: string;
}

interface Edge {
  file: string;
  specifier: string;
  from: string;
  to: string;
}

function folderOf(relative: string): string {
  const parts = relative.split("/");
  return parts.length === 1 ? ROOT : parts[0]!;
}

/** Every import of a file that lands in another folder of src/ (or in the i18n plugin's virtual modules). */
function crossFolderImports({ file, text }: Source): Edge[] {
  const from = folderOf(file);
  const edges: Edge[] = [];
  for (const { fileName: specifier } of ts.preProcessFile(text, true, true).importedFiles) {
    let to: string;
    if (specifier.startsWith("virtual:i18n")) to = "i18n";
    else if (specifier.startsWith(".")) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier.replace(/\?.*$/, "")));
      if (target.startsWith("../")) continue; // outside src/ (none today)
      to = folderOf(target);
    } else continue; // a package
    if (to !== from) edges.push({ file, specifier, from, to });
  }
  return edges;
}

/** Each import a folder may not make, as "src/<file> imports <specifier> (<from> → <to>)", and each loop between
 * feature folders with the imports that close it. */
function layerViolations(sources: readonly Source[]): string[] {
  const problems: string[] = [];
  const featureEdges = new Map<string, Edge[]>();
  for (const source of sources) {
    const from = folderOf(source.file);
    if (from !== ROOT && !ALLOWED[from]) {
      problems.push(`src/${source.file}: folder ${from}/ has no layer; add it to ALLOWED here and to the README`);
      continue;
    }
    for (const edge of crossFolderImports(source)) {
      if (edge.to === ROOT) continue;
      if (from === ROOT || !ALLOWED[from]!.includes(edge.to)) {
        problems.push(`src/${edge.file} imports ${edge.specifier} (${edge.from} → ${edge.to})`);
      } else if ((FEATURES as readonly string[]).includes(edge.to) && from !== "app") {
        const key = `${from}→${edge.to}`;
        featureEdges.set(key, [...(featureEdges.get(key) ?? []), edge]);
      }
    }
  }
  // Loops between feature folders: a depth-first search over the folder graph.
  const next = (f: string) => FEATURES.filter((g) => featureEdges.has(`${f}→${g}`));
  const reported = new Set<string>();
  const visit = (f: string, trail: string[]) => {
    for (const g of next(f)) {
      const at = trail.indexOf(g);
      if (at >= 0) {
        const loop = [...trail.slice(at), g];
        const name = [...loop.slice(0, -1)].sort().join(",");
        if (reported.has(name)) continue;
        reported.add(name);
        const via = loop.slice(1).map((to, i) => {
          const edge = featureEdges.get(`${loop[i]}→${to}`)![0]!;
          return `src/${edge.file} imports ${edge.specifier}`;
        });
        problems.push(`feature folders import each other in a loop ${loop.join(" → ")}: ${via.join("; ")}`);
      } else if (trail.length < FEATURES.length) visit(g, [...trail, g]);
    }
  };
  for (const f of FEATURES) visit(f, [f]);
  return problems;
}

function sourcesIn(dir: string): Source[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => ({ file: f.split(path.sep).join("/"), text: readFileSync(path.join(dir, f), "utf8") }));
}

describe("layers of src/", () => {
  it("every import goes down the layers, and feature folders import each other in no loop", () => {
    const sources = sourcesIn(SRC);
    expect(sources.length).toBeGreaterThan(100);
    expect(layerViolations(sources)).toEqual([]);
  });

  it("names the file and the import that goes up a layer", () => {
    const sources: Source[] = [
      { file: "data/rank.ts", text: 'import { formatMeasure } from "../i18n/format";\nexport const x = 1;' },
      {
        file: "i18n/words.ts",
        text: 'import type { Lang } from "./format";\nimport { useStore } from "../state/store";',
      },
      { file: "widgets/Frame.tsx", text: 'const share = () => import("../embed/ShareButton");' },
      { file: "map/Legend.tsx", text: 'import "../app/registry";' },
      { file: "data/tidy.ts", text: 'import core from "virtual:i18n/en/core";' },
      { file: "state/ok.ts", text: 'import { z } from "zod/mini";\nimport type { Lang } from "../i18n/format";' },
    ];
    expect(layerViolations(sources)).toEqual([
      "src/data/rank.ts imports ../i18n/format (data → i18n)",
      "src/i18n/words.ts imports ../state/store (i18n → state)",
      "src/widgets/Frame.tsx imports ../embed/ShareButton (widgets → embed)",
      "src/map/Legend.tsx imports ../app/registry (map → app)",
      "src/data/tidy.ts imports virtual:i18n/en/core (data → i18n)",
    ]);
  });

  it("names a loop between feature folders with the imports that close it", () => {
    const sources: Source[] = [
      { file: "export/picture/build.ts", text: 'import { loadWidget } from "../../embed/lazyWidgets";' },
      { file: "embed/Downloads.tsx", text: 'import { png } from "../export/png";' },
      { file: "people/Strip.tsx", text: 'import { Tooltip } from "../charts/common/Tooltip";' },
    ];
    expect(layerViolations(sources)).toEqual([
      "feature folders import each other in a loop embed → export → embed: src/embed/Downloads.tsx imports ../export/png; src/export/picture/build.ts imports ../../embed/lazyWidgets",
    ]);
  });

  it("asks for a layer for a new folder", () => {
    expect(layerViolations([{ file: "utils/x.ts", text: "" }])).toEqual([
      "src/utils/x.ts: folder utils/ has no layer; add it to ALLOWED here and to the README",
    ]);
  });
});
