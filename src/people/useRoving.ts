import { useCallback, useRef, useState, type KeyboardEvent } from "react";

/**
 * Roving tabindex over a list of marks: one tab stop for the group; arrow keys step (both axes, so a
 * timeline and a list of rows work alike), Home/End jump. Returns the index holding the tab stop, a ref
 * setter per mark and a key handler.
 */
export function useRoving<T extends HTMLElement | SVGElement>(count: number) {
  const [index, setIndex] = useState(0);
  const refs = useRef<(T | null)[]>([]);
  const current = Math.min(index, Math.max(0, count - 1));

  const moveTo = useCallback(
    (i: number) => {
      const next = Math.min(Math.max(0, i), count - 1);
      setIndex(next);
      refs.current[next]?.focus();
    },
    [count],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent, i: number) => {
      const targets: Record<string, number> = {
        ArrowRight: i + 1,
        ArrowDown: i + 1,
        ArrowLeft: i - 1,
        ArrowUp: i - 1,
        Home: 0,
        End: count - 1,
      };
      const to = targets[e.key];
      if (to === undefined) return;
      e.preventDefault();
      moveTo(to);
    },
    [count, moveTo],
  );

  const setRef = useCallback(
    (i: number) => (el: T | null) => {
      refs.current[i] = el;
    },
    [],
  );

  return { current, setCurrent: setIndex, setRef, onKeyDown };
}
