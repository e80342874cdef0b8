/**
 * Fits a view into the space a slide leaves for it, so nothing is cut off: the view is laid out as
 * wide as the slide allows, and narrowed while it is taller than the space (charts get shorter as
 * they get narrower). No CSS transform or zoom: charts measure their own width with
 * getBoundingClientRect, which a transform would falsify. If narrowing stops helping, the box scrolls.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

interface FitBoxProps {
  children: ReactNode;
  /** Widest layout width (very wide charts are hard to read from the back of a room). */
  maxWidth?: number;
  /** Narrowest layout width tried. */
  minWidth?: number;
}

interface Fit {
  /** The box size the fit was computed for, "w×h". */
  box: string;
  width: number;
  /** Content height at the previous width, to notice when narrowing makes things worse. */
  lastHeight: number;
  tries: number;
  /** Times the fit started over because the content became much shorter (a lazy part loaded). */
  restarts: number;
}

const MAX_TRIES = 6;

export function FitBox({ children, maxWidth = 1180, minWidth = 420 }: FitBoxProps) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Fit | null>(null);

  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const bw = o.clientWidth;
      const bh = o.clientHeight;
      if (!bw || !bh) return;
      const box = `${bw}×${bh}`;
      const h = i.offsetHeight;
      setFit((f) => {
        const widest = Math.min(bw, maxWidth);
        if (!f || f.box !== box) return { box, width: widest, lastHeight: Infinity, tries: 0, restarts: 0 };
        if (h < bh * 0.7 && f.width < widest && f.restarts < 2) {
          return { ...f, width: widest, lastHeight: Infinity, tries: 0, restarts: f.restarts + 1 };
        }
        if (h <= bh + 1 || f.tries >= MAX_TRIES || f.width <= minWidth) return f;
        if (h >= f.lastHeight) return { ...f, tries: MAX_TRIES }; // narrower made it taller (text): stop
        const width = Math.max(minWidth, Math.floor(f.width * Math.min(0.96, bh / h)));
        return { ...f, width, lastHeight: h, tries: f.tries + 1 };
      });
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(o);
    ro.observe(i);
    return () => ro.disconnect();
  }, [maxWidth, minWidth]);

  return (
    <div className="fit-box" ref={outer}>
      <div className="fit-inner" ref={inner} style={fit ? { width: fit.width } : undefined}>
        {children}
      </div>
    </div>
  );
}
