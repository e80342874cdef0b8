/** The committed offline basemap is exactly what scripts/build-basemap.ts makes from world-atlas. */
import { readFileSync, statSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBasemap, clipRing, loadTopology, OUTPUT } from "../../scripts/build-basemap";

describe("offline basemap", () => {
  it("is current: rerun `npx tsx scripts/build-basemap.ts` if this fails", () => {
    const committed: unknown = JSON.parse(readFileSync(OUTPUT, "utf8"));
    expect(committed).toEqual(buildBasemap(loadTopology()));
  });

  it("is small and holds Belarus within its real bounds, first", () => {
    expect(statSync(OUTPUT).size).toBeLessThan(60_000);
    const map = buildBasemap(loadTopology());
    const belarus = map.features[0]!;
    expect(belarus.properties).toEqual({ iso: "112", name: "Belarus", role: "belarus" });
    const points = belarus.geometry.coordinates.flat(2);
    const lons = points.map((p) => p[0]!);
    const lats = points.map((p) => p[1]!);
    expect(Math.min(...lons)).toBeCloseTo(23.2, 0);
    expect(Math.max(...lons)).toBeCloseTo(32.7, 0);
    expect(Math.min(...lats)).toBeCloseTo(51.3, 0);
    expect(Math.max(...lats)).toBeCloseTo(56.2, 0);
    expect(map.features.map((f) => f.properties.name)).toEqual([
      "Belarus",
      "Poland",
      "Lithuania",
      "Latvia",
      "Russia",
      "Ukraine",
    ]);
  });

  it("clips neighbours to the box around Belarus", () => {
    const square = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
      [0, 0],
    ];
    const clipped = clipRing(square, [5, -1, 20, 5]);
    expect(clipped[0]).toEqual(clipped.at(-1)); // closed
    const corners = clipped
      .slice(0, -1)
      .map((p) => p.join(","))
      .sort();
    expect(corners).toEqual(["10,0", "10,5", "5,0", "5,5"]);
    expect(clipRing(square, [20, 20, 30, 30])).toEqual([]);
  });
});
