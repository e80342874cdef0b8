/**
 * The keys presentation clickers send (→ ← PageDown PageUp Space), plus Home/End, F (full screen),
 * B or "." (blank) and Esc (leave). Listens on the document, after React's own handlers, so a chart
 * that handles a key itself (and calls preventDefault) keeps it.
 */
import { useLayoutEffect, useRef } from "react";

export interface DeckActions {
  go: (delta: number | "first" | "last") => void;
  blank: boolean;
  setBlank: (on: boolean) => void;
  toggleFullscreen: () => void;
  exit: () => void;
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

/** Which step a key asks for, or null when it is not a deck key. */
export function keyAction(e: Pick<KeyboardEvent, "key" | "shiftKey">): DeckKey | null {
  switch (e.key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return "prev";
    case " ":
    case "Spacebar":
      return e.shiftKey ? "prev" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "f":
    case "F":
      return "fullscreen";
    case "b":
    case "B":
    case ".":
      return "blank";
    case "Escape":
      return "exit";
    default:
      return null;
  }
}
export type DeckKey = "next" | "prev" | "first" | "last" | "fullscreen" | "blank" | "exit";

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
      if ((e.key === " " || e.key === "Spacebar") && isPressable(target)) return;
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
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);
}
