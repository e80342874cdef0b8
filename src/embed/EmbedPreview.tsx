/** Live preview: the real embed in an iframe, sized by the same height messages a host page receives. */
import { useEffect, useRef, useState } from "react";
import { isHeightMessage } from "./autoHeight";

interface EmbedPreviewProps {
  src: string;
  title: string;
  frame: string;
  /** null = as wide as the dialog allows. */
  width: number | null;
  fallbackHeight: number;
  /** Reports the measured content height (used for the iframe code's default height). */
  onHeight: (height: number) => void;
}

export function EmbedPreview({ src, title, frame, width, fallbackHeight, onHeight }: EmbedPreviewProps) {
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
      // Heights measured while loading are not a sensible default for the iframe code.
      if (e.data.ready) {
        onHeight(e.data.height);
        setReadySrc(src);
      }
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [frame, onHeight, src]);
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
