/** Text that must fit one slide (the sources list): the type steps down until it does, never below a floor. */
import { useLayoutEffect, useRef, useState, type ReactNode } from "react";

const STEPS = [1.35, 1.2, 1.05, 0.95, 0.85, 0.78, 0.72];

export function FitText({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [step, setStep] = useState(0);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || el.clientHeight === 0) return;
    if (el.scrollHeight > el.clientHeight + 1 && step < STEPS.length - 1) setStep(step + 1);
  }, [step, children]);

  return (
    <div className="fit-text" ref={ref} style={{ fontSize: `${STEPS[step]}rem` }}>
      {children}
    </div>
  );
}
