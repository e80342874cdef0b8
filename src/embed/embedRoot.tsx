/**
 * The embed page's whole tree, the same in the browser (src/embed/main.tsx) and at build time
 * (src/embed/prerender.tsx): what the build renders is exactly what the browser hydrates, useId's ids included.
 */
import { StrictMode, type ReactElement } from "react";
import { InitialWidthContext } from "../charts/common/useWidth";
import type { ReadBytes } from "../data/loader";
import { EmbedApp } from "./EmbedApp";
import type { EmbedParams } from "./params";

/** `width`: the chart width the markup was drawn at (the fragment's), or null when the app draws it itself. */
export function embedElement(params: EmbedParams, read: ReadBytes, base: string, width: number | null): ReactElement {
  const app = <EmbedApp params={params} read={read} base={base} />;
  return (
    <StrictMode>
      {width === null ? app : <InitialWidthContext.Provider value={width}>{app}</InitialWidthContext.Provider>}
    </StrictMode>
  );
}
