/** Catalogue parity: every key exists in en, be and ru, none is empty, and every key is used. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesOf } from "../../src/i18n/catalogues";

const MESSAGES = { en: messagesOf("en"), be: messagesOf("be"), ru: messagesOf("ru") };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

describe("message catalogues", () => {
  const en = Object.keys(MESSAGES.en).sort();

  it.each(["be", "ru"] as const)("%s has exactly the English keys, none empty", (lang) => {
    expect(Object.keys(MESSAGES[lang]).sort()).toEqual(en);
    for (const key of en) expect(MESSAGES[lang][key], key).not.toBe("");
  });

  it("keeps {placeholders} identical across languages", () => {
    for (const key of en) {
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(MESSAGES.be[key]!), `be ${key}`).toEqual(vars(MESSAGES.en[key]!));
      expect(vars(MESSAGES.ru[key]!), `ru ${key}`).toEqual(vars(MESSAGES.en[key]!));
    }
  });

  it("gives every counted message all four plural forms in every language", () => {
    const bases = new Set(en.flatMap((key) => /^(.+)\.many$/.exec(key)?.[1] ?? []));
    expect(bases.size).toBeGreaterThan(10);
    for (const base of bases) {
      for (const form of ["one", "few", "many", "other"]) {
        for (const lang of ["en", "be", "ru"] as const)
          expect(MESSAGES[lang][`${base}.${form}`], `${lang} ${base}.${form}`).toBeTruthy();
      }
    }
  });

  it("has no unused keys", () => {
    const root = path.resolve(import.meta.dirname, "../../src");
    const code = sourceFiles(root)
      .filter((f) => !f.includes(`${path.sep}i18n${path.sep}messages${path.sep}`))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    // Keys are used literally ("app.title"), built from a prefix with a template (`error.kind.${kind}`), or are
    // the forms of a counted message whose base is named (plural(t, lang, "keys.deaths", n): src/i18n/plural.ts).
    const unused = en.filter((key) => {
      if (code.includes(`"${key}"`) || code.includes(`'${key}'`)) return false;
      const form = /^(.+)\.(one|few|many|other)$/.exec(key);
      if (form) {
        const base = form[1]!;
        if (code.includes(`"${base}"`)) return false;
        if (code.includes(`\`${base.slice(0, base.lastIndexOf(".") + 1)}\${`)) return false;
      }
      const prefix = key.slice(0, key.lastIndexOf(".") + 1);
      return !code.includes(`\`${prefix}\${`);
    });
    expect(unused).toEqual([]);
  });
});
