/** Full screen for one element (the briefing), toggled by `F`; `active` follows the browser (Esc leaves). */
import { useCallback, useEffect, useState, type RefObject } from "react";

export function useFullscreen(ref: RefObject<HTMLElement | null>): {
  active: boolean;
  failed: boolean;
  toggle: () => void;
} {
  const [active, setActive] = useState(() => typeof document !== "undefined" && !!document.fullscreenElement);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const onChange = () => setActive(!!document.fullscreenElement);
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, []);

  const toggle = useCallback(() => {
    if (document.fullscreenElement) {
      void document.exitFullscreen().catch(() => undefined);
      return;
    }
    const el = ref.current;
    if (!el?.requestFullscreen) {
      setFailed(true);
      return;
    }
    el.requestFullscreen().then(
      () => setFailed(false),
      () => setFailed(true),
    );
  }, [ref]);

  return { active, failed, toggle };
}
