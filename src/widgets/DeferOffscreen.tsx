/**
 * The dashboard's widgets while a time range is being dragged: the ones on screen follow every step; the ones
 * off screen keep the range they last drew and catch up once the range has held still for SETTLE_MS, or at once
 * when they scroll into view. A drag then costs what the reader can see, not the whole page (issue #9). Any other
 * change (language, release, selection, categories) reaches every widget at once.
 */
import { memo, useEffect, useRef, useState, type ReactNode } from "react";
import type { WidgetContext, WidgetDef } from "./types";

/** How long the range must hold still before off-screen widgets draw it. */
export const SETTLE_MS = 250;
/** A widget this close to the viewport counts as on screen (it may be scrolled in during the drag). */
const MARGIN = "200px 0px";

/** True when the two contexts differ in the time range only (t is derived from lang). */
export function onlyRangeDiffers(a: WidgetContext, b: WidgetContext): boolean {
  return (
    a.range !== b.range &&
    a.release === b.release &&
    a.lang === b.lang &&
    a.selection === b.selection &&
    a.categories === b.categories &&
    a.setView === b.setView &&
    a.corrections === b.corrections
  );
}

interface DeferOffscreenProps {
  def: WidgetDef;
  ctx: WidgetContext;
  /** Draws the widget for a context; it re-renders only when the context it is given changes. */
  render: (def: WidgetDef, ctx: WidgetContext) => ReactNode;
}

export function DeferOffscreen({ def, ctx, render }: DeferOffscreenProps) {
  const box = useRef<HTMLDivElement>(null);
  const [onScreen, setOnScreen] = useState(true);
  const [settled, setSettled] = useState(ctx);

  useEffect(() => {
    // The slot has no box of its own (display: contents keeps the widget a grid item): watch the widget.
    const el = box.current?.firstElementChild;
    if (!el || typeof IntersectionObserver === "undefined") return;
    const io = new IntersectionObserver((entries) => setOnScreen(entries.some((e) => e.isIntersecting)), {
      rootMargin: MARGIN,
    });
    io.observe(el);
    return () => io.disconnect();
  }, []);

  useEffect(() => {
    const timer = setTimeout(() => setSettled(ctx), onScreen ? 0 : SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ctx, onScreen]);

  const view = !onScreen && onlyRangeDiffers(ctx, settled) ? settled : ctx;
  return (
    <div ref={box} className="widget-slot">
      <Drawn def={def} ctx={view} render={render} />
    </div>
  );
}

const Drawn = memo(function Drawn({ def, ctx, render }: DeferOffscreenProps) {
  return render(def, ctx);
});
