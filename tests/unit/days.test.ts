/** Day counts between possibly partial dates: the boundary cases the incommunicado chart and person cards rely on. */
import { describe, expect, it } from "vitest";
import { agrees, countDays, firstDay, lastDay, precisionOf } from "../../src/people/days";

describe("countDays", () => {
  it("counts the same day as 0 days", () => {
    expect(countDays("2024-11-12", "2024-11-12")).toMatchObject({
      days: 0,
      minDays: 0,
      maxDays: 0,
      approximate: false,
    });
  });

  it("counts across a leap day: 28 Feb → 1 Mar 2024 is 2 days, in 2023 it is 1", () => {
    expect(countDays("2024-02-28", "2024-03-01").days).toBe(2);
    expect(countDays("2023-02-28", "2023-03-01").days).toBe(1);
    expect(countDays("2024-01-01", "2025-01-01").days).toBe(366);
  });

  it("counts an open span up to the release's as-of date", () => {
    // Nasta Loika: in custody since 6 Sep 2022 (NHC); the newsletter's 15 Nov 2024 gives 801 days, not its 780.
    expect(countDays("2022-09-06", "2024-11-15")).toMatchObject({ days: 801, approximate: false });
    // Ihar Losik: 25 Jun 2020 to his release on 11 Sep 2025 is RFE/RL's 1,904 days.
    expect(countDays("2020-06-25", "2025-09-11").days).toBe(1904);
  });

  it("counts a month-only start from the first of the month and marks it approximate", () => {
    const c = countDays("2023-02", "2024-11-12");
    expect(c).toMatchObject({
      days: 650,
      from: "2023-02-01",
      to: "2024-11-12",
      fromPrecision: "month",
      approximate: true,
    });
    // The start may be as late as 28 Feb 2023.
    expect(c.minDays).toBe(623);
    expect(c.maxDays).toBe(650);
  });

  it("counts a year-only date from 1 January, and a partial end to the first of its period", () => {
    const c = countDays("2023-06", "2025");
    expect(c).toMatchObject({ from: "2023-06-01", to: "2025-01-01", toPrecision: "year", approximate: true });
    expect(c.maxDays).toBe(countDays("2023-06-01", "2025-12-31").days);
  });

  it("refuses an end before the start", () => {
    expect(() => countDays("2024-11-12", "2024-11-11")).toThrow(RangeError);
    expect(() => countDays("2024-13", "2024-11-11")).toThrow(RangeError);
  });
});

describe("helpers", () => {
  it("names the precision of a date and its first and last day", () => {
    expect(["2023-02-15", "2023-02", "2025"].map(precisionOf)).toEqual(["day", "month", "year"]);
    expect(firstDay("2024-02")).toBe("2024-02-01");
    expect(lastDay("2024-02")).toBe("2024-02-29");
    expect(lastDay("2025")).toBe("2025-12-31");
  });

  it("tells whether a source's count is compatible with the computed one", () => {
    const k = countDays("2023-02", "2024-11-12"); // 623–650 days
    expect(agrees({ value: 600, qualifier: "more_than" }, k)).toBe(true);
    expect(agrees({ value: 700, qualifier: "more_than" }, k)).toBe(false);
    expect(agrees({ value: 780, qualifier: "exact" }, countDays("2022-09-06", "2024-11-15"))).toBe(false);
    expect(agrees({ value: 1904, qualifier: "exact" }, countDays("2020-06-25", "2025-09-11"))).toBe(true);
    expect(agrees({ value: 640, qualifier: "about" }, k)).toBe(true);
  });
});
