/**
 * The messages loaded so far, by language. English is filled in parts: the core catalogues when the
 * i18n module loads, each feature's when the feature's code does (the `virtual:i18n/en/<feature>`
 * modules call addEnglish). Belarusian and Russian arrive whole, on demand (loadMessages in index.ts).
 */
import type { Lang } from "./format";

export const MESSAGES: Partial<Record<Lang, Record<string, string>>> & { en: Record<string, string> } = { en: {} };

export function addEnglish(messages: Record<string, string>): void {
  Object.assign(MESSAGES.en, messages);
}
