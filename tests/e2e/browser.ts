/**
 * Finds a Chromium to drive with playwright-core: $CHROME_PATH, then Debian's /usr/bin/chromium,
 * then the binary shipped inside the @sparticuz/chromium npm package (so tests run without apt).
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";

const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
  "--disable-quic",
];

async function executablePath(): Promise<string> {
  // E2E_BROWSER=sparticuz forces the npm-shipped fallback (to test the path CI takes without apt).
  if (process.env.E2E_BROWSER !== "sparticuz") {
    for (const candidate of [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"]) {
      if (candidate && existsSync(candidate)) return candidate;
    }
  }
  const sparticuz = (await import("@sparticuz/chromium")).default;
  return sparticuz.executablePath();
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), args: FLAGS, headless: true });
}

/** Collects console errors and uncaught exceptions of a page, for "no console errors" checks. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(err.message));
  return errors;
}

/** Fails any request that would leave the machine: tests never touch the network. */
export async function blockExternal(page: Page): Promise<string[]> {
  const blocked: string[] = [];
  await page.route(/^(?!http:\/\/127\.0\.0\.)/, (route) => {
    if (route.request().url().startsWith("data:") || route.request().url().startsWith("blob:")) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  return blocked;
}
