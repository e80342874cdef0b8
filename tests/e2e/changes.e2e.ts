/**
 * A maintainer adds the newsletter of 16–29 November 2024 to the built site with the documented
 * commands (docs/maintaining-data.md) against a private copy of the built site; readers then find it in the release picker,
 * and "What changed in this release" lists the new stage and observation with before and after.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "./axe";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { serveStatic, type StaticServer } from "./server";
import { applyEditsFolder } from "../fixtures/csv-edits";
import { BUNDLE_FILE, releaseBundle } from "../../build/releaseBundlePlugin";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SHOTS = path.join(ROOT, "test-results/screenshots");
const ID = "2024-11-29";
const work = mkdtempSync(path.join(tmpdir(), "changes-e2e-"));
// A private copy of the built site: the release added here must not show up in other e2e files running beside this one.
const SITE = path.join(work, "site");
const SITE_DATA = path.join(SITE, "data");
let base = "";
let server: StaticServer | undefined;
let browser: Browser;

function npm(script: string, ...args: string[]) {
  const r = spawnSync("npm", ["--prefix", ROOT, "run", "-s", script, "--", ...args], {
    cwd: work,
    env: { ...process.env, DATA_DIR: SITE_DATA },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`npm run ${script} failed:\n${r.stderr}`);
  return r.stdout;
}

beforeAll(async () => {
  cpSync(inject("distDir"), SITE, { recursive: true });
  // The newsletter's release starts from 2024-11-15 (the built site already has a newer one).
  npm("data:new-release", ID, "--from", "2024-11-15");
  npm("data:export-csv", ID, "newsletter");
  applyEditsFolder(path.join(work, "newsletter"), path.join(ROOT, "tests/fixtures/newsletter-2024-11-29"));
  npm("data:import-csv", ID, "newsletter");
  npm("data:publish", ID);
  // And its one-download copy, as building the site again writes it (decision 009); without it the release loads
  // file by file after a 404 for the bundle (tests/e2e/release-bundle.e2e.ts).
  const manifest = JSON.parse(readFileSync(path.join(SITE_DATA, "manifest.json"), "utf8")) as {
    releases: Parameters<typeof releaseBundle>[1][];
  };
  const entry = manifest.releases.find((r) => r.id === ID)!;
  writeFileSync(path.join(SITE_DATA, "releases", ID, BUNDLE_FILE), releaseBundle(SITE_DATA, entry));
  server = await serveStatic(SITE);
  base = server.url;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

async function open(query: string, width = 1440, height = 900) {
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + query);
  await page.locator('[data-key="prisoners"]').waitFor();
  return { page, errors, blocked };
}

async function openPanel(page: Page) {
  const panel = page.locator("#changes");
  await panel.locator("summary").first().click();
  await panel.locator(".changes-groups, .changes-error").first().waitFor();
  return panel;
}

async function shot(page: Page, selector: string, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.locator(selector).screenshot({ path: path.join(SHOTS, `${name}.png`) });
}

describe("what changed in a new release", () => {
  it("the published release is offered in the release picker", async () => {
    const { page, errors } = await open("");
    const options = await page.getByLabel("Data release").locator("option").allTextContents();
    expect(options.some((o) => o.startsWith(ID))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("lists the added pardon stage and observation with before and after, and the changelog", async () => {
    const { page, errors, blocked } = await open(`?release=${ID}`);
    const panel = await openPanel(page);
    expect(await panel.textContent()).toContain("Adds the sixth pardon stage of 20 Nov 2024");
    expect(await panel.textContent()).toContain("Compared with the previous release, 2024-11-15 (15 November 2024).");

    const stage = panel.locator('[data-kind="pardons"] [data-id="pardon-2024-11-20"]');
    expect(await stage.locator(".change-label").textContent()).toBe("Pardon stage of 20 November 2024");
    const people = stage.locator('tr[data-figure="count"]');
    expect(await people.locator(".change-before").textContent()).toBe("none");
    expect(await people.locator(".change-after .change-claim").textContent()).toBe("32");
    expect(await people.locator(".change-after").textContent()).toContain("Reuters");
    expect(await stage.locator('tr[data-figure="runningTotal"] .change-after .change-claim').textContent()).toBe("178");

    const obs = panel.locator('[data-kind="observations"] [data-id="prisoners_in_custody:2024-11-20"]');
    expect(await obs.locator(".change-label").textContent()).toBe("Political prisoners in custody, 20 November 2024");
    expect(await obs.locator(".change-after .change-claim").textContent()).toBe("1,275");
    expect(await obs.locator(".change-after").textContent()).toContain("Al Jazeera");

    const july = panel.locator('[data-kind="pardons"] [data-id="pardon-2024-07-03"]');
    expect(await july.locator(".change-fields").textContent()).toBe("Changed: People: sources or notes");
    const navahrudak = panel.locator('[data-kind="detentions"] [data-id="2023-08-navahrudak-plant"]');
    // Shown at oblast level, with a context that no longer names the town (the small-count policy).
    expect(await navahrudak.textContent()).toMatch(/Changed: context; map level|Changed: map level; context/);

    expect(await axeViolations(page, { include: "#changes" })).toEqual([]);
    await shot(page, "#changes", "changes-panel");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("shows the newest release's changelog in the reader's language, and that no record differs", async () => {
    const { page, errors } = await open("?lang=ru");
    const panel = page.locator("#changes");
    await panel.locator("summary").first().click();
    // 2026-12-06-r3 only gave the texts their languages: the release diff counts texts by their English.
    await panel.getByText("Ни одна запись не отличается от предыдущего выпуска.").waitFor();
    expect(await panel.textContent()).toContain("на английском, белорусском и русском");
    expect(await panel.locator(".in-english").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows release 2026-12-06-r2's correction without repeating what it removed", async () => {
    const { page, errors } = await open("?release=2026-12-06-r2");
    const panel = await openPanel(page);
    expect(await panel.textContent()).toContain("Correction to release 2026-12-06");
    const removed = panel.locator('[data-kind="detentions"] [data-id="2023-08-navahrudak-plant"]');
    expect(await removed.locator(".change-label").textContent()).toBe("Detentions, August 2023");
    expect(await removed.textContent()).toContain("Its description and figures are not shown again here");
    expect(await removed.textContent()).not.toMatch(/Navahrudak|at least 3/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows corrected figures of release 2026-12-06 before and after, in Belarusian too", async () => {
    const { page, errors } = await open("?release=2026-12-06&lang=be");
    const panel = await openPanel(page);
    // Viasna's July–September 2024 figure, corrected from exact to "at least".
    const row = panel.locator('[data-kind="detentions"][data-id="2024-07-to-09-quarter"] tr[data-figure="count"]');
    expect(await row.locator(".change-before").textContent()).toContain("360");
    expect(await row.locator(".change-before").textContent()).not.toContain("не менш за");
    expect(await row.locator(".change-after").textContent()).toContain("не менш за 360");
    expect(await panel.locator("summary h2").first().textContent()).toBe("Што змянілася ў гэтым выпуску");
    await shot(page, "#changes", "changes-panel-2026-12-06-be");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    const { page, errors } = await open(`?release=${ID}`, 390, 844);
    await openPanel(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "#changes", "changes-panel-390");
    expect(errors).toEqual([]);
    await page.close();
  });
});
