import { describe, expect, it } from "vitest";
import { correctionsFor, diffReleases, figuresOf, observationGroups, summarizeDiff } from "../../src/data/diff";
import { newerFixture, releaseFromFixture } from "../fixtures/releases";

describe("diffReleases", () => {
  const older = releaseFromFixture("2024-11-15");
  const newer = newerFixture();
  const diff = diffReleases(older, newer);
  const find = (kind: string, id: string) => diff.changes.find((c) => c.kind === kind && c.id === id);

  it("lists an added pardon stage with its figures (nothing before, the count after)", () => {
    const added = find("pardons", "2024-11-20")!;
    expect(added.status).toBe("added");
    expect(added.figures).toEqual([
      { figure: "count", before: [], after: [{ value: 32, qualifier: "exact", sources: ["viasna"] }] },
    ]);
  });

  it("treats a new observation of a series as an added record keyed by series and date", () => {
    const added = find("observations", "prisoners_in_custody:2024-11-20")!;
    expect(added.status).toBe("added");
    expect(added.figures[0]!.figure).toBe("value");
    expect(added.figures[0]!.after[0]!.value).toBe(1275);
    expect(find("observations", "prisoners_in_custody:2024-11-15")).toBeUndefined();
  });

  it("shows a corrected figure before and after, qualifier included", () => {
    const changed = find("detentions", "smarhon-slonim")!;
    expect(changed.status).toBe("changed");
    expect(changed.fields).toEqual(["count"]);
    expect(changed.figures).toEqual([
      {
        figure: "count",
        before: [{ value: 50, qualifier: "at_least", sources: ["hc"] }],
        after: [{ value: 60, qualifier: "at_least", sources: ["hc", "viasna"] }],
      },
    ]);
  });

  it("counts a change of sources alone as a changed record but not as a changed figure", () => {
    const changed = find("pardons", "2024-11-07")!;
    expect(changed.fields).toEqual(["sources"]);
    expect(changed.figures).toEqual([]);
  });

  it("lists removed records", () => {
    expect(find("events", "election-2025")!.status).toBe("removed");
  });

  it("ignores key order and unchanged records", () => {
    const reordered = releaseFromFixture("2024-11-16", (r) => {
      const p = r.pardons[0]!;
      r.pardons[0] = Object.fromEntries(Object.entries(p).reverse()) as typeof p;
    });
    expect(diffReleases(older, reordered).changes).toEqual([]);
  });

  it("summarises per record type", () => {
    expect(summarizeDiff(diff)).toEqual({
      pardons: { added: 1, changed: 1, removed: 0, figures: 0 },
      observations: { added: 1, changed: 0, removed: 0, figures: 0 },
      detentions: { added: 0, changed: 1, removed: 0, figures: 1 },
      events: { added: 0, changed: 0, removed: 1, figures: 0 },
    });
  });
});

describe("figuresOf and observationGroups", () => {
  it("finds lists of claims and single claims (breakdown.women) by path", () => {
    const stage = releaseFromFixture("x").pardons[0]!;
    expect([...figuresOf(stage).keys()]).toEqual(["count", "runningTotal", "breakdown.women"]);
  });

  it("groups observations of one series and period, keeping per-period starts apart", () => {
    const groups = observationGroups({
      series: [
        {
          id: "newly_recognised",
          title: { en: "Newly recognised" },
          unit: "persons",
          observations: [
            { date: "2024-11-30", start: "2024-11-01", value: 62, qualifier: "exact", sources: ["a"] },
            { date: "2024-11-30", value: 14, qualifier: "exact", sources: ["b"] },
            { date: "2024-11-30", value: 15, qualifier: "exact", sources: ["c"] },
          ],
        },
      ],
    });
    expect(groups.map((g) => [g.id, g.claims.length])).toEqual([
      ["newly_recognised:2024-11-01..2024-11-30", 1],
      ["newly_recognised:2024-11-30", 2],
    ]);
  });
});

describe("correctionsFor", () => {
  const first = releaseFromFixture("2024-11-15");
  const second = newerFixture("2024-11-29");
  const third = newerFixture("2024-12-13");
  third.detentions[0]!.count = [{ value: 70, qualifier: "about", sources: ["viasna"] }];
  const releases = [third, second, first]; // manifest order: newest first

  it("marks, for an older release, the figures corrected in later releases", () => {
    const index = correctionsFor("2024-11-15", releases);
    const list = index.detentions!["smarhon-slonim"]!;
    expect(list.map((c) => [c.release, c.previous, c.later, c.before[0]!.value, c.after[0]!.value])).toEqual([
      ["2024-11-29", "2024-11-15", true, 50, 60],
      ["2024-12-13", "2024-11-29", true, 60, 70],
    ]);
    expect(index.pardons).toBeUndefined();
  });

  it("marks, for the newest release, corrections already made (not later ones)", () => {
    const list = correctionsFor("2024-12-13", releases).detentions!["smarhon-slonim"]!;
    expect(list.every((c) => !c.later)).toBe(true);
    expect(list).toHaveLength(2);
  });

  it("returns nothing for an unknown release", () => {
    expect(correctionsFor("1999-01-01", releases)).toEqual({});
  });
});
