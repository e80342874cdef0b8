import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";

/**
 * Lays out what the page leaves unrendered until it is scrolled to (dashboard widgets have
 * `content-visibility: auto`): a reader sees each widget drawn once it is on screen, but a full-page
 * capture or axe's hit tests would meet empty boxes.
 */
export const RENDER_ALL_CSS = "* { content-visibility: visible !important; }";

/** Saves a full-page PNG under test-results/screenshots/ for people to look at, every widget drawn. */
/** Where a screenshot of this name goes (the folder is made when missing). */
export function screenshotPath(name: string): string {
  const dir = path.resolve(import.meta.dirname, "../../test-results/screenshots");
  mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = screenshotPath(name);
  // An embed's Content-Security-Policy may refuse the style; embeds render everything anyway.
  const style = await page.addStyleTag({ content: RENDER_ALL_CSS }).catch(() => null);
  try {
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await style?.evaluate((el) => (el as Element).remove());
  }
  return file;
}
