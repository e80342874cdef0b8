/**
 * Message catalogues. Each feature keeps its messages in messages/<feature>.ts with en, be and ru
 * side by side; tests/unit/i18n.test.ts fails on a key missing in any language.
 */
import { app } from "./messages/app";
import { pardons } from "./messages/pardons";
import { map } from "./messages/map";
import { trends } from "./messages/trends";
import { embed } from "./messages/embed";
import { people } from "./messages/people";
import { changes } from "./messages/changes";
import { briefing } from "./messages/briefing";
import { useStore } from "../state/store";
import type { Lang } from "./format";

const catalogs = [app, pardons, map, trends, embed, people, changes, briefing] as const;

type EnKeys<C> = C extends { en: infer E } ? keyof E : never;
export type MessageKey = EnKeys<(typeof catalogs)[number]>;

export const MESSAGES: Record<Lang, Record<string, string>> = {
  en: Object.assign({}, ...catalogs.map((c) => c.en)),
  be: Object.assign({}, ...catalogs.map((c) => c.be)),
  ru: Object.assign({}, ...catalogs.map((c) => c.ru)),
};

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    const template = MESSAGES[lang][key] ?? MESSAGES.en[key] ?? key;
    if (!vars) return template;
    // A value that ends a sentence with its own full stop ("5 сакавіка 2026 г.") does not get a second one.
    return template.replace(/\{(\w+)\}(\.?)/g, (m, name: string, stop: string) => {
      if (!(name in vars)) return m;
      const value = String(vars[name]);
      return stop && value.endsWith(".") ? value : value + stop;
    });
  };
}

export function useT(): Translate {
  const lang = useStore((s) => s.lang);
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
