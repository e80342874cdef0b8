/**
 * A briefing deck in the URL (`?deck=`): a compact, versioned, human-readable list of slides, each
 * pinning the view it was added with (release, range, language, selection, categories), so a link
 * sent ahead to a colleague opens the same slides with the same figures. Pure; see README.md.
 *
 *   deck  = "v1" *( "," slide )
 *   slide = widget [ "@" release ] *( "~" field )      fields: from ~ to ~ lang ~ sel ~ cat+cat
 *
 *   v1,pardon-timeline@2024-11-15~2024-07-01~2024-12-31~en,detention-map@2026-03-05~~~be~~raid+detention
 */
import { safeExcerpt } from "../data/errors";
import { isCalendarDay } from "../data/dates";
import type { DateRange } from "../state/store";
import { isLang, type Lang } from "../i18n/format";

export const DECK_VERSION = 1;
/** More slides than anyone presents; keeps a pasted link from growing without bound. */
export const MAX_SLIDES = 40;

export interface SlideSpec {
  /** Widget id from the registry (the key-figures card included). */
  widget: string;
  /** Pinned release id; null = whatever release is loaded. */
  release: string | null;
  range: DateRange;
  /** Pinned language; null = the presenter's language. */
  lang: Lang | null;
  selection: string | null;
  categories: string[];
}

export type DeckError =
  | { code: "version"; version: string }
  | { code: "empty" }
  | { code: "too_many"; count: number }
  | { code: "slide"; slide: number; field: string; value: string };

export type DeckParse = { ok: true; slides: SlideSpec[] } | { ok: false; error: DeckError };

const ID = /^[a-z0-9][a-z0-9_.-]*$/;
const RELEASE = /^\d{4}-\d{2}-\d{2}[a-z0-9-]*$/;
/** Longest widget or release id a deck link may name (real ones are far shorter). */
const MAX_ID = 32;
const SELECTION = /^[a-z0-9][a-z0-9_.:-]*$/;

export function slideSpec(widget: string, patch: Partial<Omit<SlideSpec, "widget">> = {}): SlideSpec {
  return { widget, release: null, range: null, lang: null, selection: null, categories: [], ...patch };
}

function serialiseSlide(s: SlideSpec): string {
  const fields = [
    s.range?.start ?? "",
    s.range?.end ?? "",
    s.lang ?? "",
    s.selection && SELECTION.test(s.selection) ? s.selection : "",
    s.categories.filter((c) => ID.test(c)).join("+"),
  ];
  while (fields.length && fields[fields.length - 1] === "") fields.pop();
  const head = s.release ? `${s.widget}@${s.release}` : s.widget;
  return [head, ...fields].join("~");
}

/** The `deck=` value for these slides; null for no slides (the default deck). */
export function serialiseDeck(slides: readonly SlideSpec[]): string | null {
  if (slides.length === 0) return null;
  const bad = slides.find((s) => !ID.test(s.widget) || (s.release !== null && !RELEASE.test(s.release)));
  if (bad) throw new Error(`cannot put widget "${bad.widget}" of release "${bad.release}" in a deck link`);
  return [`v${DECK_VERSION}`, ...slides.map(serialiseSlide)].join(",");
}

function parseSlide(text: string, index: number): SlideSpec | DeckError {
  // The message quotes the field only when it is short and id-like: a link's own text is not repeated on our page.
  const fail = (field: string, value: string | string[]): DeckError => ({
    code: "slide",
    slide: index + 1,
    field,
    value: [value]
      .flat()
      .map((v) => safeExcerpt(v) ?? "…")
      .join("~"),
  });
  const [head = "", from = "", to = "", lang = "", sel = "", cats = "", ...extra] = text.split("~");
  const at = head.indexOf("@");
  const widget = at < 0 ? head : head.slice(0, at);
  const release = at < 0 ? "" : head.slice(at + 1);
  // Both are shown on slides ("Loading release …", an unknown widget's id): a link may not put long text there.
  if (!ID.test(widget) || widget.length > MAX_ID) return fail("widget", widget);
  if (release && (!RELEASE.test(release) || release.length > MAX_ID)) return fail("release", release);
  if (extra.length) return fail("fields", extra.join("~"));
  if ((from || to) && !(isCalendarDay(from) && isCalendarDay(to) && from <= to)) return fail("range", [from, to]);
  if (lang && !isLang(lang)) return fail("lang", lang);
  if (sel && !SELECTION.test(sel)) return fail("sel", sel);
  const categories = cats ? cats.split("+") : [];
  const badCat = categories.find((c) => !ID.test(c));
  if (badCat !== undefined) return fail("cat", badCat);
  return {
    widget,
    release: release || null,
    range: from ? { start: from, end: to } : null,
    lang: lang && isLang(lang) ? lang : null,
    selection: sel || null,
    categories,
  };
}

/** Reads a `deck=` value. Never throws: a bad link gets an error a person can act on. */
export function parseDeck(text: string): DeckParse {
  const items = text.trim().split(",");
  const version = items.shift() ?? "";
  if (version !== `v${DECK_VERSION}`)
    return { ok: false, error: { code: "version", version: safeExcerpt(version) ?? "…" } };
  const parts = items.filter((p) => p !== "");
  if (parts.length === 0) return { ok: false, error: { code: "empty" } };
  if (parts.length > MAX_SLIDES) return { ok: false, error: { code: "too_many", count: parts.length } };
  const slides: SlideSpec[] = [];
  for (const [i, part] of parts.entries()) {
    const slide = parseSlide(part, i);
    if ("code" in slide) return { ok: false, error: slide };
    slides.push(slide);
  }
  return { ok: true, slides };
}

/** The deck with one more slide (at the end); a broken or absent deck starts afresh. */
export function addToDeck(deck: string | null, slide: SlideSpec): string | null {
  const current = deck ? parseDeck(deck) : null;
  const slides = current?.ok ? current.slides : [];
  if (slides.length >= MAX_SLIDES) return deck;
  return serialiseDeck([...slides, slide]);
}

/** The deck without slide `index` (0-based among the deck's own slides); null when none are left. */
export function removeFromDeck(deck: string, index: number): string | null {
  const current = parseDeck(deck);
  if (!current.ok) return deck;
  return serialiseDeck(current.slides.filter((_, i) => i !== index));
}

/** Release ids pinned by any slide, in order of first appearance. */
export function pinnedReleases(slides: readonly SlideSpec[]): string[] {
  return [...new Set(slides.flatMap((s) => (s.release ? [s.release] : [])))];
}
