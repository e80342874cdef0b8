/** The code a journalist pastes: an iframe that reads well on its own, and the optional auto-height script. */

export const SIZE_PRESETS = [
  { id: "narrow", width: 360 },
  { id: "medium", width: 640 },
  { id: "wide", width: 960 },
  { id: "full", width: null },
] as const;
export type SizePreset = (typeof SIZE_PRESETS)[number]["id"];

/** A height that fits most widgets at this width without the script (narrow screens stack more lines). */
export function defaultHeight(width: number | null): number {
  if (width === null) return 640;
  if (width <= 400) return 760;
  if (width <= 700) return 640;
  return 600;
}

const attr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

export interface IframeOptions {
  src: string;
  title: string;
  /** null = the full width of the article column. */
  width: number | null;
  height: number;
  frame: string;
}

export function iframeCode(o: IframeOptions): string {
  const width = o.width === null ? "100%" : String(o.width);
  const style = `width:100%;${o.width === null ? "" : `max-width:${o.width}px;`}height:${o.height}px;border:0`;
  return (
    `<iframe src="${attr(o.src)}" title="${attr(o.title)}" width="${width}" height="${o.height}" ` +
    `style="${style}" loading="lazy" data-brt-embed="${attr(o.frame)}"></iframe>`
  );
}

export function scriptCode(o: IframeOptions, scriptSrc: string): string {
  return `${iframeCode(o)}\n<script src="${attr(scriptSrc)}" async></script>`;
}

/** A short id telling this iframe's height messages apart from other embeds on the same page. */
export function newFrameId(random: () => number = Math.random): string {
  return `brt-${Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, "0")}`;
}
