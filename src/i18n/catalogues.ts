/**
 * Every message catalogue, en/be/ru side by side as translators edit them. The app does not import
 * this module: a build plugin (build/i18nSplitPlugin.ts) turns it into modules per language, so a reader
 * downloads English (the fallback) and their own language, not all three; and English per feature,
 * so an embed of one chart does not download the words of the others.
 */
import { app } from "./messages/app.ts";
import { pardons } from "./messages/pardons.ts";
import { map } from "./messages/map.ts";
import { trends } from "./messages/trends.ts";
import { embed } from "./messages/embed.ts";
import { share } from "./messages/share.ts";
import { people } from "./messages/people.ts";
import { methods } from "./messages/methods.ts";
import { changes } from "./messages/changes.ts";
import { changesPanel } from "./messages/changesPanel.ts";
import { briefing } from "./messages/briefing.ts";
import { presenting } from "./messages/presenting.ts";
import type { Lang } from "./format.ts";

export const CATALOGUES = {
  app,
  pardons,
  map,
  trends,
  embed,
  share,
  people,
  methods,
  changes,
  changesPanel,
  briefing,
  presenting,
} as const;
export type CatalogueName = keyof typeof CATALOGUES;
export const CATALOGUE_NAMES = Object.keys(CATALOGUES) as CatalogueName[];

/**
 * The English every page ships (the frame, errors, key figures, embeds). The other catalogues' English
 * comes with the feature that shows it: a module that uses a feature's words imports
 * `virtual:i18n/en/<feature>` (tests/unit/i18n-split.test.ts checks that it does).
 */
export const CORE_CATALOGUES: readonly CatalogueName[] = ["app", "embed"];

type EnKeys<C> = C extends { en: infer E } ? keyof E : never;
export type MessageKey = EnKeys<(typeof CATALOGUES)[CatalogueName]>;

/** The messages of one language, merged across the named catalogues (all of them by default). */
export function messagesOf(lang: Lang, names: readonly CatalogueName[] = CATALOGUE_NAMES): Record<string, string> {
  return Object.assign({}, ...names.map((name) => CATALOGUES[name][lang] as Record<string, string>));
}
