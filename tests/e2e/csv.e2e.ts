/**
 * The data downloads of the real Share dialog, as a data journalist uses them: the CSV saved by the browser and
 * read with a standard CSV parser (csv-parse) gives numbers, not "1,275" or "about 3,600"; the CSVW metadata
 * saved beside it names the release and its as-of date.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Locator, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";

const base = inject("baseUrl");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Row = Record<string, string | number | null>;

/** Opens a widget's Share dialog on the dashboard. */
async function openShare(query: string, widgetId: string, ready: string) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await page.goto(base + query);
  const widget = page.locator(`[data-widget="${widgetId}"]`);
  await widget.locator(ready).first().waitFor();
  await widget.getByRole("button", { name: /^Share/ }).click();
  const dialog = page.locator("dialog[open]");
  await dialog.waitFor();
  return { page, errors, blocked, dialog };
}

/** Clicks a download button and returns what the browser saved: its file name and text. */
async function save(page: Page, dialog: Locator, name: RegExp | string): Promise<{ file: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name }).click()]);
  return { file: dl.suggestedFilename(), text: readFileSync((await dl.path())!, "utf8") };
}

/** The CSV as pandas or a spreadsheet would read it: value, low, high and claim_rank as numbers. */
function readCsv(text: string): Row[] {
  const numeric = new Set(["value", "low", "high", "claim_rank"]);
  return parse(text, {
    columns: true,
    cast: (v, { column }) => (numeric.has(String(column)) ? (v === "" ? null : Number(v)) : v),
  }) as Row[];
}

describe("CSV downloads from the Share dialog", () => {
  it("pardon timeline: stage counts and running totals as numbers, qualifiers in words, metadata with the release", async () => {
    const { page, errors, blocked, dialog } = await openShare("?release=2024-11-15", "pardon-timeline", "g.stage");
    // The download section, for people to look at: each CSV beside its metadata.
    const shots = path.resolve(import.meta.dirname, "../../test-results/screenshots");
    mkdirSync(shots, { recursive: true });
    await dialog
      .locator('section[aria-labelledby="embed-downloads-title"]')
      .screenshot({ path: path.join(shots, "csv-downloads.png") });
    const csv = await save(page, dialog, /^CSV of what is shown/);
    expect(csv.file).toBe("brt-pardon-timeline-2024-11-15.csv");
    // A clean header: no byte-order mark before record_id.
    expect(csv.text.slice(0, 10)).toBe("record_id,");
    const rows = readCsv(csv.text);
    const stage = (measure: string) => rows.filter((r) => r.record_id === "pardon-2024-11-07" && r.measure === measure);
    expect(stage("released").map((r) => [r.date, r.value, r.qualifier, r.category])).toEqual([
      ["2024-11-07", 31, "exact", "pardon"],
    ]);
    expect(stage("running_total_released").map((r) => [r.value, r.basis, r.source_publisher])).toEqual([
      [146, "reported", "Human Constanta"],
    ]);
    expect(stage("released_subgroup").map((r) => [r.subgroup, r.value])).toContainEqual(["women", 2]);
    // Every row that states a figure has a number in value; the qualifier is in words.
    for (const r of rows.filter((x) => x.qualifier !== "")) {
      expect(typeof r.value, String(r.claim_id)).toBe("number");
      expect(String(r.qualifier)).not.toContain("_");
    }

    const meta = await save(page, dialog, "Metadata of the CSV of what is shown (JSON)");
    expect(meta.file).toBe("brt-pardon-timeline-2024-11-15.csv-metadata.json");
    const json = JSON.parse(meta.text);
    expect(json.url).toBe(csv.file);
    expect(json["schema:version"]).toBe("2024-11-15");
    expect(json["rdfs:comment"]).toContain("Data release 2024-11-15, as of 2024-11-15.");
    expect(json["dc:license"]["@id"]).toBe("https://creativecommons.org/licenses/by/4.0/");
    expect(json.tableSchema.columns.map((c: { name: string }) => c.name)).toEqual(Object.keys(rows[0]!));
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("prisoners over time: the selected range as shown, every point in the full series", async () => {
    const { page, errors, dialog } = await openShare(
      "?release=2024-11-15&from=2024-01-01&to=2024-11-15",
      "prisoners-trend",
      "svg",
    );
    const shown = await save(page, dialog, /^CSV of what is shown/);
    expect(shown.file).toBe("brt-prisoners-trend-2024-11-15-2024-01-01_2024-11-15.csv");
    const rows = readCsv(shown.text);
    expect(rows.every((r) => String(r.date) >= "2024-01")).toBe(true);
    expect(
      rows.find((r) => r.measure === "prisoners_in_custody" && r.date === "2024-11-15" && r.claim_rank === 1),
    ).toMatchObject({ value: 1275, qualifier: "exact", basis: "reported" });
    const full = readCsv((await save(page, dialog, /^CSV of the full series/)).text);
    expect(full.length).toBeGreaterThan(rows.length);
    expect(full.some((r) => String(r.date) < "2024")).toBe(true);
    const meta = JSON.parse((await save(page, dialog, "Metadata of the CSV of the full series (JSON)")).text);
    expect(meta.url).toBe("brt-prisoners-trend-2024-11-15-full.csv");
    expect(meta["dc:temporal"]).toMatch(/\/2024-11-15$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
