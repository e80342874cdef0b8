/** The build gives each language its own module: English readers never download be/ru messages. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "vite";
import { CATALOGUES, CATALOGUE_NAMES, CORE_CATALOGUES, type CatalogueName } from "../../src/i18n/catalogues";
import { pluralCategory } from "../../src/i18n/format";
import { i18nSplitPlugin, withoutUnusedEnglishForms } from "../../build/i18nSplitPlugin";

type Hook = (...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);

function moduleText(command: "build" | "serve", lang: string): string {
  const plugin = i18nSplitPlugin();
  call(plugin.configResolved, { command } as ResolvedConfig);
  const id = call(plugin.resolveId, `virtual:i18n/${lang}`) as string;
  return call(plugin.load, id) as string;
}

describe("i18n split plugin", () => {
  it("builds English as a plain object without the other languages' messages", () => {
    const en = moduleText("build", "en");
    expect(en).toContain('"app.title":"Belarus Repression Tracker"');
    expect(en).not.toContain("Трэкер рэпрэсій");
    expect(en).not.toContain("Трекер репрессий");
  });

  it("builds Belarusian and Russian as their own modules", () => {
    expect(moduleText("build", "be")).toContain('"app.title":"Трэкер рэпрэсій у Беларусі"');
    expect(moduleText("build", "ru")).toContain('"app.title":"Трекер репрессий в Беларуси"');
    expect(moduleText("build", "ru")).not.toContain("Трэкер");
  });

  it("builds English in parts: the core every page ships, and each feature's words for its own chunk", () => {
    const core = moduleText("build", "en/core");
    expect(core).toContain('"app.title":"Belarus Repression Tracker"');
    expect(core).toContain('"embed.share":"Share"');
    expect(core).not.toContain('"people.');
    expect(core).not.toContain('"map.title"');
    const map = moduleText("build", "en/map");
    expect(map).toMatch(/^import \{ addEnglish \} from ".*registry\.ts";\naddEnglish\(\{"map\./);
    expect(map).not.toContain('"app.title"');
    expect(() => moduleText("build", "en/app")).toThrow(
      "virtual:i18n/en/app: no such part (expected core, pardons, map, trends, share, people, methods, changes, changesPanel, briefing, presenting)",
    );
    expect(() => moduleText("build", "be/map")).toThrow("only English comes in parts");
  });

  it("imports the live catalogues on the dev server, and refuses an unknown language", () => {
    expect(moduleText("serve", "be")).toMatch(
      /import \{ messagesOf \} from ".*catalogues\.ts";\nexport default messagesOf\("be"\)/,
    );
    expect(() => moduleText("build", "de")).toThrow("virtual:i18n/de: no such language (expected en, be, ru)");
  });
});

/** Every source file, its text, and the modules it imports statically (relative paths resolved, virtual ids kept). */
function sourceGraph() {
  const root = path.resolve(import.meta.dirname, "../../src");
  const files = new Map<string, { text: string; imports: string[] }>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts"))
        files.set(p, { text: readFileSync(p, "utf8"), imports: [] });
    }
  };
  walk(root);
  const resolve = (from: string, spec: string) => {
    if (!spec.startsWith(".")) return spec;
    const base = path.resolve(path.dirname(from), spec);
    return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((c) => files.has(c)) ?? base;
  };
  for (const [file, f] of files) {
    // Static imports and re-exports only (not type-only ones, not import()): what is loaded with the file.
    for (const m of f.text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^;]*?\sfrom\s+)?["']([^"']+)["']/gms)) {
      f.imports.push(resolve(file, m[1]!));
    }
  }
  return { root, files };
}

describe("English per feature", () => {
  it("is imported by every module that shows the feature's words", () => {
    const { root, files } = sourceGraph();
    const owner = new Map<string, CatalogueName>();
    for (const name of CATALOGUE_NAMES) for (const key of Object.keys(CATALOGUES[name].en)) owner.set(key, name);
    const keys = [...owner.keys()];
    const closure = (file: string) => {
      const seen = new Set<string>([file]);
      const queue = [file];
      while (queue.length) {
        for (const next of files.get(queue.pop()!)?.imports ?? []) {
          if (seen.has(next)) continue;
          seen.add(next);
          queue.push(next);
        }
      }
      return seen;
    };
    const missing: string[] = [];
    let checked = 0;
    for (const [file, f] of files) {
      if (file.includes(`${path.sep}i18n${path.sep}`)) continue;
      const used = new Set<CatalogueName>();
      // A literal key ("map.title"), or the start of one built at run time (`map.category.${c}`).
      for (const m of f.text.matchAll(/["`]([a-zA-Z]+(?:\.[a-zA-Z0-9]+)+)(\.?\$\{|["`])/g)) {
        const key = m[1]!;
        const name =
          m[2] === '"' || m[2] === "`" ? owner.get(key) : owner.get(keys.find((k) => k.startsWith(key)) ?? "");
        if (name && !CORE_CATALOGUES.includes(name)) used.add(name);
      }
      if (!used.size) continue;
      checked++;
      const loaded = closure(file);
      for (const name of used) {
        if (!loaded.has(`virtual:i18n/en/${name}`)) missing.push(`${path.relative(root, file)} uses ${name}`);
      }
    }
    expect(checked).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});

describe("English counted messages in a build", () => {
  it("leave out the few and many forms, which English plural rules never pick", () => {
    const counts = [0, 1, 2, 3, 4, 5, 11, 21, 22, 25, 101, 1140, 1.5];
    expect(new Set(counts.map((n) => pluralCategory(n, "en")))).toEqual(new Set(["one", "other"]));
    expect(
      withoutUnusedEnglishForms({
        "keys.deaths.one": "political prisoner died",
        "keys.deaths.few": "political prisoners died",
        "keys.deaths.many": "political prisoners died",
        "keys.deaths.other": "political prisoners died",
        "map.fewer.few": "a key that only looks like a form",
      }),
    ).toEqual({
      "keys.deaths.one": "political prisoner died",
      "keys.deaths.other": "political prisoners died",
      "map.fewer.few": "a key that only looks like a form",
    });
  });
});
