/**
 * Auto-height: the embed tells its parent how tall its content is, whenever that changes. The host script
 * (public/embed.js) resizes only iframes it owns and only on messages from that iframe's window and origin.
 */
import { useEffect, useRef } from "react";

export const HEIGHT_MESSAGE = "brt:embed:height";

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  widget: string;
  frame: string | null;
  height: number;
  /** False while the embed is still loading (the height will grow): hosts resize anyway, the dialog waits. */
  ready: boolean;
}

export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== "object") return false;
  const d = data as Partial<HeightMessage>;
  return d.type === HEIGHT_MESSAGE && typeof d.height === "number" && Number.isFinite(d.height);
}

/** Content height of the page in CSS pixels (not the viewport: an iframe taller than its content must shrink). */
export function contentHeight(root: HTMLElement): number {
  const style = getComputedStyle(document.body);
  const margins = parseFloat(style.marginTop || "0") + parseFloat(style.marginBottom || "0");
  return Math.ceil(root.getBoundingClientRect().height + margins);
}

/**
 * Posts the height of `root` to the parent window on every size change (no-op outside an iframe).
 * A ResizeObserver catches most changes, but Chrome stops rendering cross-origin iframes that are scrolled out
 * of view, and then no observer fires: so every `revision` (new data, a dismissed notice …) and every resize
 * event also measures directly, a few times while the layout settles. With `maxHeight` (the URL's `maxheight`) the
 * height posted is at most that: the host keeps the frame that tall and the rest scrolls inside it.
 */
export function useAutoHeight(
  root: HTMLElement | null,
  widget: string,
  frame: string | null,
  ready: boolean,
  revision: unknown,
  maxHeight: number | null = null,
): void {
  const post = useRef<() => void>(() => {});
  const isReady = useRef(ready);
  isReady.current = ready;
  useEffect(() => {
    if (!root || window.parent === window) return;
    let last = -1;
    post.current = () => {
      const height = maxHeight ? Math.min(contentHeight(root), maxHeight) : contentHeight(root);
      const key = height * 2 + Number(isReady.current);
      if (key === last) return;
      last = key;
      const message: HeightMessage = { type: HEIGHT_MESSAGE, widget, frame, height, ready: isReady.current };
      // The height is not secret and the host's origin is unknown to us, so "*"; hosts verify the sender.
      window.parent.postMessage(message, "*");
    };
    const measure = () => post.current();
    measure();
    window.addEventListener("resize", measure);
    const ro = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(measure);
    ro?.observe(root);
    return () => {
      window.removeEventListener("resize", measure);
      ro?.disconnect();
      post.current = () => {};
    };
  }, [root, widget, frame, maxHeight]);
  useEffect(() => {
    post.current();
    const timers = [100, 400, 1500].map((ms) => setTimeout(() => post.current(), ms));
    return () => timers.forEach(clearTimeout);
  }, [revision, root]);
}
