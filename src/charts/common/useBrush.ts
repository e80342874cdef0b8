/**
 * The one place where a brush-like DOM behaviour lives (d3-brush is not used: React owns the DOM).
 * Pointer events on one element: a horizontal drag selects [x0, x1]; a press without movement is a
 * tap (opens a tooltip); a move without a press is a hover. Coordinates are in the element's own
 * (SVG viewBox) pixels, clamped to the plot's extent.
 */
import { useCallback, useRef, useState, type PointerEvent as ReactPointerEvent } from "react";

export interface BrushOptions {
  /** Left and right edge of the brushable area, in element pixels. */
  extent: [number, number];
  /** Width the element is laid out for (its viewBox width); maps CSS pixels to element pixels. */
  width: number;
  /** A finished drag, with x0 < x1. */
  onSelect: (x0: number, x1: number) => void;
  /** A press and release without dragging (click or tap). */
  onTap?: (x: number, pointerType: string) => void;
  /** Pointer moved without a press (hover). */
  onHover?: (x: number) => void;
  /** Minimum drag distance that counts as a selection rather than a tap. */
  threshold?: number;
}

export interface Brush {
  /** The selection being dragged right now, or null. */
  dragging: [number, number] | null;
  handlers: {
    onPointerDown: (e: ReactPointerEvent<Element>) => void;
    onPointerMove: (e: ReactPointerEvent<Element>) => void;
    onPointerUp: (e: ReactPointerEvent<Element>) => void;
    onPointerCancel: (e: ReactPointerEvent<Element>) => void;
  };
}

export function useBrush({ extent, width, onSelect, onTap, onHover, threshold = 6 }: BrushOptions): Brush {
  const origin = useRef<{ x: number; id: number } | null>(null);
  const [dragging, setDragging] = useState<[number, number] | null>(null);

  const localX = useCallback(
    (e: ReactPointerEvent<Element>) => {
      const rect = e.currentTarget.getBoundingClientRect();
      const scale = rect.width > 0 ? width / rect.width : 1;
      const x = (e.clientX - rect.left) * scale;
      return Math.max(extent[0], Math.min(extent[1], x));
    },
    [extent, width],
  );

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<Element>) => {
      if (e.button !== 0) return;
      origin.current = { x: localX(e), id: e.pointerId };
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    [localX],
  );

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<Element>) => {
      const x = localX(e);
      const o = origin.current;
      if (!o || o.id !== e.pointerId) {
        if (e.pointerType !== "touch") onHover?.(x);
        return;
      }
      if (Math.abs(x - o.x) >= threshold) setDragging([Math.min(o.x, x), Math.max(o.x, x)]);
    },
    [localX, onHover, threshold],
  );

  const end = useCallback(
    (e: ReactPointerEvent<Element>, commit: boolean) => {
      const o = origin.current;
      if (!o || o.id !== e.pointerId) return;
      origin.current = null;
      setDragging(null);
      e.currentTarget.releasePointerCapture?.(e.pointerId);
      if (!commit) return;
      const x = localX(e);
      if (Math.abs(x - o.x) >= threshold) onSelect(Math.min(o.x, x), Math.max(o.x, x));
      else onTap?.(x, e.pointerType);
    },
    [localX, onSelect, onTap, threshold],
  );

  return {
    dragging,
    handlers: {
      onPointerDown,
      onPointerMove,
      onPointerUp: (e) => end(e, true),
      onPointerCancel: (e) => end(e, false),
    },
  };
}
