import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import type { ReleaseData } from "../../src/data/schema";
import { translator } from "../../src/i18n";
import type { Lang } from "../../src/i18n/format";
import {
  eventViews,
  filterEvents,
  normalizeName,
  searchPlaces,
  sortEvents,
  toggleCategory,
} from "../../src/map/detentionModel";
import { summarySentence } from "../../src/map/eventText";
import { drawSymbol, symbolHtml } from "../../src/map/symbolShapes";
import { layoutSymbols, MAX_R, radiusScale, ringsOf } from "../../src/map/symbols";
import { detentionMap } from "../../src/map/widget";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { startUrlSync } from "../../src/state/url";
import type { WidgetContext } from "../../src/widgets/types";
import { detentionRelease } from "../testing/detentionFixture";
import { useStoreContext } from "../testing/storeContext";
import { widgetContext } from "../testing/widgetContext";

const ctxFor = widgetContext;

/** The widget body wired to the real store, as the dashboard does. */
function Harness({ release }: { release: ReleaseData }) {
  const ctx = useStoreContext(release);
  return <detentionMap.Component ctx={ctx} />;
}

const release = detentionRelease();
const views = eventViews(release);
const byId = (id: string) => views.find((v) => v.id === id)!;
const list = () => document.querySelector<HTMLElement>(".det-list")!;
const rows = () => within(list()).getAllByRole("row").slice(1);
const rowOf = (id: string) => list().querySelector<HTMLTableRowElement>(`tr[data-event="${id}"]`)!;

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

describe("detention model", () => {
  it("keeps an event with several towns as one event with one figure", () => {
    const v = byId("smarhon-slonim");
    expect(v.places.map((p) => p.id)).toEqual(["smarhon", "slonim"]);
    expect(views.filter((x) => x.event.places.includes("slonim"))).toHaveLength(1);
    const symbols = layoutSymbols(
      views,
      radiusScale(views),
      views.flatMap((x) => x.located),
    );
    const group = symbols.filter((s) => s.id === "smarhon-slonim");
    expect(group).toHaveLength(1);
    expect(group[0]!.kind).toBe("group");
    expect(group[0]!.towns.map((t) => t.id)).toEqual(["smarhon", "slonim"]);
  });

  it("sizes circles by area: radius grows with the square root of the count", () => {
    const r = radiusScale(views);
    expect(r.domain()[1]).toBe(60); // the largest figure drawn on the map; the nationwide 100 is not on it
    expect(r(60)).toBeCloseTo(MAX_R);
    expect(r(15)).toBeCloseTo(MAX_R / 2);
  });

  it("gives every figure of an event its own visible ring, even when two figures are the same size", () => {
    const rings = ringsOf(byId("smarhon-slonim"), radiusScale(views));
    expect(rings.map((r) => r.qualifier)).toEqual(["at_least", "about"]);
    expect(rings[0]!.r - rings[1]!.r).toBeGreaterThanOrEqual(3);
  });

  it("places region events at the oblast and leaves nationwide and unplaceable events off the map", () => {
    const symbols = layoutSymbols(views, radiusScale(views), []);
    expect(symbols.find((s) => s.id === "hrodna-region")?.kind).toBe("region");
    expect(symbols.find((s) => s.id === "national")).toBeUndefined();
    expect(symbols.find((s) => s.id === "yelizovo")).toBeUndefined();
  });

  it("shows an event no finer than its display level allows (no town named)", () => {
    const v = byId("zhlobin-small");
    expect(v.event.scope).toBe("region");
    expect(v.event.region).toBe("BY-HO");
    expect(v.places).toEqual([]);
    expect(searchPlaces(release.places, "Zhlobin").length).toBe(1);
    expect(views.filter((x) => x.event.places.includes("zhlobin"))).toEqual([]);
  });

  it("filters by overlap with the range and by category (empty = all)", () => {
    const inRange = filterEvents(views, { start: "2024-11-01", end: "2024-11-05" }, []).map((v) => v.id);
    expect(inRange).toContain("khoyniki-dairy");
    expect(inRange).toContain("smarhon-slonim"); // 31 Oct – 14 Nov overlaps
    expect(inRange).toContain("yelizovo"); // "2024-11" covers the whole month
    expect(inRange).not.toContain("minsk-2021");
    expect(inRange).not.toContain("hrodna-region"); // 14 Nov
    const raids = filterEvents(views, null, ["raid"]).map((v) => v.id);
    expect(raids).toEqual(["khoyniki-dairy"]);
  });

  it("toggles categories without ever storing 'none' and stores 'all' as empty", () => {
    expect(toggleCategory([], "raid")).toEqual(["detention", "preventive_conversation"]);
    expect(toggleCategory(["detention", "preventive_conversation"], "raid")).toEqual([]);
    expect(toggleCategory(["raid"], "raid")).toEqual([]);
  });

  it("finds places by any spelling, case and diacritics aside", () => {
    for (const q of ["Mogilev", "Mahileu", "Mahiliou", "mahilioŭ", "Магілёў", "могилев", "MOHYLEW"]) {
      expect(
        searchPlaces(release.places, q).map((p) => p.id),
        q,
      ).toEqual(["mahiliou"]);
    }
    expect(normalizeName("Słonim")).toBe("slonim");
    expect(searchPlaces(release.places, "")).toEqual([]);
  });

  it("sorts by count with unknown counts last in both directions", () => {
    const name = (v: (typeof views)[number]) => v.id;
    const desc = sortEvents(views, "count", "descending", name, "en").map((v) => v.id);
    const asc = sortEvents(views, "count", "ascending", name, "en").map((v) => v.id);
    expect(desc[0]).toBe("national");
    expect(asc[0]).toBe("zhlobin-small");
    expect(desc.at(-1)).toMatch(/navahrudak|mahiliou|hrodna-region/);
    expect(asc.at(-1)).toMatch(/navahrudak|mahiliou|hrodna-region/);
  });
});

