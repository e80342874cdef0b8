import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../src/export/csv";
import { exportFileName } from "../../src/export/download";

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

  it("names files brt-<widget>-<release>[-variant].<ext>", () => {
    expect(exportFileName("pardon-timeline", "2024-11-15", "svg")).toBe("brt-pardon-timeline-2024-11-15.svg");
    expect(exportFileName("pardon-timeline", "2024-11-15", "png", "2x")).toBe("brt-pardon-timeline-2024-11-15-2x.png");
  });
});
