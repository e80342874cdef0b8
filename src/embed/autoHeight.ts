/**
 * Auto-height: the embed tells its parent how tall its content is, whenever that changes. The host script
 * (public/embed.js) resizes only iframes it owns and only on messages from that iframe's window and origin.
 */
import { useEffect } from "react";

export const HEIGHT_MESSAGE = "brt:embed:height";

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  widget: string;
  frame: string | null;
  height: number;
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

/** Posts the height of `root` to the parent window on every size change (no-op outside an iframe). */
export function useAutoHeight(root: HTMLElement | null, widget: string, frame: string | null): void {
  useEffect(() => {
    if (!root || window.parent === window) return;
    let last = -1;
    const post = () => {
      const height = contentHeight(root);
      if (height === last) return;
      last = height;
      const message: HeightMessage = { type: HEIGHT_MESSAGE, widget, frame, height };
      // The height is not secret and the host's origin is unknown to us, so "*"; hosts verify the sender.
      window.parent.postMessage(message, "*");
    };
    post();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(post);
    ro.observe(root);
    return () => ro.disconnect();
  }, [root, widget, frame]);
}
