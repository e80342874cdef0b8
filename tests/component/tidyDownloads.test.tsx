/**
 * The Share dialog's data downloads: the tidy CSV as shown and of the full series, each with its CSVW metadata,
 * labelled in every language, and the files they save (read back with a standard CSV parser).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fireEvent, render, within } from "@testing-library/react";
import { parse } from "csv-parse/sync";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import { loadRelease } from "../../src/data/loader";
import type { ReleaseData } from "../../src/data/schema";
import { Downloads } from "../../src/embed/Downloads";
import type { Lang } from "../../src/i18n/format";
import type { DateRange } from "../../src/state/store";
import type { WidgetContext } from "../../src/widgets/types";
import { widgetContext } from "../testing/widgetContext";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const read = async (p: string) => new Uint8Array(readFileSync(path.join(DATA, p)));
let release: ReleaseData;
/** The first release, smaller: for the labels, where the figures do not matter. */
let small: ReleaseData;

beforeAll(async () => {
  ({ release } = await loadRelease(read, "2026-12-06-r2"));
  ({ release: small } = await loadRelease(read, "2024-11-15"));
});

function ctx(lang: Lang, range: DateRange = null, data = release): WidgetContext {
  return widgetContext(data, { lang, range });
}

/** jsdom's Blob has no text(): read it the way a browser page could. */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });
}

/** Renders the downloads and records what each click saves: the file name and the blob's text. */
function renderDownloads(c: WidgetContext) {
  const saved: { name: string; type: string; text: Promise<string> }[] = [];
  const blobs = new Map<string, Blob>();
  // jsdom has no object URLs and does not save downloads: keep each blob under a URL of our own, read it on click.
  Object.assign(URL, {
    createObjectURL: (b: Blob) => {
      const url = `blob:test/${blobs.size + 1}`;
      blobs.set(url, b);
      return url;
    },
    revokeObjectURL: () => undefined,
  });
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href)!;
    saved.push({ name: this.download, type: blob.type, text: blobText(blob) });
  });
  const { container } = render(<Downloads def={pardonTimeline} ctx={c} url="https://tracker.example/?release=x" />);
  return { section: container, saved };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("Share dialog: data downloads", () => {
  it("labels the CSV and metadata buttons in every language", () => {
    const names: Record<Lang, string[]> = {
      en: [
        "CSV of what is shown",
        "Metadata of the CSV of what is shown (JSON)",
        "CSV of the full series",
        "Metadata of the CSV of the full series (JSON)",
      ],
      be: [
        "CSV паказанага",
        "Метаданыя CSV паказанага (JSON)",
        "CSV усяго шэрагу",
        "Метаданыя CSV усяго шэрагу (JSON)",
      ],
      ru: [
        "CSV показанного",
        "Метаданные CSV показанного (JSON)",
        "CSV всего ряда",
        "Метаданные CSV всего ряда (JSON)",
      ],
    };
    for (const lang of ["en", "be", "ru"] as const) {
      const { section } = renderDownloads(ctx(lang, null, small));
      for (const name of names[lang]) {
        expect(
          within(section).getByRole("button", { name: new RegExp(`^${name.replace(/[()]/g, "\\$&")}`) }),
        ).toBeTruthy();
      }
      expect(section.textContent).toContain(
        {
          en: "CSV: one row per figure as each source states it",
          be: "CSV: адзін радок на кожную лічбу",
          ru: "CSV: одна строка на каждую цифру",
        }[lang],
      );
      section.remove();
    }
  });

  it("saves the tidy CSV of the selected range with plain numbers, and its CSVW metadata beside it", async () => {
    const range = { start: "2024-11-01", end: "2024-12-31" };
    const { section, saved } = renderDownloads(ctx("en", range));
    const shown = within(section).getByRole("button", { name: /^CSV of what is shown/ });
    // The row count on the button is the number of claims in the file.
    const count = Number(/(\d+) rows/.exec(shown.textContent!)![1]);
    fireEvent.click(shown);
    fireEvent.click(within(section).getByRole("button", { name: "Metadata of the CSV of what is shown (JSON)" }));
    expect(saved.map((s) => s.name)).toEqual([
      "brt-pardon-timeline-2026-12-06-r2-2024-11-01_2024-12-31.csv",
      "brt-pardon-timeline-2026-12-06-r2-2024-11-01_2024-12-31.csv-metadata.json",
    ]);
    expect(saved[0]!.type).toBe("text/csv;charset=utf-8");
    const text = await saved[0]!.text;
    // No byte-order mark: a parser reads the header as record_id.
    expect(text.startsWith("record_id,claim_id,")).toBe(true);
    const rows = parse(text, { columns: true, cast: true }) as Record<string, string | number>[];
    expect(rows).toHaveLength(count);
    const released = rows.filter((r) => r.measure === "released").map((r) => [r.date, r.value]);
    expect(released).toEqual([
      ["2024-11-07", 31],
      ["2024-11-20", 32],
      ["2024-12-09", 29],
      ["2024-12-28", 20],
    ]);
    const meta = JSON.parse(await saved[1]!.text);
    expect(meta.url).toBe(saved[0]!.name);
    expect(meta["schema:version"]).toBe("2026-12-06-r2");
    expect(meta["rdfs:comment"]).toContain("Data release 2026-12-06-r2, as of 2026-12-06.");
    expect(meta["dc:title"]).toEqual({ "@value": "Pardon stages since 3 July 2024", "@language": "en" });
  });

  it("saves every stage in the CSV of the full series", async () => {
    const { section, saved } = renderDownloads(ctx("en", { start: "2024-11-01", end: "2024-12-31" }));
    fireEvent.click(within(section).getByRole("button", { name: /^CSV of the full series/ }));
    expect(saved[0]!.name).toBe("brt-pardon-timeline-2026-12-06-r2-full.csv");
    const rows = parse(await saved[0]!.text, { columns: true, cast: true }) as Record<string, string | number>[];
    const stages = rows.filter((r) => r.measure === "released" && r.claim_rank === 1);
    expect(stages).toHaveLength(release.pardons.filter((p) => p.date >= "2024-07").length);
    expect(stages.every((r) => typeof r.value === "number")).toBe(true);
  });
});
