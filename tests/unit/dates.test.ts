/**
 * The one home of date arithmetic (src/data/dates.ts): partial dates ("2024", "2024-03", "2024-03-05"), their
 * periods, ranges and day counts, with the boundary cases the charts, the map and the person cards rely on.
 */
import { describe, expect, it } from "vitest";
import {
  addDays,
  begunBy,
  compareDates,
  countDays,
  firstDay,
  isCalendarDate,
  isCalendarDay,
  lastDay,
  overlapsRange,
  periodEnd,
  periodStart,
  precisionOf,
  rangeTimes,
} from "../../src/data/dates";
import { eventViews, filterEvents } from "../../src/map/detentionModel";
import { agrees } from "../../src/people/days";
import { inRange as peopleInRange, releaseDeaths } from "../../src/people/model";
import type { ReleaseData } from "../../src/data/schema";
import { inRange, toPoints } from "../../src/charts/trends/trendModel";

const day = (d: Date) => d.toISOString().slice(0, 10);

describe("precision and period of a partial date", () => {
  it("reads a year, a month and a day, and refuses anything else", () => {
    expect(["2023-02-15", "2023-02", "2025"].map(precisionOf)).toEqual(["day", "month", "year"]);
    for (const bad of ["", "23", "2023-2", "2023-02-15T10:00", "15.02.2023"]) {
      expect(() => precisionOf(bad), bad).toThrow(RangeError);
    }
  });

  it("starts a period on its first day and ends it on its last", () => {
    expect([periodStart("2023"), periodEnd("2023")].map(day)).toEqual(["2023-01-01", "2023-12-31"]);
    expect([periodStart("2024-03"), periodEnd("2024-03")].map(day)).toEqual(["2024-03-01", "2024-03-31"]);
    expect([periodStart("2024-03-05"), periodEnd("2024-03-05")].map(day)).toEqual(["2024-03-05", "2024-03-05"]);
    expect(periodEnd("2024-04").toISOString()).toBe("2024-04-30T00:00:00.000Z");
  });

  it("knows leap years: February ends on the 29th in 2024 and 2000, on the 28th in 2023 and 1900", () => {
    expect(["2024-02", "2000-02", "2023-02", "1900-02"].map((m) => lastDay(m))).toEqual([
      "2024-02-29",
      "2000-02-29",
      "2023-02-28",
      "1900-02-28",
    ]);
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2023-02-29")).toBe(false);
    expect(isCalendarDay("2024-02")).toBe(false);
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });

  it("keeps years below 100 as they are (Date.UTC would read 0050 as 1950)", () => {
    expect(firstDay("0050-06")).toBe("0050-06-01");
    expect(lastDay("0050")).toBe("0050-12-31");
  });

  it("tells whether a source dated to a month or year may be out by a day (its period has begun)", () => {
    expect(begunBy("2024-11", "2024-11-01")).toBe(true);
    expect(begunBy("2024-12", "2024-11-30")).toBe(false);
    expect(begunBy("2025", "2024-12-31")).toBe(false);
    expect(begunBy("2024-11-16", "2024-11-15")).toBe(false);
  });

  it("orders dates by the end of their period: a year-only figure sorts with 31 December", () => {
    const sorted = ["2024", "2023-12-31", "2024-01", "2023", "2023-06-15"].sort(compareDates);
    expect(sorted).toEqual(["2023-06-15", "2023-12-31", "2023", "2024-01", "2024"]);
  });
});

describe("isCalendarDate", () => {
  /** The calendar as Date counts it (what isCalendarDate computed before it read the data's shapes by position). */
  function byDate(iso: string): boolean {
    const [y, m = 1, d = 1] = iso.split("-").map(Number);
    if (!y || m < 1 || m > 12 || d < 1) return false;
    const last = new Date(0);
    last.setUTCFullYear(y, m, 0);
    return d <= last.getUTCDate();
  }
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  it("agrees with Date on every day, month and year shape around century and leap-year edges", () => {
    const years = [0, 1, 4, 50, 99, 100, 400, 1582, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9996, 9999];
    for (const y of years) {
      const year = pad(y, 4);
      expect(isCalendarDate(year), year).toBe(byDate(year));
      for (let m = 0; m <= 13; m++) {
        const month = `${year}-${pad(m, 2)}`;
        expect(isCalendarDate(month), month).toBe(byDate(month));
        for (let d = 0; d <= 32; d++) {
          const day = `${month}-${pad(d, 2)}`;
          expect(isCalendarDate(day), day).toBe(byDate(day));
        }
      }
    }
  });

  it("agrees with Date on text of other shapes too", () => {
    for (const text of [
      "",
      "-",
      "2024-",
      "2024-3-5",
      "2024-02-29-",
      "+2024",
      "-2024",
      "12024",
      "2024-00",
      "99999-01-01",
    ]) {
      expect(isCalendarDate(text), text).toBe(byDate(text));
    }
  });
});

