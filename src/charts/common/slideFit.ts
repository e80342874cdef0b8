/**
 * Charts on a briefing slide are sized from the stage, not from the dashboard's fixed pixels: the slide
 * (src/briefing/SlideParts.tsx) provides the text size its stage calls for, and a chart lays itself out
 * in "design" units at that size's ratio to DESIGN_FONT and draws the SVG scaled up by the same ratio
 * (viewBox), so every label, tick and gap grows with the text and the chart's own collision rules keep
 * working. A chart also fills the height its box has on the slide. Outside a slide the context is null
 * and charts draw exactly as before.
 */
import { createContext, useContext, useLayoutEffect, useRef, useState } from "react";

export interface SlideFit {
  /** Size of chart and legend text on this slide, in CSS pixels. */
  font: number;
}

export const SlideFitContext = createContext<SlideFit | null>(null);

/** The text size chart layouts are written for (the slide's chart text before scaling). */
export const DESIGN_FONT = 12;

/** The stage's text size: about 1/40 of its height (26 px on a 1920×1080 stage, 16–18 px on a projector's
 * 1280×720 or 1024×768), held back on narrow stages so a chart keeps room for its marks. */
export function stageFont(width: number, height: number): number {
  return Math.max(12, Math.min(40, height / 40, width / 58));
}

export function useSlideFit(): SlideFit | null {
  return useContext(SlideFitContext);
}

/** How much a chart's design units are scaled up on this slide (1 off slides). */
export function fitScale(fit: SlideFit | null): number {
  return fit ? fit.font / DESIGN_FONT : 1;
}

/**
 * Height of an element in CSS pixels while on a slide (null elsewhere, and before the first measure): a chart
 * draws at the height its box is given (the box must get its height from the slide's layout, not from the chart).
 */
export function useSlideHeight<T extends HTMLElement>(on: boolean): [React.RefObject<T | null>, number | null] {
  const ref = useRef<T>(null);
  const [height, setHeight] = useState<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!on || !el || typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(() => {
      const h = el.getBoundingClientRect().height;
      if (h > 0) setHeight(Math.floor(h));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [on]);
  return [ref, on ? height : null];
}
