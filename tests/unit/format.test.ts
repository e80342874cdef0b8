import { describe, expect, it } from "vitest";
import { formatDate, formatList, formatMeasure, formatMeasureShort, formatNumber } from "../../src/i18n/format";

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

// format.ts writes numbers, dates and lists without Intl's formatters (a page's first one costs tens of
// milliseconds of locale data): what it writes must be what ICU writes. Node has ICU's full data.
describe("the same as Intl writes them", () => {
  const intlNumber = (n: number, locale: string) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(n);
  const numbers = [
    ...Array.from({ length: 3000 }, (_, i) => i * 7),
    1140,
    1275,
    12_345,
    123_456,
    1_234_567,
    987_654_321,
    2 ** 53,
    1e21,
    3.4e25,
    0.5,
    1.005,
    2.675,
    0.125,
    0.135,
    12.5,
    0.1 + 0.2,
    1 / 3,
    2 / 3,
    99.995,
    999.999,
    9.999,
    0.994,
    0.995,
    1e-7,
    4.2e-3,
    1234.5678,
    62.55,
    0.045,
    -5,
    -1234.5,
    -0.004,
    -0,
    -1e-7,
  ];

  it("numbers in English, Russian and Belarusian (Russian grouping)", () => {
    const wrong = numbers.flatMap((n) =>
      (
        [
          ["en", "en-GB"],
          ["ru", "ru"],
          ["be", "ru"],
        ] as const
      )
        .map(([lang, locale]) => [n, lang, formatNumber(n, lang), intlNumber(n, locale)] as const)
        .filter(([, , ours, icu]) => ours !== icu),
    );
    expect(wrong).toEqual([]);
    expect(formatNumber(1140, "ru")).toBe("1\u00a0140");
    expect(formatNumber(1.005, "en")).toBe("1.01");
  });

  it("long and short dates in English, long dates in Russian, every month", () => {
    const intlDate = (iso: string, locale: string, month: "long" | "short") =>
      new Intl.DateTimeFormat(locale, {
        ...(iso.length > 7 ? { day: "numeric" as const } : {}),
        month,
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(`${iso.length > 7 ? iso : `${iso}-01`}T00:00:00Z`));
    const isos = Array.from({ length: 12 }, (_, m) => `2024-${String(m + 1).padStart(2, "0")}`).flatMap((ym) => [
      ym,
      `${ym}-01`,
      `${ym}-15`,
      `${ym}-28`,
    ]);
    const cases = isos.flatMap((iso) => [
      [iso, "en", "long", formatDate(iso, "en"), intlDate(iso, "en-GB", "long")],
      [iso, "en", "short", formatDate(iso, "en", "short"), intlDate(iso, "en-GB", "short")],
      [iso, "ru", "long", formatDate(iso, "ru"), intlDate(iso, "ru", "long")],
    ]);
    expect(cases.filter(([, , , ours, icu]) => ours !== icu)).toEqual([]);
    expect(formatDate("2024-09", "en", "short")).toBe("Sept 2024");
    expect(formatDate("2024-11-15", "ru")).toBe("15 ноября 2024 г.");
  });

  it("lists in English, Russian and Belarusian", () => {
    const items = ["Smarhon", "Slonim", "Khoyniki", "Lida"];
    for (const [lang, locale] of [
      ["en", "en-GB"],
      ["ru", "ru"],
      ["be", "be"],
    ] as const) {
      const icu = new Intl.ListFormat(locale, { type: "conjunction" });
      for (let n = 0; n <= items.length; n++) {
        expect(formatList(items.slice(0, n), lang)).toBe(icu.format(items.slice(0, n)));
      }
    }
    expect(formatList(["Smarhon", "Slonim", "Lida"], "en")).toBe("Smarhon, Slonim and Lida");
  });
});
