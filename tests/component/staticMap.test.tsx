/**
 * The map's still picture (src/map/StaticMap.tsx): what the page and the prerendered embed show while
 * Leaflet loads. A named picture with the outline of Belarus, one drawn symbol per event on the map,
 * town labels, and at stress size no more symbols than the live map would give a marker each.
 */
import { render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRelease } from "../../src/data/loader";
import { translator } from "../../src/i18n";
import { prerenderWidget } from "../../src/embed/prerender";
import { eventViews, isOnMap } from "../../src/map/detentionModel";
import { categoryLetter } from "../../src/map/eventText";
import { BELARUS_BOUNDS, FIT_PADDING, fitZoom, initialProjection, mapBox } from "../../src/map/initialView";
import StaticMap from "../../src/map/StaticMap";
import { DOM_SYMBOL_LIMIT, layoutSymbols, radiusScale, townLabels, type MapSymbol } from "../../src/map/symbols";
import { detentionMap } from "../../src/map/widget";
import type { ReleaseData } from "../../src/data/schema";
import { detentionRelease, stressDetentionRelease } from "../testing/detentionFixture";
import { useStoreContext } from "../testing/storeContext";

const release = detentionRelease();
const views = eventViews(release);
const t = translator("en");
const symbols = layoutSymbols(
  views,
  radiusScale(views),
  views.flatMap((v) => v.located),
);
const towns = townLabels(symbols);
const townText = towns.map(({ place, dx, left, dy }) => ({
  key: `town-${place.id}`,
  at: place,
  text: place.names.en,
  placement: "right" as const,
  gap: dx,
  gapLeft: left,
  gapY: dy,
  className: "town",
}));
const letterOf = (s: MapSymbol) => categoryLetter(s.view.event.category, t);
const NAME = "Map of detention events in Belarus";

/** The text of the elements an element's aria-describedby names (its accessible description). */
function description(el: Element): string {
  const ids = el.getAttribute("aria-describedby")?.split(" ") ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? `#${id} missing`).join(" ");
}

function Harness({ release }: { release: ReleaseData }) {
  const ctx = useStoreContext(release);
  return <detentionMap.Component ctx={ctx} />;
}