describe("symbol drawing", () => {
  it("draws qualifiers, unknown counts, regions and the category letter distinctly", () => {
    const html = symbolHtml(
      drawSymbol({ rings: [{ r: 20, qualifier: "at_least" }], category: "raid", letter: "R" }),
      "Khoyniki: at least 20",
    );
    expect(html).toContain('class="det-svg cat-raid"');
    expect(html).toContain("ring mark-at_least");
    expect(html).toContain('class="halo"');
    expect(html).toContain(">R</text>");
    expect(html).toContain('<span class="visually-hidden">Khoyniki: at least 20</span>');
    const unknown = symbolHtml(drawSymbol({ rings: [], category: "detention", letter: "D" }), "x");
    expect(unknown).toContain('class="unknown hit"');
    expect(unknown).toContain(">?</text>");
    const region = drawSymbol({
      rings: [{ r: 8, qualifier: "exact" }],
      category: "detention",
      letter: "D",
      region: true,
    });
    expect(region.shapes.some((s) => s.className === "region-frame")).toBe(true);
  });

  it("escapes text in the icon markup", () => {
    const html = symbolHtml(drawSymbol({ rings: [], category: "raid", letter: "<b>" }), `"A & B"`);
    expect(html).toContain("&lt;b&gt;");
    expect(html).toContain("&quot;A &amp; B&quot;");
  });
});

describe("summary sentence", () => {
  const say = (lang: Lang, range: WidgetContext["range"] = null, categories: string[] = []) =>
    summarySentence(filterEvents(views, range, categories), lang, translator(lang));

  it("describes the filtered events, the largest located figure and the reports without a count", () => {
    expect(say("en", { start: "2024-10-31", end: "2024-11-15" }, ["detention", "raid"])).toBe(
      "8 detention events from 31 October 2024 to November 2024 in 6 places; the largest located figure is at least 50 or about 50 in Smarhon and Slonim; 2 places have reports without a count; 2 reports are nationwide or not on the map.",
    );
  });

  it("names what the largest figure counts when it is not detentions", () => {
    expect(say("en", { start: "2024-10-31", end: "2024-11-15" })).toContain(
      "the largest located figure is 60 or more than 60 in Minsk (preventive conversation)",
    );
  });

  it("speaks Belarusian and Russian with the right plural forms", () => {
    const range = { start: "2024-10-31", end: "2024-11-15" };
    expect(say("be", range, ["detention", "raid"])).toBe(
      "8 выпадкаў затрыманняў з 31 кастрычніка 2024 г. па лістапад 2024 г. у 6 населеных пунктах; найбольшая лічба з вядомым месцам — не менш за 50 ці каля 50 (Смаргонь і Слонім); у 2 населеных пунктах ёсць звесткі без колькасці; 2 паведамленні тычацца ўсёй краіны або месцаў не на мапе.",
    );
    expect(say("ru", range, ["raid"])).toBe(
      "1 случай задержаний 1 ноября 2024 г. в 1 населённом пункте; наибольшее число с известным местом — не менее 20 (Хойники; рейд).",
    );
  });

  it("says so when nothing matches", () => {
    expect(say("en", { start: "2019-01-01", end: "2019-02-01" })).toBe("No detention events match the filters.");
  });
});

