import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Policy, displayLevel, displayPlaces, smallTownCounts, type Policy as PolicyT } from "../../src/data/privacy";
import { DetentionEvent, type Place } from "../../src/data/schema";
import { releaseFromFixture } from "../fixtures/releases";

const { places, detentions } = releaseFromFixture("2024-11-15");
const event = detentions[0]!; // at least 50 in Smarhon and Slonim
const policy: PolicyT = { minCountForTownLevel: 5 };
const small = {
  ...event,
  id: "small",
  places: ["smarhon"],
  count: [{ value: 3, qualifier: "exact" as const, sources: ["hc"] }],
};

describe("displayLevel and displayPlaces", () => {
  it("shows a places event at its towns, as one figure for all of them", () => {
    const shown = displayPlaces(event, places);
    expect(shown.level).toBe("place");
    expect(shown.places.map((p: Place) => p.id)).toEqual(["smarhon", "slonim"]);
    expect(shown.oblasts).toEqual(["BY-HR"]);
  });

  it("shows an event marked display oblast only at its oblast, naming no town", () => {
    expect(displayPlaces({ ...small, display: "oblast" }, places)).toEqual({
      level: "oblast",
      places: [],
      oblasts: ["BY-HR"],
    });
  });

  it("never shows an event finer than its scope, and display national hides it from the map", () => {
    expect(displayLevel({ scope: "national", display: "place" })).toBe("national");
    expect(displayLevel({ scope: "region", display: undefined })).toBe("oblast");
    expect(displayPlaces({ ...small, display: "national" }, places)).toEqual({
      level: "national",
      places: [],
      oblasts: [],
    });
    expect(displayPlaces({ scope: "region", region: "BY-MA", places: [] }, places).oblasts).toEqual(["BY-MA"]);
  });

  it("accepts display in the schema and refuses other words", () => {
    expect(DetentionEvent.safeParse({ ...small, display: "oblast" }).success).toBe(true);
    expect(DetentionEvent.safeParse({ ...small, display: "street" }).success).toBe(false);
  });
});

describe("smallTownCounts", () => {
  it("flags a town-level count below the threshold, and names the fix", () => {
    const [finding] = smallTownCounts([event, small], places, policy);
    expect(finding!.index).toBe(1);
    expect(finding!.message).toContain("a count of 3 at Smarhon is below 5");
    expect(finding!.message).toContain("set display to oblast");
  });

  it("accepts the same count once marked coarser, and counts at or above the threshold", () => {
    expect(smallTownCounts([{ ...small, display: "oblast" }], places, policy)).toEqual([]);
    const five = { ...small, count: [{ value: 5, qualifier: "exact" as const, sources: ["hc"] }] };
    expect(smallTownCounts([five], places, policy)).toEqual([]);
  });

  it('treats "fewer than 5" as small', () => {
    const fewer = { ...small, count: [{ value: 5, qualifier: "fewer_than" as const, sources: ["hc"] }] };
    expect(smallTownCounts([fewer], places, policy)).toHaveLength(1);
  });

  it("flags a small count shown at oblast level when its context names the town, in any language", () => {
    const named = { ...small, display: "oblast" as const, context: { en: "Workers of the Smarhon plant detained" } };
    const [finding] = smallTownCounts([named], places, policy);
    expect(finding!.message).toBe(
      "a count of 3 at Smarhon is below 5 (public/data/policy.json): a number this small at one town can identify the people detained, and its context names Smarhon, so it still points at the town when shown at oblast level; reword the context so it names no town (nor a workplace there), or leave the event out of the release (keep it as research only)",
    );
    const russian = {
      ...named,
      context: { en: "Workers of a plant detained", ru: "Задержаны рабочие завода в Сморгони" },
    };
    expect(smallTownCounts([russian], places, policy)[0]!.message).toContain("its context names Smarhon, so");
    expect(smallTownCounts([{ ...named, context: { en: "Workers of a plant detained" } }], places, policy)).toEqual([]);
  });

  it("public/data/policy.json is a valid policy", () => {
    const file = path.resolve(import.meta.dirname, "../../public/data/policy.json");
    expect(Policy.parse(JSON.parse(readFileSync(file, "utf8"))).minCountForTownLevel).toBeGreaterThan(0);
  });
});
