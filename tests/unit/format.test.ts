import { describe, expect, it } from "vitest";
import { formatDate, formatMeasure, formatMeasureShort, isoDateEnd } from "../../src/i18n/format";

describe("formatMeasure", () => {
  it("keeps every qualifier in English", () => {
    expect(formatMeasure({ value: 1275, qualifier: "exact" }, "en")).toBe("1,275");
    expect(formatMeasure({ value: 80, qualifier: "at_least" }, "en")).toBe("at least 80");
    expect(formatMeasure({ value: 100, qualifier: "about" }, "en")).toBe("about 100");
    expect(formatMeasure({ value: 600, qualifier: "more_than" }, "en")).toBe("more than 600");
    expect(formatMeasure({ value: 1300, qualifier: "fewer_than" }, "en")).toBe("fewer than 1,300");
    expect(formatMeasure({ value: 15, qualifier: "range", hi: 20 }, "en")).toBe("15–20");
  });

  it("uses Belarusian and Russian words and number grouping", () => {
    expect(formatMeasure({ value: 1275, qualifier: "exact" }, "ru").replace(/\s/g, " ")).toBe("1 275");
    expect(formatMeasure({ value: 50, qualifier: "at_least" }, "be")).toBe("не менш за 50");
    expect(formatMeasure({ value: 100, qualifier: "about" }, "ru")).toBe("около 100");
  });

  it("has a compact form for chart labels", () => {
    expect(formatMeasureShort({ value: 88, qualifier: "at_least" }, "en")).toBe("≥88");
    expect(formatMeasureShort({ value: 100, qualifier: "about" }, "en")).toBe("~100");
  });
});

describe("dates", () => {
  it("formats by the precision the source gives", () => {
    expect(formatDate("2024-11-15", "en")).toBe("15 November 2024");
    expect(formatDate("2020-12", "en")).toBe("December 2020");
    expect(formatDate("2025", "en")).toBe("2025");
  });

  it("places partial dates at the end of their period", () => {
    expect(isoDateEnd("2020-12").toISOString().slice(0, 10)).toBe("2020-12-31");
    expect(isoDateEnd("2024-02").toISOString().slice(0, 10)).toBe("2024-02-29");
    expect(isoDateEnd("2025").toISOString().slice(0, 10)).toBe("2025-12-31");
  });
});

describe("Belarusian without ICU data for be (as in Chromium)", () => {
  it("still writes Belarusian month names and grouped numbers", async () => {
    const original = Intl.DateTimeFormat.supportedLocalesOf;
    Intl.DateTimeFormat.supportedLocalesOf = () => [];
    try {
      const { vi } = await import("vitest");
      vi.resetModules();
      const fresh = await import("../../src/i18n/format");
      expect(fresh.formatDate("2024-11-15", "be")).toBe("15 лістапада 2024 г.");
      expect(fresh.formatDate("2020-12", "be")).toBe("снежань 2020 г.");
      expect(fresh.formatNumber(1275, "be").replace(/\s/g, " ")).toBe("1 275");
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = original;
    }
  });
});
