/**
 * The dashboard's widgets while a time range is being dragged (issue #9).
 * - Off screen, a widget keeps the range it last drew and catches up once the range has held still for
 *   SETTLE_MS, or at once when it scrolls into view.
 * - On screen, it draws the first change of a drag at once. While the range keeps moving (the store's
 *   `rangeMoving`), it holds that drawing and gets the moving range through LiveRangeContext, which a chart can
 *   mark at every step (the trend charts' band). When the range stops, it draws it in full.
 * A drag then costs what marks the range on screen, not the whole page. Any other change (language, release,
 * selection, categories) reaches every widget at once.
 */
import { memo, useEffect, useRef, useState, type ReactNode } from "react";
import { RANGE_SETTLE_MS, useStore } from "../state/store";
import { LiveRangeContext } from "./liveRange";
import type { WidgetContext, WidgetDef } from "./types";

/** How long the range must hold still before held widgets draw it. */
export const SETTLE_MS = RANGE_SETTLE_MS;
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
  const moving = useStore((s) => s.rangeMoving);
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

  const held = (!onScreen || moving) && onlyRangeDiffers(ctx, settled);
  // Anything drawn in full is the new settled context at once, in this render (not a timer after it: the next
  // step of a quick drag could come first, and the widget would then hold on to an older context).
  if (!held && settled !== ctx) setSettled(ctx);
  useEffect(() => {
    // Held on screen while the range moves: the store says when it stops (moving turns false, held with it).
    // Off screen, wait for the range to hold still.
    if (!held || onScreen) return;
    const timer = setTimeout(() => setSettled(ctx), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ctx, held, onScreen]);

  return (
    <div ref={box} className="widget-slot">
      <LiveRangeContext.Provider value={held && onScreen ? ctx.range : undefined}>
        <Drawn def={def} ctx={held ? settled : ctx} render={render} />
      </LiveRangeContext.Provider>
    </div>
  );
}

const Drawn = memo(function Drawn({ def, ctx, render }: DeferOffscreenProps) {
  return render(def, ctx);
});
