/**
 * A first-paint script (src/app/boot.ts, src/embed/paint.ts) and what it imports, bundled from the app's TypeScript
 * into one small classic script for a page to inline in its <head> (its SHA-256 then goes into the CSP,
 * build/cspPlugin.ts). Only what it uses is kept: the modules it reaches have no effect it needs, so their code goes.
 */
import path from "node:path";
import { build, type Rolldown } from "vite";
import { RUNTIME_ALIASES } from "./runtime.ts";

export async function classicScript(root: string, entryFile: string, name: string): Promise<string> {
  const entry = path.join(root, entryFile);
  const result = await build({
    configFile: false,
    root,
    logLevel: "silent",
    publicDir: false,
    // A module it reaches may import React (for a hook it does not use): resolved as in the app, then left out.
    resolve: { alias: RUNTIME_ALIASES },
    build: {
      write: false,
      minify: true,
      target: "es2020",
      lib: { entry, formats: ["iife"], name },
      rolldownOptions: { treeshake: { moduleSideEffects: (id: string) => path.resolve(id) === entry } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === "chunk");
  if (!chunk || chunk.type !== "chunk") throw new Error(`${entryFile} built no script`);
  // Inside <script>, "</script" would end it early.
  return chunk.code.trim().replace(/<\/(script)/gi, "<\\/$1");
}

/** The page with `mark` replaced by the script: inlined for the build, the module itself for the dev server. */
export async function withFirstPaintScript(
  html: string,
  { root, entry, name, mark, dev }: { root: string; entry: string; name: string; mark: string; dev: boolean },
): Promise<string> {
  if (!html.includes(mark)) throw new Error(`the page has no ${mark} for ${entry}`);
  if (dev) return html.replace(mark, `<script type="module" src="/${entry}"></script>`);
  const code = await classicScript(root, entry, name);
  return html.replace(mark, () => `<script>${code}</script>`);
}
