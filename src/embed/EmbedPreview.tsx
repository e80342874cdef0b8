/** Live preview: the real embed in an iframe, sized by the same height messages a host page receives. */
import "virtual:i18n/en/share";
import { useEffect, useRef, useState } from "react";
import { isHeightMessage } from "./autoHeight";

interface EmbedPreviewProps {
  src: string;
  title: string;
  frame: string;
  /** null = as wide as the dialog allows. */
  width: number | null;
  fallbackHeight: number;
  /** Esc pressed while focus is inside the preview (the frame's own page gets the key, not the dialog). */
  onEscape?: () => void;
}

export function EmbedPreview({ src, title, frame, width, fallbackHeight, onEscape }: EmbedPreviewProps) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);
  // The address whose embed said it is ready. Until then the frame is no tab stop: focus in a page that is
  // still loading has nothing to show it, and nothing to act on.
  const [readySrc, setReadySrc] = useState<string | null>(null);
  useEffect(() => {
    const onMessage = (e: MessageEvent) => {
      if (e.source !== ref.current?.contentWindow || e.origin !== window.location.origin) return;
      if (!isHeightMessage(e.data) || e.data.frame !== frame) return;
      setHeight(e.data.height);
      if (e.data.ready) setReadySrc(src);
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [frame, src]);
  useEffect(() => {
    const el = ref.current;
    if (!el || !onEscape) return;
    // The preview is our own page on our own origin, so its window can be listened to; each load is a new one.
    let win: Window | null = null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      onEscape();
    };
    const listen = () => {
      win?.removeEventListener("keydown", onKey);
      win = el.contentWindow;
      win?.addEventListener("keydown", onKey);
    };
    listen();
    el.addEventListener("load", listen);
    return () => {
      el.removeEventListener("load", listen);
      win?.removeEventListener("keydown", onKey);
    };
  }, [onEscape]);
  return (
    <div className="embed-preview">
      <iframe
        ref={ref}
        src={src}
        title={title}
        data-brt-preview={frame}
        tabIndex={readySrc === src ? undefined : -1}
        style={{ width: width === null ? "100%" : `${width}px`, height: `${height ?? fallbackHeight}px` }}
      />
    </div>
  );
}
