import { useLayoutEffect, type ReactNode } from "react";

interface TooltipProps {
  /** Position inside the chart container, in CSS pixels. */
  x: number;
  y: number;
  /** Width of the container, to keep the tooltip inside it. */
  containerWidth: number;
  onClose: () => void;
  children: ReactNode;
  id?: string;
}

/**
 * A tooltip that works for mouse, keyboard and touch: the chart decides when it is open (hover,
 * focus or tap); Esc closes it; it never covers the pointer position and stays inside the chart.
 */
export function Tooltip({ x, y, containerWidth, onClose, children, id }: TooltipProps) {
  // A layout effect: Esc works as soon as the tooltip is on screen, not after the next paint.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") onClose();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [onClose]);
  const maxWidth = Math.min(320, containerWidth - 8);
  const left = Math.max(4, Math.min(x + 12, containerWidth - maxWidth - 4));
  return (
    <div
      className="tooltip"
      role="status"
      id={id}
      style={{ position: "absolute", left, top: y + 12, maxWidth, zIndex: 500 }}
    >
      {children}
    </div>
  );
}
