/**
 * Text that must fit one slide (the sources list): the type steps down until it does, never below a floor;
 * if it still does not fit, the text goes compact (`fit-text--compact`: the sources slide drops its dates,
 * which the handout lists in full) and steps down from a readable size again.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

const SIZES = [1.35, 1.2, 1.05, 0.95, 0.85, 0.78, 0.72];
const STEPS = [
  ...SIZES.map((size) => ({ size, compact: false })),
  ...[...SIZES.slice(1), 0.66, 0.6].map((size) => ({ size, compact: true })),
];

export function FitText({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState(0);

  // The box changes size with the stage (and with the toolbar under it, which wraps on a narrow screen): fit anew.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    let last = "";
    const ro = new ResizeObserver(() => {
      const box = `${el.clientWidth}×${el.clientHeight}`;
      if (last && box !== last) setStep(0);
      last = box;
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || el.clientHeight === 0) return;
    const over = el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
    if (over && step < STEPS.length - 1) setStep(step + 1);
  }, [step, children]);

  const { size, compact } = STEPS[step]!;
  return (
    <div className={`fit-text${compact ? " fit-text--compact" : ""}`} ref={ref} style={{ fontSize: `${size}rem` }}>
      {children}
    </div>
  );
}
