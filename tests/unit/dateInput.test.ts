import { describe, expect, it } from "vitest";
import { addDays } from "../../src/data/dates";
import { formatDateInput, parseDateInput } from "../../src/i18n/dateInput";

describe("typed dates", () => {
  it("reads day-month-year with any separator, ISO order, and month names in three languages", () => {
    for (const text of [
      "1.3.2023",
      "01.03.2023",
      "1/3/2023",
      "1-3-2023",
      " 01 . 03 . 2023 ",
      "2023-03-01",
      "1 сакавіка 2023",
      "1 сак. 2023 г.",
      "1 марта 2023 г.",
      "1 March 2023",
      "1 mar 2023",
    ]) {
      expect(parseDateInput(text), text).toEqual({ kind: "date", iso: "2023-03-01" });
    }
    expect(parseDateInput("9 мая 2024")).toEqual({ kind: "date", iso: "2024-05-09" });
    expect(parseDateInput("9 травня 2024").kind).toBe("invalid");
    expect(parseDateInput("31 снежня 2025")).toEqual({ kind: "date", iso: "2025-12-31" });
    expect(parseDateInput("1 ліст. 2024 г.")).toEqual({ kind: "date", iso: "2024-11-01" });
  });

  it("tells an unfinished date from a day that does not exist", () => {
    expect(parseDateInput("")).toEqual({ kind: "empty" });
    expect(parseDateInput("   ")).toEqual({ kind: "empty" });
    for (const text of ["1.3", "1.3.23", "01.03.202", "сакавік 2023", "abc"]) {
      expect(parseDateInput(text).kind, text).toBe("incomplete");
    }
    for (const text of ["31.02.2023", "29.02.2023", "1.13.2023", "0.1.2023"]) {
      expect(parseDateInput(text).kind, text).toBe("invalid");
    }
    expect(parseDateInput("29.02.2024")).toEqual({ kind: "date", iso: "2024-02-29" });
  });

  it("writes a day back in the field's pattern and steps days across months and years", () => {
    expect(formatDateInput("2023-03-01", "be")).toBe("01.03.2023");
    expect(formatDateInput("2023-03-01", "ru")).toBe("01.03.2023");
    expect(formatDateInput("2023-03-01", "en")).toBe("2023-03-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
  });
});
