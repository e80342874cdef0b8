import { createContext, useContext, useLayoutEffect, useRef, useState } from "react";
import { whenIdle } from "../../widgets/idle";
import { useHydratesBuildMarkup } from "../../widgets/KeptGroup";

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
  const { laterWidth } = useHydratesBuildMarkup();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A dashboard chart hydrated from the build's markup was drawn at the build's width. Its SVG scales to the real
    // width (a viewBox), and the pointer maps through that scale, so where the two are close it is drawn again at the
    // real width in an idle moment, not while the page hydrates (which would lay out every chart twice on the way
    // to a live page). Far apart (a phone), and any later size, apply at once.
    let idle: (() => void) | null = null;
    let deferFirst = laterWidth;
    const measure = () => {
      const w = Math.round(el.getBoundingClientRect().width);
      if (!(w > 0)) return;
      const drawn = initial ?? fallback;
      const close = w / drawn >= 1 - LATER_WIDTH_SCALE && w / drawn <= 1 + LATER_WIDTH_SCALE;
      if (!deferFirst || !close) {
        deferFirst = false;
        idle?.();
        idle = null;
        setWidth(w);
        return;
      }
      deferFirst = false;
      idle = whenIdle(() => {
        idle = null;
        // The width then, not the one first reported (the reader may have resized meanwhile).
        const now = Math.round(el.getBoundingClientRect().width);
        if (now > 0) setWidth(now);
      }, 1000);
    };
    if (typeof ResizeObserver === "undefined") {
      measure();
      return () => idle?.();
    }
    // No measuring here: on a page of many charts, each one asking for its size as it mounts forces a layout of
    // the whole page, again and again. A ResizeObserver reports every chart's first size after the browser's own
    // layout and before the frame is painted, so the first picture is already drawn at the right width.
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => {
      ro.disconnect();
      idle?.();
    };
    // The width drawn first is fixed at mount; this effect runs once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return [ref, width];
}

/** How far (as a share) the real width may be from the build's for a hydrated chart to keep it until idle. */
const LATER_WIDTH_SCALE = 0.2;
