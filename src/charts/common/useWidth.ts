import { createContext, useContext, useLayoutEffect, useRef, useState } from "react";

/**
 * The width to draw at before anything was measured, when the caller knows better than the chart's own
 * fallback: the build's prerendered embeds (src/embed/prerender.tsx) draw a phone-sized and a column-sized
 * copy. Unset in the app, where the first layout effect measures the real width anyway.
 */
export const InitialWidthContext = createContext<number | null>(null);

/** Width of a container in CSS pixels, updated on resize. Charts are functions of this width. */
export function useWidth<T extends HTMLElement>(fallback = 640): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const initial = useContext(InitialWidthContext);
  const [width, setWidth] = useState(initial ?? fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = el.getBoundingClientRect().width;
      if (w > 0) setWidth(Math.round(w));
    };
    if (typeof ResizeObserver === "undefined") {
      measure();
      return;
    }
    // No measuring here: on a page of many charts, each one asking for its size as it mounts forces a layout of
    // the whole page, again and again. A ResizeObserver reports every chart's first size after the browser's own
    // layout and before the frame is painted, so the first picture is already drawn at the right width.
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}
