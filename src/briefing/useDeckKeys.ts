/**
 * The keys presentation clickers send (→ ← PageDown PageUp Space), plus Home/End, F (full screen),
 * B or "." (blank), S (presenter view) and Esc (leave), on any keyboard layout (see keyAction).
 * Listens on the document, after React's own handlers, so a chart that handles a key itself (and
 * calls preventDefault) keeps it.
 */
import { useLayoutEffect, useRef } from "react";

export interface DeckActions {
  go: (delta: number | "first" | "last") => void;
  blank: boolean;
  setBlank: (on: boolean) => void;
  toggleFullscreen: () => void;
  exit: () => void;
  /** Opens the presenter view (S); absent in the presenter view itself. */
  presenter?: () => void;
}

const MODIFIER_ONLY = new Set(["Shift", "Control", "Alt", "Meta", "CapsLock", "Tab"]);

function isTextEntry(el: Element | null): boolean {
  if (!el) return false;
  const tag = el.tagName;
  return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || (el as HTMLElement).isContentEditable;
}

/** Space and Enter on a button or link press it, they do not turn the page. */
function isPressable(el: Element | null): boolean {
  return !!el?.closest("button, a[href], [role='button'], [role='link'], summary");
}

/** Named keys (what clickers send, and Home/End/Esc): the same on every keyboard layout. */
const NAMED: Record<string, DeckKey> = {
  ArrowRight: "next",
  ArrowDown: "next",
  PageDown: "next",
  ArrowLeft: "prev",
  ArrowUp: "prev",
  PageUp: "prev",
  Home: "first",
  End: "last",
  Escape: "exit",
};

/** Letter keys by what they type, on a Latin layout. */
const BY_CHARACTER: Record<string, DeckKey> = {
  f: "fullscreen",
  b: "blank",
  ".": "blank",
  s: "presenter",
};

/**
 * Letter keys by where they are (`event.code`), for layouts that type something else there: on a
 * Russian or Belarusian layout B, "." and F arrive as "и", "ю" and "а".
 */
const BY_POSITION: Record<string, DeckKey> = {
  KeyF: "fullscreen",
  KeyB: "blank",
  Period: "blank",
  NumpadDecimal: "blank",
  KeyS: "presenter",
};

/**
 * Which step a key asks for, or null when it is not a deck key. A Latin character decides by itself
 * (on a French or Dvorak layout "b" is where the reader sees it); any other character (Cyrillic)
 * falls back to the key's position, as do keys a browser reports without a `key`.
 */
export function keyAction(e: Pick<KeyboardEvent, "key" | "code" | "shiftKey">): DeckKey | null {
  const key = e.key ?? "";
  if (key === " " || key === "Spacebar" || (key.length !== 1 && e.code === "Space"))
    return e.shiftKey ? "prev" : "next";
  const named = NAMED[key] ?? (key.length === 1 ? undefined : NAMED[e.code]);
  if (named) return named;
  if (key.length === 1 && /^[\x21-\x7e]$/.test(key)) return BY_CHARACTER[key.toLowerCase()] ?? null;
  return BY_POSITION[e.code] ?? null;
}
export type DeckKey = "next" | "prev" | "first" | "last" | "fullscreen" | "blank" | "presenter" | "exit";

export function useDeckKeys(actions: DeckActions): void {
  // The listener is installed once; it reads the latest actions through a ref, updated as soon as the DOM is
  // (a layout effect: a passive one may run after the next key press has already arrived).
  const ref = useRef(actions);
  useLayoutEffect(() => {
    ref.current = actions;
  });

  // A layout effect: the keys work as soon as the deck is on screen (the built site's runtime, Preact, runs
  // passive effects only after a paint, and a clicker press can come first).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const a = ref.current;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const target = e.target instanceof Element ? e.target : null;
      if (isTextEntry(target)) return;
      if (a.blank) {
        // Any key brings the picture back, and does nothing else.
        if (MODIFIER_ONLY.has(e.key)) return;
        e.preventDefault();
        a.setBlank(false);
        return;
      }
      const action = keyAction(e);
      if (!action) return;
      const space = e.key === " " || e.key === "Spacebar" || e.code === "Space";
      if (space && isPressable(target)) return;
      if (action === "exit") {
        // In full screen the browser's Esc leaves full screen first; the page stays in the briefing.
        if (document.fullscreenElement) return;
        e.preventDefault();
        a.exit();
        return;
      }
      e.preventDefault();
      if (action === "next") a.go(1);
      else if (action === "prev") a.go(-1);
      else if (action === "first") a.go("first");
      else if (action === "last") a.go("last");
      else if (action === "fullscreen") a.toggleFullscreen();
      else if (action === "blank") a.setBlank(true);
      else if (action === "presenter") a.presenter?.();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
