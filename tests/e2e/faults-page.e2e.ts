/**
 * The page under hostile or broken input: its Content-Security-Policy holds on every view, impossible dates in a
 * link do not become a false range, a link's own words are not shown on our page, and one bad manifest entry
 * costs only its own release. Files are changed only in a private copy of the build, served on its own port.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { NEWEST_RELEASE } from "./releases";
import { serveStatic, type StaticServer } from "./server";

let browser: Browser;
const base = inject("baseUrl");
const POLL = { timeout: 20_000 };

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

declare global {
  interface Window {
    __violations?: string[];
  }
}

/** Opens a page that records every CSP violation ("img-src https://x/…") from its first script on. */
async function open(url: string, width = 1440) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  // Init scripts run through the DevTools protocol, before the page's own, and the CSP does not apply to them.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations!.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  const violations = () => page.evaluate(() => window.__violations ?? []);
  return { page, errors, blocked, violations };
}

/** A key figure of the live page (the build's markup shows the same until the app has hydrated it). */
const keyValue = (page: Page, key: string) =>
  page.locator(`#root:not([data-prerendered]) [data-key="${key}"] .key-value`);

describe("Content-Security-Policy of the dashboard", () => {
  it("is set, with no referrer, and nothing the dashboard, briefing, sources page or online map does breaks it", async () => {
    const { page, errors, blocked, violations } = await open(base);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(policy).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
    expect(await page.locator('meta[name="referrer"]').getAttribute("content")).toBe("no-referrer");
    await expect.poll(() => keyValue(page, "prisoners").textContent(), POLL).toMatch(/\d/);
    // The inline first-paint script ran (its hash is in the policy): it set the page's language.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");

    // The street map (online tiles, opt-in): tiles are requested from the allowed server (and blocked here, offline).
    const map = page.locator('[data-widget="detention-map"]');
    await map.scrollIntoViewIfNeeded();
    await map.getByLabel("Show street map (online)").check();
    await expect.poll(() => blocked.some((u) => u.startsWith("https://tile.openstreetmap.org/")), POLL).toBe(true);

    // The sources page (reached as a reader does), then briefing mode and the Belarusian dashboard (for which the
    // inline first-paint script hides the English markup). Each new document starts its own record: read it
    // before leaving.
    await page.getByRole("link", { name: "Sources & methods" }).click();
    await page.locator("#sources").waitFor();
    expect(await violations(), "dashboard, online map, sources page").toEqual([]);
    await page.goto(`${base}?panel=briefing`);
    await page.locator(".briefing-stage .slide-foot").waitFor();
    expect(await violations(), "briefing").toEqual([]);
    await page.goto(`${base}?lang=be`);
    await expect.poll(() => keyValue(page, "prisoners").textContent(), POLL).toMatch(/\d/);

    expect(await violations(), "Belarusian dashboard").toEqual([]);
    // The only failed loads are the tiles this offline test aborts.
    expect(errors.filter((e) => e !== "Failed to load resource: net::ERR_FAILED")).toEqual([]);
    expect(blocked.filter((u) => !u.startsWith("https://tile.openstreetmap.org/"))).toEqual([]);

    // And it is enforced: a script injected into the page does not run, and is reported.
    const ran = await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.head.append(s);
      return "__injected" in window;
    });
    expect(ran).toBe(false);
    await expect.poll(violations).toEqual([expect.stringMatching(/^script-src-elem /)]);
    await page.close();
  });
});

describe("impossible dates in a link", () => {
  it("are ignored: the summaries state the data's whole period and no chart has NaN in it", async () => {
    const { page, errors, violations } = await open(`${base}?release=2024-11-15&from=2024-02-30&to=2025-13-45`);
    const treason = page.locator('[data-widget="treason-trend"] .summary');
    await expect
      .poll(() => treason.textContent(), POLL)
      .toBe(
        "At least 88 people were convicted of “high treason” between 9 August 2020 and 6 November 2024 (Human Constanta).",
      );
    expect(await page.locator(".range-control").getByLabel("From", { exact: true }).inputValue()).toBe("");
    const nan = await page.evaluate(() =>
      [...document.querySelectorAll("svg, svg *")].flatMap((el) =>
        [...el.attributes].filter((a) => a.value.includes("NaN")).map((a) => `${el.tagName} ${a.name}="${a.value}"`),
      ),
    );
    expect(nan).toEqual([]);
    for (const q of ["from=0000-00-00&to=2024-06-30", "from=2024-02-30&to=2024-06-30"]) {
      await page.goto(`${base}embed.html?widget=treason-trend&release=2024-11-15&${q}`);
      await expect.poll(() => page.locator(".summary").first().textContent(), POLL).toContain("9 August 2020");
    }
    expect(errors).toEqual([]);
    expect(await violations()).toEqual([]);
    await page.close();
  });
});

