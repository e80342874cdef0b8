/**
 * Message catalogues. Each feature keeps its messages in messages/<feature>.ts with en, be and ru
 * side by side; tests/unit/i18n.test.ts fails on a key missing in any language. A message that
 * counts something is four keys, `<base>.one|few|many|other`, said with `plural` (./plural.ts) so
 * that the noun and verb agree with the figure in every language.
 */
import { useEffect, useSyncExternalStore } from "react";
import core from "virtual:i18n/en/core";
import type { Lang } from "./format";
import type { MessageKey } from "./catalogues";
import { MESSAGES, addEnglish } from "./registry";

export type { MessageKey };
export { MESSAGES };

// English (the fallback) is in the bundle: the core here, each feature's with the feature (build/i18nSplitPlugin.ts).
// Belarusian and Russian are chunks of their own, loaded by loadMessages before they are shown.
addEnglish(core);

const LOADERS: Record<Exclude<Lang, "en">, () => Promise<{ default: Record<string, string> }>> = {
  be: () => import("virtual:i18n/be"),
  ru: () => import("virtual:i18n/ru"),
};
const pending = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/** Loads a language's messages (once). Until they arrive, and if they cannot be loaded (offline before the
 * chunk was cached), text falls back to English, which every record and message has. */
export function loadMessages(lang: Lang): Promise<void> {
  if (lang === "en" || MESSAGES[lang]) return Promise.resolve();
  let p = pending.get(lang);
  if (!p) {
    p = LOADERS[lang]().then(
      (m) => {
        MESSAGES[lang] = m.default;
        version++;
        for (const l of listeners) l();
      },
      (error: unknown) => {
        pending.delete(lang);
        console.error(`Messages in ${lang} could not be loaded; showing English.`, error);
      },
    );
    pending.set(lang, p);
  }
  return p;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Re-renders the caller when a language's messages arrive, and asks for `lang`'s. */
export function useMessages(lang: Lang): void {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  );
  useEffect(() => {
    void loadMessages(lang);
  }, [lang]);
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const translators = new Map<string, Translate>();

/**
 * The translator of a language. The same function is returned until the language's messages arrive, so
 * memos keyed on it (series, layouts) survive a range change and are redone only when the words change.
 */
export function translator(lang: Lang): Translate {
  const key = MESSAGES[lang] ? lang : `${lang}:english-fallback`;
  let t = translators.get(key);
  if (!t) {
    t = makeTranslator(lang);
    translators.set(key, t);
  }
  return t;
}

function makeTranslator(lang: Lang): Translate {
  return (key, vars) => {
    const template = MESSAGES[lang]?.[key] ?? MESSAGES.en[key] ?? key;
    if (!vars) return template;
    // A value that ends a sentence with its own full stop ("5 сакавіка 2026 г.") does not get a second one.
    return template.replace(/\{(\w+)\}(\.?)/g, (m, name: string, stop: string) => {
      if (!(name in vars)) return m;
      const value = String(vars[name]);
      return stop && value.endsWith(".") ? value : value + stop;
    });
  };
}

// The reader's language lives in the store (src/state/store.ts), a layer above this one: the store hands its hook
// in when it is created, so i18n imports nothing of state. A page without the store reads English.
let useLang: () => Lang = () => "en";

/** Called once, by the store: the hook that reads the reader's language. */
export function provideLanguage(hook: () => Lang): void {
  useLang = hook;
}

export function useT(): Translate {
  const lang = useLang();
  useMessages(lang);
  return translator(lang);
}

/** A record's text in English with optional Belarusian and Russian versions; a plain string is English only. */
export type DataText = { en: string; be?: string; ru?: string } | string;

/** Picks the reader's language from a record's text, falling back to English (marked by the caller). */
export function pickText(text: DataText, lang: Lang): { text: string; fallback: boolean } {
  if (typeof text === "string") return { text, fallback: lang !== "en" };
  const t = text[lang];
  return t ? { text: t, fallback: false } : { text: text.en, fallback: lang !== "en" };
}

/**
 * A record's text as a plain string (table cells, CSV, accessible names), with the visible
 * "(in English)" marker when it falls back to English. In markup use components/LocalText instead.
 */
export function localText(text: DataText, lang: Lang): string {
  const picked = pickText(text, lang);
  return picked.fallback ? `${picked.text} ${translator(lang)("text.inEnglish")}` : picked.text;
}
