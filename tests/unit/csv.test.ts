import { describe, expect, it } from "vitest";
import { csvCell, inferQualifiers, tableToCsv, toCsv } from "../../src/export/csv";
import { exportFileName } from "../../src/export/download";
import type { ReleaseData } from "../../src/data/schema";
import { formatMeasure } from "../../src/i18n/format";

const release = {
  sources: [
    { id: "hc", title: "Newsletter 2–15 Nov 2024", publisher: "Human Constanta", date: "2024-11-15" },
    { id: "viasna", title: 'Monthly review, "October"', publisher: "Viasna", url: "https://spring96.org/en/news/1" },
  ],
} as unknown as ReleaseData;

const labels = { qualifier: "Qualifier", sources: "Sources", urls: "Source URLs" };

describe("CSV export", () => {
  it("quotes per RFC 4180 and neutralises formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell("a, b")).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("@SUM")).toBe("'@SUM");
    expect(csvCell("-1 cmd")).toBe("'-1 cmd");
    expect(csvCell("+cmd")).toBe("'+cmd");
    expect(csvCell("\t=1+1")).toBe("'\t=1+1");
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    );
    // Numbers stay numbers, negative ones included.
    expect(csvCell("-5")).toBe("-5");
    expect(csvCell("53.15")).toBe("53.15");
    expect(
      toCsv([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe("a,b\r\n1,2\r\n");
  });

  it("neutralises a title a spreadsheet would run as a formula, and leaves a negative figure a number", () => {
    const csv = tableToCsv(
      {
        columns: ["Event", "People", "Change"],
        rows: [
          { key: "a", cells: ["-1 cmd", "20", "-5"], sources: ["hc"] },
          { key: "b", cells: ["=HYPERLINK(1)", "23", "+3"], sources: ["hc"] },
        ],
      },
      release,
      "en",
      labels,
    );
    expect(csv.split("\r\n").slice(1, 3)).toEqual([
      "'-1 cmd,20,-5,exact,Human Constanta: Newsletter 2–15 Nov 2024 (2024-11-15),",
      "'=HYPERLINK(1),23,+3,exact,Human Constanta: Newsletter 2–15 Nov 2024 (2024-11-15),",
    ]);
  });

  it("writes the shown columns plus qualifier, source titles and URLs per row", () => {
    const csv = tableToCsv(
      {
        columns: ["Date", "Place", "People"],
        rows: [
          { key: "a", cells: ["31 October 2024", "Smarhon, Slonim", "at least 50"], sources: ["hc", "viasna", "hc"] },
          { key: "b", cells: ["1 November 2024", "Khoyniki", "20"], sources: ["viasna"] },
          { key: "c", cells: ["2025", "Minsk", "15–20"], sources: ["unknown-id"] },
        ],
      },
      release,
      "en",
      labels,
    );
    expect(csv.split("\r\n")).toEqual([
      "Date,Place,People,Qualifier,Sources,Source URLs",
      '31 October 2024,"Smarhon, Slonim",at least 50,at_least,"Human Constanta: Newsletter 2–15 Nov 2024 (2024-11-15); Viasna: Monthly review, ""October""",https://spring96.org/en/news/1',
      '1 November 2024,Khoyniki,20,exact,"Viasna: Monthly review, ""October""",https://spring96.org/en/news/1',
      "2025,Minsk,15–20,range,unknown-id,",
      "",
    ]);
  });

  it("reads qualifiers back from figures printed by formatMeasure, in every language", () => {
    for (const lang of ["en", "be", "ru"] as const) {
      for (const q of ["at_least", "about", "more_than", "fewer_than"] as const) {
        const printed = formatMeasure({ value: 1275, qualifier: q }, lang);
        expect(inferQualifiers(["15 November 2024", printed], lang), `${lang} ${printed}`).toEqual([q]);
      }
      expect(inferQualifiers([formatMeasure({ value: 1275, qualifier: "exact" }, lang)], lang)).toEqual(["exact"]);
    }
    expect(inferQualifiers(["at least 80 (BYSOL); about 100 (Viasna)"], "en")).toEqual(["at_least", "about"]);
    expect(inferQualifiers(["≥88"], "en")).toEqual(["at_least"]);
    expect(inferQualifiers(["Election date set"], "en")).toEqual([]);
    // A date range is not a figure range.
    expect(inferQualifiers(["31 October 2024 – 14 November 2024"], "en")).toEqual([]);
  });

  it("names files brt-<widget>-<release>[-variant].<ext>", () => {
    expect(exportFileName("pardon-timeline", "2024-11-15", "svg")).toBe("brt-pardon-timeline-2024-11-15.svg");
    expect(exportFileName("pardon-timeline", "2024-11-15", "png", "2x")).toBe("brt-pardon-timeline-2024-11-15-2x.png");
  });
});