describe("widget contract", () => {
  it("has one table row per event with every figure, the category, the context and sources", () => {
    const table = detentionMap.table(ctxFor(release));
    expect(table.columns).toEqual(["Date", "Place(s)", "People", "Category", "Context"]);
    const row = table.rows.find((r) => r.key === "national")!;
    expect(row.cells[1]).toBe("Belarus (nationwide)");
    expect(row.cells[2]).toBe("at least 80 or about 100 or more than 100");
    expect(row.sources).toEqual(["hc", "ap"]);
    const both = table.rows.filter((r) => r.cells[1]!.includes("Slonim"));
    expect(both).toHaveLength(1);
    expect(both[0]!.cells[1]).toBe("Smarhon and Slonim");
    const khoyniki = table.rows.find((r) => r.key === "khoyniki-dairy")!;
    expect(khoyniki.cells[4]).toContain("Disputed: The plant's management denied");
    expect(table.rows.find((r) => r.key === "navahrudak")!.cells[2]).toBe("count unknown");
    expect(table.rows.find((r) => r.key === "hrodna-region")!.cells[1]).toBe("Hrodna region (whole region)");
  });

  it("respects the range and categories in table, sources and qualifier flag", () => {
    const ctx = ctxFor(release, { range: { start: "2024-11-14", end: "2024-11-15" } });
    // "2024-11" (Yelizovo) covers the whole month, so it overlaps too.
    expect(
      detentionMap
        .table(ctx)
        .rows.map((r) => r.key)
        .sort(),
    ).toEqual(["hrodna-region", "smarhon-slonim", "yelizovo"]);
    expect(detentionMap.sources(ctx).sort()).toEqual(["hc", "viasna", "zerkalo"]);
    expect(detentionMap.hasQualifiers(ctxFor(release, { categories: ["raid"] }))).toBe(true);
    expect(detentionMap.title(translator("ru"))).toBe("Массовые задержания и рейды");
  });
});

