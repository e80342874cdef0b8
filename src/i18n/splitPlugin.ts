/**
 * One module per language: `virtual:i18n/en`, `virtual:i18n/be`, `virtual:i18n/ru`.
 *
 * The catalogues keep en/be/ru side by side (src/i18n/messages/*.ts), which is how translators work,
 * but a reader needs only English (the fallback) and their own language. In a build each virtual
 * module is that language's messages as a plain object literal, so the dashboard and every embed
 * ship English and load Belarusian or Russian as a separate chunk on demand. On the dev server and
 * under vitest each module imports the catalogues themselves, so edits show up at once.
 */
import path from "node:path";
import type { Plugin } from "vite";
import { messagesOf } from "./catalogues.ts";
import { LANGS, type Lang } from "./format.ts";

const PREFIX = "virtual:i18n/";
const RESOLVED = "\0" + PREFIX;
const CATALOGUES_FILE = path.join(import.meta.dirname, "catalogues.ts");

export function i18nSplitPlugin(): Plugin {
  let build = false;
  return {
    name: "i18n-split",
    configResolved(config) {
      build = config.command === "build";
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? RESOLVED + id.slice(PREFIX.length) : undefined;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      const lang = id.slice(RESOLVED.length) as Lang;
      if (!LANGS.includes(lang)) throw new Error(`${PREFIX}${lang}: no such language (expected ${LANGS.join(", ")})`);
      if (!build) {
        return `import { messagesOf } from ${JSON.stringify(CATALOGUES_FILE)};\nexport default messagesOf(${JSON.stringify(lang)});\n`;
      }
      return `export default ${JSON.stringify(messagesOf(lang))};\n`;
    },
  };
}