describe("a link's own words", () => {
  const words = "Your access to this data is blocked. Call +1 555 0100 to restore it";
  const q = encodeURIComponent(words);

  it("are not shown in the dashboard's error for an unknown release", async () => {
    const { page } = await open(`${base}?release=${q}`);
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent(), POLL).toContain("the requested release does not exist (available:");
    expect(await page.locator("body").textContent()).not.toContain("555 0100");
    // A short id-like value is still named, so a mistyped link can be told apart.
    await page.goto(`${base}?release=1999-01-01`);
    await expect.poll(() => page.getByRole("alert").textContent(), POLL).toContain('there is no release "1999-01-01"');
    await page.close();
  });

  it("are not shown in an embed's error for an unknown widget or release", async () => {
    const { page } = await open(`${base}embed.html?widget=${q}`, 640);
    await expect
      .poll(() => page.getByRole("alert").textContent(), POLL)
      .toContain("the requested widget does not exist (available:");
    expect(await page.locator("body").textContent()).not.toContain("555 0100");
    await page.goto(`${base}embed.html?widget=key-figures&release=${q}`);
    await expect
      .poll(() => page.getByRole("alert").textContent(), POLL)
      .toContain("the requested release does not exist");
    expect(await page.locator("body").textContent()).not.toContain("555 0100");
    await page.close();
  });
});

describe("one bad entry in the manifest", () => {
  let dir: string;
  let server: StaticServer;
  let manifestText: string;
  const manifestPath = () => path.join(dir, "data/manifest.json");
  /** Rewrites the copy's manifest with a malformed hash in the entry of `id`. */
  const breakEntry = (id: string) => {
    const manifest = JSON.parse(manifestText) as { releases: { id: string; files: { sha256: string }[] }[] };
    manifest.releases.find((r) => r.id === id)!.files[0]!.sha256 = "not-a-hash";
    writeFileSync(manifestPath(), JSON.stringify(manifest, null, 2));
  };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "brt-faults-page-"));
    cpSync(inject("distDir"), dir, { recursive: true });
    manifestText = readFileSync(manifestPath(), "utf8");
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("costs only that release: the dashboard and an embed pinned to a good one load, the picker flags it", async () => {
    breakEntry("2024-11-15");
    const { page, errors } = await open(server.url);
    await expect.poll(() => keyValue(page, "prisoners").textContent(), POLL).toMatch(/\d/);
    const picker = page.getByLabel("Data release");
    expect(await picker.inputValue()).toBe(NEWEST_RELEASE);
    const bad = picker.locator('option[value="2024-11-15"]');
    expect(await bad.textContent()).toBe("2024-11-15 (cannot be shown: invalid entry)");
    expect(await bad.isDisabled()).toBe(true);
    expect(await page.locator(".release-notice").count()).toBe(0);

    await page.goto(`${server.url}embed.html?widget=key-figures&release=2026-03-05`);
    await expect.poll(() => page.locator('[data-key="pardoned"] .key-value').textContent(), POLL).toBe("598");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("asked for by name, shows what is wrong with that release and offers the newest", async () => {
    breakEntry("2024-11-15");
    const { page } = await open(`${server.url}?release=2024-11-15`);
    const alert = page.getByRole("alert");
    await expect
      .poll(() => alert.textContent(), POLL)
      .toContain(
        'release 2024-11-15 cannot be shown: its entry in the list of releases is invalid (expected 64 lowercase hex digits, got "not-a-hash")',
      );
    const index = (JSON.parse(manifestText) as { releases: { id: string }[] }).releases.findIndex(
      (r) => r.id === "2024-11-15",
    );
    expect(await alert.textContent()).toContain(`releases[${index}].files[0].sha256`);
    await alert.getByRole("button", { name: "Open the newest release" }).click();
    await expect.poll(() => page.getByLabel("Data release").inputValue(), POLL).toBe(NEWEST_RELEASE);
    await expect.poll(() => keyValue(page, "prisoners").textContent(), POLL).toMatch(/\d/);

    await page.goto(`${server.url}embed.html?widget=key-figures&release=2024-11-15`);
    await expect
      .poll(() => page.getByRole("alert").textContent(), POLL)
      .toContain("release 2024-11-15 cannot be shown: its entry in the list of releases is invalid");
    await page.close();
  });

  it("when it is the newest, the dashboard shows the newest good release and says so", async () => {
    breakEntry(NEWEST_RELEASE);
    const next = (JSON.parse(manifestText) as { releases: { id: string }[] }).releases[1]!.id;
    const { page } = await open(server.url);
    const notice = page.locator(".release-notice");
    await expect
      .poll(() => notice.textContent(), POLL)
      .toContain(
        `The newest release, ${NEWEST_RELEASE}, cannot be shown: its entry in the list of releases is invalid. You are seeing the newest release that can be shown, ${next} (data as of `,
      );
    expect(await notice.textContent()).toMatch(/\(data as of \d{1,2} [A-Z][a-z]+ \d{4}\)\.$/);
    expect(await page.getByLabel("Data release").inputValue()).toBe(next);
    await expect.poll(() => page.locator('[data-key="pardoned"] .key-value').textContent(), POLL).toMatch(/\d/);

    // An embed that follows the newest release does the same, and says so too.
    await page.goto(`${server.url}embed.html?widget=key-figures`);
    await expect
      .poll(() => page.locator(".embed-notice").textContent(), POLL)
      .toContain(`The newest release, ${NEWEST_RELEASE}, cannot be shown`);
    expect(await page.locator(".embed-notice").textContent()).toContain(`newest release that can be shown, ${next}`);
    await expect.poll(() => page.locator('[data-key="pardoned"] .key-value').textContent(), POLL).toMatch(/\d/);
    await page.close();
  });
});