describe("detention list and filters (jsdom)", () => {
  it("lists every event with its figures, qualifier styling, category and sources", () => {
    render(<Harness release={release} />);
    expect(screen.getByRole("region", { name: "Detention events, as a list" })).toBe(list());
    expect(rows()).toHaveLength(views.length);
    const khoyniki = rowOf("khoyniki-dairy");
    expect(khoyniki.textContent).toContain("at least 20");
    expect(khoyniki.textContent).toContain("Raid");
    expect(khoyniki.textContent).toContain("Disputed:");
    expect(khoyniki.querySelector(".claim-at_least .mark-at_least")).not.toBeNull();
    expect(
      within(khoyniki)
        .getByRole("link", { name: /Viasna/ })
        .getAttribute("href"),
    ).toBe("https://spring96.org/en/news/1");
    const both = rows().filter((r) => r.textContent!.includes("Slonim"));
    expect(both).toHaveLength(1);
    expect(both[0]!.textContent).toContain("Smarhon and Slonim");
    expect(rowOf("navahrudak").textContent).toContain("count unknown");
  });

  it("selects an event from the list into the store (and so the map and URL)", async () => {
    render(<Harness release={release} />);
    const button = within(rowOf("khoyniki-dairy")).getByRole("button", { name: "Khoyniki" });
    await userEvent.click(button);
    expect(useStore.getState().selection).toBe("detention:khoyniki-dairy");
    expect(button.getAttribute("aria-pressed")).toBe("true");
    expect(rowOf("khoyniki-dairy").className).toContain("is-selected");
  });

  it("moves between rows with the arrow keys", async () => {
    render(<Harness release={release} />);
    const buttons = list().querySelectorAll<HTMLButtonElement>("button.row-select");
    buttons[0]!.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement).toBe(buttons[1]);
    await userEvent.keyboard("{End}");
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
  });

  it("sorts by date, place and count with aria-sort on the header", async () => {
    render(<Harness release={release} />);
    const header = (name: string) => within(list()).getByRole("columnheader", { name: new RegExp(name) });
    expect(header("Date").getAttribute("aria-sort")).toBe("descending");
    expect(rows().at(-1)!.getAttribute("data-event")).toBe("minsk-2021");
    await userEvent.click(within(header("People")).getByRole("button"));
    expect(header("People").getAttribute("aria-sort")).toBe("descending");
    expect(header("Date").getAttribute("aria-sort")).toBeNull();
    expect(rows()[0]!.getAttribute("data-event")).toBe("national");
    await userEvent.click(within(header("Place")).getByRole("button"));
    expect(header("Place").getAttribute("aria-sort")).toBe("ascending");
    expect(rows()[0]!.textContent).toContain("Belarus (nationwide)");
  });

  it("filters by range and category from the store, and writes categories back", async () => {
    render(<Harness release={release} />);
    act(() => useStore.getState().setView({ range: { start: "2024-11-01", end: "2024-11-05" } }));
    expect(rowOf("minsk-2021")).toBeNull();
    expect(rowOf("khoyniki-dairy")).not.toBeNull();
    expect(screen.getByText(/Dates: 1 November 2024 – 5 November 2024/)).toBeTruthy();
    await userEvent.click(screen.getByRole("checkbox", { name: "Detention" }));
    expect(useStore.getState().categories).toEqual(["raid", "preventive_conversation"]);
    expect(
      rows()
        .map((r) => r.getAttribute("data-event"))
        .sort(),
    ).toEqual(["khoyniki-dairy", "railways-minsk"]);
    await userEvent.click(screen.getByRole("button", { name: "Show all dates" }));
    expect(useStore.getState().range).toBeNull();
  });

  it("narrows the list to a place found by any spelling and says what it found", async () => {
    render(<Harness release={release} />);
    const search = screen.getByRole("searchbox", { name: "Search places, regions and reports" });
    await userEvent.type(search, "Mogilev");
    // The matcher is a chunk fetched when the field takes the focus: the status speaks once it has arrived.
    expect(await screen.findByText("1 event at Mahiliou")).toBeTruthy();
    expect(rows().map((r) => r.getAttribute("data-event"))).toEqual(["mahiliou"]);
    fireEvent.input(search, { target: { value: "Атлантыда" } });
    expect(rows()).toHaveLength(0);
    expect(screen.getByText("No place, region or report matches “Атлантыда”.")).toBeTruthy();
  });

  it("opens with the search of the URL, writes what is typed into it, and Back brings the previous search", async () => {
    window.history.replaceState(null, "", `/?lang=be&q=${encodeURIComponent("Гродненская область")}`);
    const stop = startUrlSync(window);
    try {
      render(<Harness release={release} />);
      const search = screen.getByRole("searchbox", { name: "Пошук па месцах, абласцях і паведамленнях" });
      expect((search as HTMLInputElement).value).toBe("Гродненская область");
      // The whole region: its region-wide report and its towns' events, and nothing elsewhere (once the matcher
      // has arrived: the status says so).
      expect(await screen.findByText("3 падзеі: Гродзенская вобласць")).toBeTruthy();
      expect(
        rows()
          .map((r) => r.getAttribute("data-event"))
          .sort(),
      ).toEqual(["hrodna-region", "navahrudak", "smarhon-slonim"]);

      fireEvent.input(search, { target: { value: "Могилев" } });
      expect(new URLSearchParams(window.location.search).get("q")).toBe("Могилев");
      expect(rows().map((r) => r.getAttribute("data-event"))).toEqual(["mahiliou"]);

      await userEvent.click(screen.getByRole("button", { name: "Ачысціць пошук" }));
      expect(new URLSearchParams(window.location.search).has("q")).toBe(false);
      expect(rows().length).toBeGreaterThan(3);

      act(() => window.history.back());
      await waitFor(() => expect(new URLSearchParams(window.location.search).get("q")).toBe("Могилев"));
      await waitFor(() => expect((search as HTMLInputElement).value).toBe("Могилев"));
      expect(rows().map((r) => r.getAttribute("data-event"))).toEqual(["mahiliou"]);
    } finally {
      stop();
      window.history.replaceState(null, "", "/");
    }
  });

  it("lists nationwide and unplaceable events beside the map and opens their details", async () => {
    render(<Harness release={release} />);
    const strip = screen.getByRole("region", { name: "Nationwide or without a place on the map" });
    const items = within(strip).getAllByRole("button");
    expect(items.map((b) => b.textContent)).toEqual(
      expect.arrayContaining([expect.stringContaining("at least 80 or about 100 or more than 100")]),
    );
    await userEvent.click(items.find((b) => b.textContent!.includes("at least 80"))!);
    expect(useStore.getState().selection).toBe("detention:national");
    const details = document.querySelector('.det-unlocated-detail [data-event="national"]')!;
    expect(details.textContent).toContain("AP");
    expect(details.querySelectorAll(".claim")).toHaveLength(3);
  });

  it("shows a legend for sizes, qualifiers, unknown counts, groups, regions and categories", () => {
    render(<Harness release={release} />);
    const legend = document.querySelector(".det-legend")!;
    for (const text of [
      "Circle area is proportional",
      "at least / more than",
      "about (dashed)",
      "reported without a count",
      "one figure for several towns",
      "a whole region",
      "Preventive conversation",
    ]) {
      expect(legend.textContent).toContain(text);
    }
    expect(legend.textContent).not.toContain("map.legend");
  });

  it("renders in Russian", () => {
    useStore.setState({ lang: "ru" });
    render(<Harness release={release} />);
    expect(rowOf("smarhon-slonim").textContent).toContain("Сморгонь и Слоним");
    expect(rowOf("smarhon-slonim").textContent).toContain("не менее 50");
    expect(rowOf("khoyniki-dairy").textContent).toContain("(на английском)");
  });
});
