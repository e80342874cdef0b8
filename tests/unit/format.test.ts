import { describe, expect, it } from "vitest";
import { formatDate, formatMeasure, formatMeasureShort, formatNumber } from "../../src/i18n/format";

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

// The abbreviations editors use (issue 19): not ICU's three-letter cuts ("ліс", "сне"), and March–July
// written in full in Russian (GOST 7.0.12).
const SHORT = {
  be: {
    day: ["студз.", "лют.", "сак.", "крас.", "мая", "чэрв.", "ліп.", "жн.", "вер.", "кастр.", "ліст.", "снеж."],
    alone: ["студз.", "лют.", "сак.", "крас.", "май", "чэрв.", "ліп.", "жн.", "вер.", "кастр.", "ліст.", "снеж."],
  },
  ru: {
    day: ["янв.", "февр.", "марта", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."],
    alone: ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."],
  },
} as const;

describe("short dates in Belarusian and Russian", () => {
  for (const lang of ["be", "ru"] as const) {
    SHORT[lang].day.forEach((name, i) => {
      const mm = String(i + 1).padStart(2, "0");
      it(`${lang}, month ${mm}: "${name}" after a day, "${SHORT[lang].alone[i]}" alone`, () => {
        expect(formatDate(`2024-${mm}-01`, lang, "short")).toBe(`1 ${name} 2024 г.`);
        expect(formatDate(`2024-${mm}-28`, lang, "short")).toBe(`28 ${name} 2024 г.`);
        expect(formatDate(`2025-${mm}`, lang, "short")).toBe(`${SHORT[lang].alone[i]} 2025 г.`);
      });
    });
  }

  it("never prints ICU's cut Belarusian forms the issue reported", () => {
    const all = ["2024-11-01", "2024-10-31", "2024-12-28", "2025-01"].map((d) => formatDate(d, "be", "short"));
    expect(all).toEqual(["1 ліст. 2024 г.", "31 кастр. 2024 г.", "28 снеж. 2024 г.", "студз. 2025 г."]);
  });

  it("prints the same Belarusian dates with and without ICU data for be (Node's pictures, Chromium's page)", async () => {
    const dates = ["2024-05-09", "2024-05", "2024-11-15", "2020-12"];
    const withIcu = dates.flatMap((d) => [formatDate(d, "be"), formatDate(d, "be", "short")]);
    const original = Intl.DateTimeFormat.supportedLocalesOf;
    Intl.DateTimeFormat.supportedLocalesOf = () => [];
    try {
      const { vi } = await import("vitest");
      vi.resetModules();
      const fresh = await import("../../src/i18n/format");
      expect(dates.flatMap((d) => [fresh.formatDate(d, "be"), fresh.formatDate(d, "be", "short")])).toEqual(withIcu);
    } finally {
      Intl.DateTimeFormat.supportedLocalesOf = original;
    }
    expect(withIcu).toEqual([
      "9 мая 2024 г.",
      "9 мая 2024 г.",
      "май 2024 г.",
      "май 2024 г.",
      "15 лістапада 2024 г.",
      "15 ліст. 2024 г.",
      "снежань 2020 г.",
      "снеж. 2020 г.",
    ]);
  });
});

describe("numbers in Belarusian", () => {
  it("group thousands as on the page (Chromium has no be data): 1 140, not Node's 1140", () => {
    expect(formatNumber(1140, "be").replace(/\s/g, " ")).toBe("1 140");
    expect(formatNumber(1140, "be")).toBe(formatNumber(1140, "ru"));
  });
});
