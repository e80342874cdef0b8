/**
 * The sizes of a widget's still pictures, read from the build's embed-static/<release|latest>/index.json, so the
 * embed code's <noscript> picture can carry width and height (the page reserves its space). Nothing when the
 * file is not there (the dev server draws no pictures) or cannot be read: the code then gives a width only.
 */
import { useEffect, useState } from "react";
import { STATIC_LATEST, staticIndexPath, type StaticIndex } from "../export/picture/paths";
import type { PictureSize } from "./embedCode";

type Sizes = { 320?: PictureSize; 640?: PictureSize };

export function usePictureSizes(
  base: string,
  releaseId: string | null,
  widget: string,
  lang: string,
): Sizes | undefined {
  const url = new URL(staticIndexPath(encodeURIComponent(releaseId ?? STATIC_LATEST)), base).href;
  const [read, setRead] = useState<{ url: string; index: StaticIndex | null } | null>(null);
  useEffect(() => {
    let live = true;
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<StaticIndex>) : null))
      .catch(() => null)
      .then((index) => live && setRead({ url, index }));
    return () => {
      live = false;
    };
  }, [url]);
  const sizes = read?.url === url ? read.index?.widgets?.[widget]?.[lang]?.sizes : undefined;
  return sizes ? { 320: sizes["320"], 640: sizes["640"] } : undefined;
}
