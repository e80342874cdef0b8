/**
 * The theme chosen by the host page. Public API, alongside the URL's `theme=`:
 *
 *   iframe.contentWindow.postMessage({ type: "brt:embed:theme", theme: "dark", frame: "<data-brt-embed id>" }, origin)
 *
 * `theme` is "light", "dark" or "auto" (follow the reader's system); `frame` may be left out, and if given must be
 * this embed's instance id. public/embed.js sends it from the iframe's `data-brt-theme` attribute, at load and
 * whenever the attribute changes; a page may also send it itself. Only the parent window is listened to: another
 * frame or a popup cannot restyle the embed. Anything else is ignored.
 */
import type { Theme } from "../state/store";

export const THEME_MESSAGE = "brt:embed:theme";

const THEMES: readonly string[] = ["light", "dark", "auto"];

/** The theme a host's message asks for, or null when the message is not a valid one for this frame. */
export function hostThemeOf(data: unknown, frame: string | null): Theme | null {
  if (!data || typeof data !== "object") return null;
  const d = data as { type?: unknown; theme?: unknown; frame?: unknown };
  if (d.type !== THEME_MESSAGE || typeof d.theme !== "string" || !THEMES.includes(d.theme)) return null;
  if (d.frame !== undefined && d.frame !== null && d.frame !== frame) return null;
  return d.theme as Theme;
}

/** Listens for the host's theme messages; returns the function that stops listening. */
export function listenForHostTheme(frame: string | null, apply: (theme: Theme) => void, win: Window = window) {
  const onMessage = (event: MessageEvent) => {
    if (win.parent === win || event.source !== win.parent) return;
    const theme = hostThemeOf(event.data, frame);
    if (theme) apply(theme);
  };
  win.addEventListener("message", onMessage);
  return () => win.removeEventListener("message", onMessage);
}