describe("static map picture", () => {
  it("is a named picture with the outline, a symbol per event on the map and the town names", () => {
    render(
      <StaticMap symbols={symbols} towns={towns} labels={townText} letterOf={letterOf} width={640} lang="en" t={t} />,
    );
    const picture = screen.getByRole("img", { name: NAME });
    expect(picture.classList.contains("static-map")).toBe(true);
    // Belarus and its five neighbours, Belarus drawn as the land.
    expect(picture.querySelectorAll("path")).toHaveLength(6);
    expect(picture.querySelector("path.static-map-land")?.getAttribute("d")).toMatch(/^M[\d.]+,[\d.]+L/);
    // One symbol per event that has a place on the map (the nationwide one and the one without
    // coordinates are not on it), each with its category letter.
    const onMap = views.filter(isOnMap);
    expect(onMap.length).toBeLessThan(views.length);
    const marks = picture.querySelectorAll(".static-map-symbol");
    expect(marks).toHaveLength(onMap.length);
    expect(picture.querySelectorAll(".static-map-symbol .badge-letter")).toHaveLength(onMap.length);
    expect(picture.querySelectorAll(".static-map-symbol.kind-group")).toHaveLength(1);
    // Qualifiers keep their shapes: "at least" draws a dotted halo, a report without a count a "?" square.
    expect(picture.querySelector(".static-map-symbol .ring.mark-at_least")).not.toBeNull();
    expect(picture.querySelector(".static-map-symbol .halo")).not.toBeNull();
    expect(picture.querySelector(".static-map-symbol .unknown")).not.toBeNull();
    // Town labels, and nothing to click or focus.
    for (const { place } of towns)
      expect(within(picture).getByText(place.names.en).classList.contains("static-map-label")).toBe(true);
    expect(picture.querySelectorAll("a, button, [tabindex]")).toHaveLength(0);
  });

  it("is drawn in Leaflet's first view: Belarus fitted in the map, every symbol inside it", () => {
    const { inner } = mapBox(640);
    expect(inner).toEqual({ width: 638, height: 531 });
    expect(fitZoom(inner.width, inner.height) % 0.25).toBe(0);
    const project = initialProjection(inner.width, inner.height);
    // Belarus's bounds inside the padding, centred: as Leaflet's fitBounds(bounds, { padding: [6, 6] }) leaves it.
    const [[south, west], [north, east]] = BELARUS_BOUNDS;
    const [x0, y0] = project(west, north);
    const [x1, y1] = project(east, south);
    expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(FIT_PADDING - 1e-9);
    expect(x1).toBeLessThanOrEqual(inner.width - FIT_PADDING);
    expect(y1).toBeLessThanOrEqual(inner.height - FIT_PADDING);
    expect(x0 + x1).toBeCloseTo(inner.width);
    expect(y0 + y1).toBeCloseTo(inner.height);
    render(
      <StaticMap symbols={symbols} towns={towns} labels={townText} letterOf={letterOf} width={640} lang="en" t={t} />,
    );
    for (const g of document.querySelectorAll(".static-map-symbol")) {
      const [x, y] = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(g.getAttribute("transform")!)!.slice(1).map(Number);
      expect(x).toBeGreaterThan(0);
      expect(y).toBeGreaterThan(0);
      expect(x).toBeLessThan(inner.width);
      expect(y).toBeLessThan(inner.height);
    }
  });

  it("draws only the largest symbols of a dense map, without badges, and says so", () => {
    const many: MapSymbol[] = Array.from({ length: DOM_SYMBOL_LIMIT + 200 }, (_, i) => {
      const s = symbols[i % symbols.length]!;
      return { ...s, id: `${s.id}-${i}`, r: s.r + (i % 7) };
    });
    render(
      <StaticMap symbols={many} towns={towns} labels={townText} letterOf={letterOf} width={640} lang="en" t={t} />,
    );
    const picture = screen.getByRole("img", { name: NAME });
    const marks = picture.querySelectorAll(".static-map-symbol");
    expect(marks).toHaveLength(DOM_SYMBOL_LIMIT);
    expect(picture.querySelectorAll(".badge, .badge-letter")).toHaveLength(0);
    const note = "Until the map loads, only the 300 largest symbols of 500 are drawn.";
    expect(within(picture).getByText(note).classList.contains("static-map-note")).toBe(true);
    expect(description(picture)).toBe(note);
  });

  it("keeps the DOM small at 10,000 events: the largest symbols only, as many as the live map gives markers", () => {
    const stress = eventViews(stressDetentionRelease());
    const all = layoutSymbols(
      stress,
      radiusScale(stress),
      stress.flatMap((v) => v.located),
    );
    expect(all.length).toBeGreaterThan(5 * DOM_SYMBOL_LIMIT);
    const { container } = render(
      <StaticMap symbols={all} towns={townLabels(all)} labels={[]} letterOf={letterOf} width={640} lang="en" t={t} />,
    );
    const picture = screen.getByRole("img", { name: NAME });
    const marks = picture.querySelectorAll(".static-map-symbol");
    expect(marks).toHaveLength(DOM_SYMBOL_LIMIT);
    expect(container.querySelectorAll("*").length).toBeLessThan(2_500);
    const total = all.length.toLocaleString("en-GB");
    const note = `Until the map loads, only the 300 largest symbols of ${total} are drawn.`;
    expect(within(picture).getByText(note).classList.contains("static-map-note")).toBe(true);
  });

  it("stands in for the Leaflet map while its chunk loads", async () => {
    render(<Harness release={release} />);
    // Before the lazy map has loaded: the picture is there at once.
    const picture = screen.getByRole("img", { name: NAME });
    expect(picture.querySelectorAll(".static-map-symbol")).toHaveLength(views.filter(isOnMap).length);
    // Then Leaflet replaces it.
    await screen.findByRole("region", { name: NAME }, { timeout: 20_000 });
    expect(screen.queryByRole("img", { name: NAME })).toBeNull();
  }, 30_000);

  it("is in the prerendered embed of the real release, in the reader's language, with its summary", async () => {
    const DATA = path.resolve(import.meta.dirname, "../../public/data");
    const read = async (file: string) => new Uint8Array(readFileSync(path.join(DATA, file)));
    const { release: real } = await loadRelease(read, null);
    const html = await prerenderWidget(real, "detention-map", "be", 320);
    const box = document.createElement("div");
    box.innerHTML = html;
    document.body.append(box);
    const picture = within(box).getByRole("img", { name: translator("be")("map.mapLabel") });
    expect(picture.getAttribute("viewBox")).toMatch(/^0 0 318 318$/);
    expect(picture.querySelector("path.static-map-land")).not.toBeNull();
    const drawn = eventViews(real).filter(isOnMap).length;
    expect(picture.querySelectorAll(".static-map-symbol")).toHaveLength(Math.min(drawn, DOM_SYMBOL_LIMIT));
    expect(description(picture)).toBe(
      detentionMap.summary({
        release: real,
        lang: "be",
        t: translator("be"),
        range: null,
        selection: null,
        categories: [],
        setView: () => {},
      }),
    );
    box.remove();
  });
});
