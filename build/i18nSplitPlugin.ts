/**
 * Message modules cut to what a page shows.
 *
 * - `virtual:i18n/be`, `virtual:i18n/ru`: every message of one language, loaded when a reader picks it.
 * - `virtual:i18n/en/core`: the English of the core catalogues (CORE_CATALOGUES), which every page ships.
 * - `virtual:i18n/en/<catalogue>`: a side-effect module that adds one feature's English; the feature's
 *   modules import it, so it lands in the feature's chunk and an embed of one chart downloads only the
 *   words it shows.
 *
 * The catalogues keep en/be/ru side by side (src/i18n/messages/*.ts), which is how translators work. In
 * a build each module holds its messages as a plain object literal; on the dev server and under vitest
 * it imports the catalogues themselves, so edits show up at once.
 */
import path from "node:path";
import type { Plugin } from "vite";
import { CATALOGUE_NAMES, CORE_CATALOGUES, messagesOf, type CatalogueName } from "../src/i18n/catalogues.ts";
import { LANGS, type Lang } from "../src/i18n/format.ts";

const PREFIX = "virtual:i18n/";
const RESOLVED = "\0" + PREFIX;
const CATALOGUES_FILE = JSON.stringify(path.join(import.meta.dirname, "../src/i18n/catalogues.ts"));
const REGISTRY_FILE = JSON.stringify(path.join(import.meta.dirname, "../src/i18n/registry.ts"));

/**
 * English plural rules know only "one" and "other" (src/i18n/plural.ts never picks few or many for English), so
 * a build leaves out English's copies of the few/many forms of counted messages: about 2 kB gzip of first load.
 * The catalogues keep all four forms in every language, as translators and the i18n test expect.
 */
export function withoutUnusedEnglishForms(messages: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).filter(([key]) => {
      const form = /^(.*)\.(few|many)$/.exec(key);
      return !form || !(`${form[1]}.other` in messages);
    }),
  );
}

export function i18nSplitPlugin(): Plugin {
  let build = false;
  const messages = (lang: Lang, names: readonly CatalogueName[] | null) => {
    if (!build) return `messagesOf(${JSON.stringify(lang)}${names ? `, ${JSON.stringify(names)}` : ""})`;
    const all = messagesOf(lang, names ?? undefined);
    return JSON.stringify(lang === "en" ? withoutUnusedEnglishForms(all) : all);
  };
  const imports = () => (build ? "" : `import { messagesOf } from ${CATALOGUES_FILE};\n`);
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
      const [lang, part, ...rest] = id.slice(RESOLVED.length).split("/") as [Lang, string | undefined];
      if (!LANGS.includes(lang)) throw new Error(`${PREFIX}${lang}: no such language (expected ${LANGS.join(", ")})`);
      if (part === undefined) return `${imports()}export default ${messages(lang, null)};\n`;
      if (lang !== "en" || rest.length) {
        throw new Error(`${id.slice(1)}: only English comes in parts (virtual:i18n/en/<catalogue>)`);
      }
      if (part === "core") return `${imports()}export default ${messages("en", CORE_CATALOGUES)};\n`;
      if (!CATALOGUE_NAMES.includes(part as CatalogueName) || CORE_CATALOGUES.includes(part as CatalogueName)) {
        const parts = CATALOGUE_NAMES.filter((n) => !CORE_CATALOGUES.includes(n));
        throw new Error(`${id.slice(1)}: no such part (expected core, ${parts.join(", ")})`);
      }
      return (
        `${imports()}import { addEnglish } from ${REGISTRY_FILE};\n` +
        `addEnglish(${messages("en", [part as CatalogueName])});\n`
      );
    },
  };
}
