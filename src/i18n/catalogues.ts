/**
 * Every message catalogue, en/be/ru side by side as translators edit them. The app does not import
 * this module: a build plugin (splitPlugin.ts) turns it into one module per language, so a reader
 * downloads English (the fallback) and their own language, not all three.
 */
import { app } from "./messages/app.ts";
import { pardons } from "./messages/pardons.ts";
import { map } from "./messages/map.ts";
import { trends } from "./messages/trends.ts";
import { embed } from "./messages/embed.ts";
import { people } from "./messages/people.ts";
import { changes } from "./messages/changes.ts";
import { briefing } from "./messages/briefing.ts";
import type { Lang } from "./format.ts";

export const CATALOGUES = [app, pardons, map, trends, embed, people, changes, briefing] as const;

type EnKeys<C> = C extends { en: infer E } ? keyof E : never;
export type MessageKey = EnKeys<(typeof CATALOGUES)[number]>;

/** All messages of one language, merged across features. */
export function messagesOf(lang: Lang): Record<string, string> {
  return Object.assign({}, ...CATALOGUES.map((c) => c[lang] as Record<string, string>));
}