describe("overlap with a range, at the edges", () => {
  const from1Dec = { start: "2023-12-01", end: "2024-06-30" };

  it("shows an event dated 2023 in a range from 1 December 2023, not in one from 1 January 2024", () => {
    expect(overlapsRange("2023", undefined, from1Dec)).toBe(true);
    expect(overlapsRange("2023", undefined, { start: "2024-01-01", end: "2024-06-30" })).toBe(false);
    // ...and in a range ending on 1 January 2023, its first day.
    expect(overlapsRange("2023", undefined, { start: "2022-06-01", end: "2023-01-01" })).toBe(true);
    expect(overlapsRange("2023", undefined, { start: "2022-06-01", end: "2022-12-31" })).toBe(false);
  });

  it("counts a month on its first and last day, leap day included", () => {
    expect(overlapsRange("2024-02", undefined, { start: "2024-02-29", end: "2024-03-10" })).toBe(true);
    expect(overlapsRange("2023-02", undefined, { start: "2023-03-01", end: "2023-03-10" })).toBe(false);
    expect(overlapsRange("2024-03", undefined, { start: "2024-01-01", end: "2024-03-01" })).toBe(true);
  });

  it("takes a period from its start to its end, both inclusive", () => {
    expect(overlapsRange("2024-10-31", "2024-11-14", { start: "2024-11-14", end: "2024-11-20" })).toBe(true);
    expect(overlapsRange("2024-10-31", "2024-11-14", { start: "2024-11-15", end: "2024-11-20" })).toBe(false);
    expect(overlapsRange("2024-10-31", "2024-11-14", null)).toBe(true);
  });

  it("turns a range into times from midnight of its first day to midnight after its last", () => {
    const [a, b] = rangeTimes({ start: "2024-02-28", end: "2024-02-29" });
    expect(new Date(a).toISOString()).toBe("2024-02-28T00:00:00.000Z");
    expect(new Date(b).toISOString()).toBe("2024-03-01T00:00:00.000Z");
  });
});

describe("what a reader sees in a range, view by view", () => {
  // A minimal release: the views read only these fields.
  const release = {
    entry: { asOf: "2024-06-30" },
    places: [{ id: "minsk", lat: 53.9, lon: 27.56 }],
    detentions: [
      { id: "year-only", start: "2023", category: "detention", scope: "place", places: ["minsk"], count: [] },
      { id: "in-march", start: "2024-03", category: "raid", scope: "place", places: ["minsk"], count: [] },
    ],
    people: [{ id: "p" }],
    deaths: [{ person: "p", died: [{ date: "2023", sources: [] }], reported: [] }],
  } as unknown as ReleaseData;

  it("lists a detention dated 2023 on the map from a range starting 1 December 2023", () => {
    const ids = (range: { start: string; end: string }) =>
      filterEvents(eventViews(release), range, []).map((v) => v.id);
    expect(ids({ start: "2023-12-01", end: "2024-01-31" })).toEqual(["year-only"]);
    expect(ids({ start: "2024-01-01", end: "2024-02-29" })).toEqual([]);
    expect(ids({ start: "2024-02-01", end: "2024-03-01" })).toEqual(["in-march"]);
    expect(ids({ start: "2024-03-31", end: "2024-04-30" })).toEqual(["in-march"]);
  });

  it("lists a death dated 2023 in a range from 1 December 2023", () => {
    expect(peopleInRange(releaseDeaths(release), { start: "2023-12-01", end: "2024-01-31" })).toHaveLength(1);
    expect(peopleInRange(releaseDeaths(release), { start: "2024-01-01", end: "2024-01-31" })).toHaveLength(0);
  });

  it("places a trend figure dated 2023 on 31 December 2023: in a range that holds that day", () => {
    const [p] = toPoints("prisoners_in_custody", [{ date: "2023", value: 1, qualifier: "exact", sources: [] }]);
    expect(inRange(p!, { start: "2023-12-01", end: "2023-12-31" })).toBe(true);
    expect(inRange(p!, { start: "2024-01-01", end: "2024-01-31" })).toBe(false);
    expect(inRange(p!, { start: "2023-06-01", end: "2023-12-30" })).toBe(false);
  });
});

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

describe("a source's day count against ours", () => {
  it("tells whether a source's count is compatible with the computed one", () => {
    const k = countDays("2023-02", "2024-11-12"); // 623–650 days
    expect(agrees({ value: 600, qualifier: "more_than" }, k)).toBe(true);
    expect(agrees({ value: 700, qualifier: "more_than" }, k)).toBe(false);
    expect(agrees({ value: 780, qualifier: "exact" }, countDays("2022-09-06", "2024-11-15"))).toBe(false);
    expect(agrees({ value: 1904, qualifier: "exact" }, countDays("2020-06-25", "2025-09-11"))).toBe(true);
    expect(agrees({ value: 640, qualifier: "about" }, k)).toBe(true);
  });
});
