/**
 * True while the page is being printed (or print media is emulated). Print-only blocks (the
 * handout, data tables next to charts) are rendered only then, so the screen DOM stays lean.
 */
import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(
    () => typeof window !== "undefined" && !!window.matchMedia?.("print").matches,
  );
  useEffect(() => {
    // beforeprint fires just before the browser lays the page out for paper: render synchronously.
    const on = () => flushSync(() => setPrinting(true));
    const media = window.matchMedia?.("print");
    // After printing, print media may still apply (emulated by a test or a print preview): follow the media.
    const off = () => setPrinting(!!media?.matches);
    const onMedia = (e: MediaQueryListEvent) => (e.matches ? on() : off());
    window.addEventListener("beforeprint", on);
    window.addEventListener("afterprint", off);
    media?.addEventListener?.("change", onMedia);
    return () => {
      window.removeEventListener("beforeprint", on);
      window.removeEventListener("afterprint", off);
      media?.removeEventListener?.("change", onMedia);
    };
  }, []);
  return printing;
}
