import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { RELEASE_FILES, type ReleaseData } from "../../src/data/schema";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import { buildPardonView, recognitionViews, stageViews } from "../../src/charts/pardons/pardonModel";
import { dodge } from "../../src/charts/pardons/layout";
import { translator } from "../../src/i18n";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import type { WidgetContext } from "../../src/widgets/types";
import { WidgetFrame } from "../../src/widgets/WidgetFrame";
import { pardonRelease2024, pardonReleaseNewest } from "../testing/pardonsFixture";
import { useStoreContext } from "../testing/storeContext";

function Harness({ release }: { release: ReleaseData }) {
  const ctx = useStoreContext(release);
  return <WidgetFrame def={pardonTimeline} ctx={ctx} />;
}

function ctxFor(release: ReleaseData, patch: Partial<WidgetContext> = {}): WidgetContext {
  return {
    release,
    lang: "en",
    t: translator("en"),
    range: null,
    selection: null,
    categories: [],
    setView: () => {},
    ...patch,
  };
}

const stageMark = (date: string) => document.querySelector<SVGGElement>(`g.stage[data-stage="${date}"]`)!;
const tooltip = () => document.querySelector<HTMLElement>(".tooltip");

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

describe("fixtures", () => {
  it("are valid against the release schema", () => {
    for (const r of [pardonRelease2024(), pardonReleaseNewest()]) {
      expect(() => RELEASE_FILES["pardons.json"].parse({ pardons: r.pardons })).not.toThrow();
      expect(() => RELEASE_FILES["series.json"].parse({ series: r.series })).not.toThrow();
      expect(() => RELEASE_FILES["sources.json"].parse({ sources: r.sources })).not.toThrow();
    }
  });
});

describe("pardon model", () => {
  it("computes the running total from the stage counts and flags reported totals that differ", () => {
    const stages = stageViews(pardonReleaseNewest());
    const byId = new Map(stages.map((s) => [s.stage.id, s]));
    expect(byId.get("2024-11-07")!.computed).toBe(146);
    expect(byId.get("2024-11-07")!.totalConflict).toBe(false);
    expect(byId.get("2024-12-09")!.computed).toBe(207);
    expect(byId.get("2024-12-09")!.reported.map((c) => c.value)).toEqual([178]);
    expect(byId.get("2024-12-09")!.totalConflict).toBe(true);
    // The source's own arithmetic (207) agrees with ours, so it is not repeated.
    expect(byId.get("2024-12-09")!.otherComputed).toEqual([]);
    expect(byId.get("2025-01-18")!.computed).toBe(250);
    expect(byId.get("2025-01-18")!.reported[0]!.value).toBe(232);
  });

  it("draws month-like recognition periods as bars and overlapping ones as brackets", () => {
    const recs = recognitionViews(pardonReleaseNewest());
    const span = (start: string, end: string) => recs.find((r) => r.startIso === start && r.endIso === end)!.span;
    expect(span("2024-07-01", "2024-07-31")).toBe(false);
    expect(span("2024-11-01", "2024-11-30")).toBe(false);
    expect(span("2024-11-02", "2024-11-15")).toBe(true);
    expect(span("2025-01-18", "2025-09-17")).toBe(true);
    expect(span("2025-01-01", "2025-12-23")).toBe(true);
    const bars = recs.filter((r) => !r.span);
    for (const a of bars) for (const b of bars) if (a !== b) expect(+a.end < +b.start || +b.end < +a.start).toBe(true);
    const lanes = recs.filter((r) => r.span);
    for (const a of lanes)
      for (const b of lanes)
        if (a !== b && a.lane === b.lane) expect(+a.end < +b.start || +b.end < +a.start).toBe(true);
  });

  it("filters stages and recognitions to the selected range", () => {
    const view = buildPardonView(pardonRelease2024(), { start: "2024-09-01", end: "2024-11-30" });
    expect(view.stages.map((s) => s.stage.id)).toEqual(["2024-09-04", "2024-09-16", "2024-11-07"]);
    expect(view.total).toEqual({ value: 98, qualifier: "exact" });
    expect(view.recognisedInWindow.map((r) => r.claims[0]!.value)).toEqual([46, 35, 14]);
  });

  it("spreads crowded bars apart without overlap and keeps them inside the plot", () => {
    const out = dodge([10, 11, 12, 200, 201, 395], 10, 5, 395);
    for (let i = 1; i < out.length; i++) expect(out[i]! - out[i - 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(Math.min(...out)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...out)).toBeLessThanOrEqual(395);
  });
});

describe("pardon timeline widget", () => {
  it("says what the newsletter says: 31 on 7 November, 146 in 5 stages (Human Constanta), and the recognitions", () => {
    const summary = pardonTimeline.summary(ctxFor(pardonRelease2024()));
    expect(summary).toBe(
      "31 people were released in the stage of 7 November 2024; 146 in 5 stages since 3 July 2024 (Human Constanta). " +
        "210 people were newly recognised as political prisoners in 5 reported periods from 1 July 2024 to 15 November 2024.",
    );
    render(<Harness release={pardonRelease2024()} />);
    expect(screen.getByRole("heading", { name: "Pardon stages since 3 July 2024" })).toBeTruthy();
    expect(screen.getByRole("group", { name: summary })).toBeTruthy();
  });

  it("shows the 7 November stage with its breakdown, running total and source on focus", async () => {
    const user = userEvent.setup();
    render(<Harness release={pardonRelease2024()} />);
    const marks = document.querySelectorAll("g.stage");
    expect(marks).toHaveLength(5);
    expect([...marks].filter((m) => m.getAttribute("tabindex") === "0")).toHaveLength(1);
    expect(stageMark("2024-11-07").getAttribute("aria-label")).toBe(
      "7 November 2024, Pardon: 31 released; running total 146",
    );
    act(() => stageMark("2024-11-07").focus());
    const tip = tooltip()!;
    expect(tip.textContent).toContain("7 November 2024");
    expect(tip.textContent).toContain("Released: 31");
    expect(tip.querySelector(".breakdown-text")!.textContent).toBe(
      "2 women, 29 men, 17 chronically ill, 3 disabled, 27 parents, 7 of them with several children",
    );
    expect(tip.querySelector(".tip-reported")!.textContent).toContain("146 reported");
    expect(within(tip.querySelector<HTMLElement>(".tip-reported")!).getByRole("link").textContent).toContain(
      "Human Constanta",
    );
    expect(tip.querySelector(".tip-computed")!.textContent).toBe("146 computed (5 stages added up)");
    expect(tip.textContent).toContain("5th of the stages since 3 July 2024 (newsletter)");
    await user.keyboard("{Escape}");
    expect(tooltip()).toBeNull();
  });

  it("shows both stage numbers as each source counts them", () => {
    render(<Harness release={pardonRelease2024()} />);
    fireEvent.mouseEnter(stageMark("2024-09-16"));
    const items = [...tooltip()!.querySelectorAll(".tip-numbers li")].map((li) => li.textContent);
    expect(items[0]).toContain("3rd of the mass pardon orders of 2024 (RFE/RL)");
    expect(items[0]).toContain("RFE/RL");
    expect(items[1]).toContain("4th of the rounds since July 2024 (AFP)");
    fireEvent.mouseLeave(stageMark("2024-09-16"));
    expect(tooltip()).toBeNull();
  });

  it("moves between stages with the arrow keys, Home and End (one tab stop)", async () => {
    const user = userEvent.setup();
    render(<Harness release={pardonRelease2024()} />);
    // Tab past the frame's buttons to the chart: the first stage holds the group's one tab stop.
    for (let i = 0; i < 10 && !document.activeElement?.matches("g.stage"); i++) await user.tab();
    expect(document.activeElement).toBe(stageMark("2024-07-03"));
    expect(tooltip()!.textContent).toContain("3 July 2024");
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(stageMark("2024-08-16"));
    expect(tooltip()!.textContent).toContain("16 August 2024");
    await user.keyboard("{End}");
    expect(document.activeElement).toBe(stageMark("2024-11-07"));
    await user.keyboard("{ArrowRight}");
    expect(document.activeElement).toBe(stageMark("2024-11-07"));
    await user.keyboard("{Home}");
    expect(document.activeElement).toBe(stageMark("2024-07-03"));
    expect(stageMark("2024-07-03").getAttribute("tabindex")).toBe("0");
    expect(stageMark("2024-11-07").getAttribute("tabindex")).toBe("-1");
    await user.keyboard("{ArrowLeft}{Escape}");
    expect(tooltip()).toBeNull();
    // The recognitions are the next tab stop.
    await user.tab();
    expect(document.activeElement!.getAttribute("aria-label")).toBe(
      "1 July 2024 – 31 July 2024: 63 newly recognised as political prisoners",
    );
  });

  it("selects a stage on click or Enter, highlights it and keeps its tooltip open until closed", async () => {
    const user = userEvent.setup();
    render(<Harness release={pardonRelease2024()} />);
    await user.click(stageMark("2024-11-07"));
    expect(useStore.getState().selection).toBe("pardon:2024-11-07");
    expect(stageMark("2024-11-07").classList.contains("selected")).toBe(true);
    expect(stageMark("2024-11-07").getAttribute("aria-pressed")).toBe("true");
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(tooltip()).toBeNull();
    expect(stageMark("2024-11-07").classList.contains("selected")).toBe(true);
    act(() => stageMark("2024-11-07").focus());
    await user.keyboard("{Enter}");
    expect(useStore.getState().selection).toBeNull();
    act(() => useStore.getState().setView({ selection: "pardon:2024-08-16" }));
    expect(stageMark("2024-08-16").classList.contains("selected")).toBe(true);
  });

  it("shows both counts of 11 September 2025 (52 vs 40) with their sources", () => {
    render(<Harness release={pardonReleaseNewest()} />);
    const mark = stageMark("2025-09-11-us");
    expect(mark.querySelectorAll("line.count-alt")).toHaveLength(2);
    expect(mark.getAttribute("aria-label")).toContain("52 / 50 / 40 released");
    fireEvent.mouseEnter(mark);
    const tip = tooltip()!;
    expect(tip.textContent).toContain("Released: 52");
    expect(tip.textContent).toContain("CIVICUS Monitor");
    const disagree = tip.querySelector(".tip-disagree")!.textContent!;
    expect(disagree).toContain("Sources disagree:");
    expect(disagree).toContain("40 (political prisoners only)");
    expect(disagree).toContain("Human Rights Watch");
    expect(disagree).toContain("50");
  });

  it("tells US-brokered releases apart by colour, hatching and legend", () => {
    render(<Harness release={pardonReleaseNewest()} />);
    const us = stageMark("2025-12-13-us").querySelector(".stage-bar")!;
    const pardon = stageMark("2025-05-07").querySelector(".stage-bar")!;
    expect(us.getAttribute("fill")).toMatch(/^url\(#pt.*-us_brokered\)$/);
    expect(pardon.getAttribute("fill")).toBe("var(--c-pardon)");
    const patternId = us.getAttribute("fill")!.slice(5, -1);
    expect(document.getElementById(patternId)!.tagName.toLowerCase()).toBe("pattern");
    expect(stageMark("2025-12-13-us").getAttribute("aria-label")).toContain("US-brokered release: 123 released");
    const legend = screen.getByRole("list", { name: "Legend" });
    expect(legend.textContent).toContain("Pardon");
    expect(legend.textContent).toContain("US-brokered release");
    expect(legend.textContent).toContain("Pardon of foreigners");
    expect(legend.textContent).toContain("Reported total differs from the computed one");
  });

  it("shows the reported 178 next to the computed 207 after 9 December 2024 and marks the conflict", () => {
    render(<Harness release={pardonReleaseNewest()} />);
    const mark = stageMark("2024-12-09");
    expect(mark.querySelector(".total-conflict")).toBeTruthy();
    expect(mark.querySelector(".total-reported.conflict")).toBeTruthy();
    expect(mark.getAttribute("aria-label")).toContain("running total 178 / 207");
    fireEvent.mouseEnter(mark);
    const tip = tooltip()!;
    expect(tip.querySelector(".tip-reported")!.textContent).toContain("178 reported");
    expect(tip.querySelector(".tip-reported")!.textContent).toContain("AP");
    expect(tip.querySelector(".tip-computed")!.textContent).toBe("207 computed (7 stages added up)");
    expect(tip.textContent).toContain("≠ The reported total differs from the sum of the stage counts.");
    expect(tip.textContent).toContain("Reported as bringing the total to 178");
  });

  it("summarises the newest release with the reported total that differs from the sum", () => {
    const summary = pardonTimeline.summary(ctxFor(pardonReleaseNewest()));
    expect(summary).toContain("at least 18 people were released in the stage of 5 March 2026;");
    expect(summary).toContain("at least 575 in 19 stages since 3 July 2024 (computed from the stage counts)");
    expect(summary).toContain(
      "sources reported a running total of 232 (Meduza) after the stage of 18 January 2025, while the stage counts add up to 250",
    );
    // The year-long count of 2025 (509) covers more than the three monthly ones inside it.
    expect(summary).toContain(
      "767 people were newly recognised as political prisoners in 6 reported periods from 1 July 2024 to 23 December 2025.",
    );
  });

  it("draws inexact figures differently: a dashed bar and a ≥ label", () => {
    render(<Harness release={pardonReleaseNewest()} />);
    expect(stageMark("2026-03-05").querySelector("rect.stage-bar.mark-at_least")).toBeTruthy();
    expect(stageMark("2024-11-07").querySelector("rect.stage-bar.mark-exact")).toBeTruthy();
    expect(pardonTimeline.hasQualifiers(ctxFor(pardonReleaseNewest()))).toBe(true);
    expect(pardonTimeline.hasQualifiers(ctxFor(pardonRelease2024()))).toBe(false);
    expect(screen.getByText(/Hollow or dashed marks are not exact/)).toBeTruthy();
  });

  it("follows the store's range: fewer stages, and a summary of the range", () => {
    render(<Harness release={pardonRelease2024()} />);
    act(() => useStore.getState().setView({ range: { start: "2024-09-01", end: "2024-11-30" } }));
    expect(document.querySelectorAll("g.stage")).toHaveLength(3);
    expect(document.querySelector(".summary")!.textContent).toBe(
      "31 people were released in the stage of 7 November 2024; 98 in 3 stages between 1 September 2024 and 30 November 2024 " +
        "(computed from the stage counts); the running total reported after the stage of 7 November 2024 is 146 (Human Constanta). " +
        "95 people were newly recognised as political prisoners in 3 reported periods from 1 September 2024 to 15 November 2024.",
    );
    act(() => useStore.getState().setView({ range: { start: "2023-01-01", end: "2023-02-01" } }));
    expect(document.querySelector(".summary")!.textContent).toBe(
      "No pardon stages in the selected period. No count of newly recognised political prisoners covers this period.",
    );
    // Nothing in the range, nothing cited: no bare "Source:" label under the chart.
    expect(document.querySelector(".widget-foot")!.textContent).toBe("");
  });

  it("labels its value axes with whole numbers of people, clear of the zero line, when the range has no stage", () => {
    render(<Harness release={pardonReleaseNewest()} />);
    // Newly recognised periods but no stage: the empty panels' scales run from 0 to 1.
    act(() => useStore.getState().setView({ range: { start: "2025-12-14", end: "2025-12-31" } }));
    expect(document.querySelectorAll("g.stage")).toHaveLength(0);
    expect(document.querySelectorAll("g.recognition:not(.span)").length).toBeGreaterThan(0);
    expect(document.querySelector(".total-panel .total-empty")!.textContent).toBe(
      "No pardon stages in the selected period.",
    );
    const labels = [...document.querySelectorAll(".value-axis text")].map((t) => t.textContent);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => !/^[\d,]+$/.test(l!))).toEqual([]);
    // The bar panel's labels sit at least 12 px from its zero line, so they never print over each other.
    const zero = Number(document.querySelector("line.baseline")!.getAttribute("y1"));
    const ys = [...document.querySelectorAll(".bar-panel-axes .value-axis text")].map((t) =>
      Number(t.getAttribute("y")),
    );
    expect(ys.length).toBeGreaterThan(0);
    for (const y of ys) expect(Math.abs(y - zero)).toBeGreaterThanOrEqual(12);
  });

  it("shows newly recognised political prisoners as bars and overlapping periods as brackets, with sources", async () => {
    const user = userEvent.setup();
    render(<Harness release={pardonReleaseNewest()} />);
    const bar = document.querySelector<SVGGElement>('g.recognition[data-recognition="2024-11-01_2024-11-30"]')!;
    expect(bar.querySelector("rect.recognition-bar.mark-exact")).toBeTruthy();
    const bracket = document.querySelector<SVGGElement>(
      'g.recognition.span[data-recognition="2024-11-02_2024-11-15"]',
    )!;
    expect(bracket.querySelector("path.span-bracket")).toBeTruthy();
    fireEvent.mouseEnter(bracket);
    expect(tooltip()!.textContent).toContain("2 November 2024 – 15 November 2024");
    expect(tooltip()!.textContent).toContain("Newly recognised as political prisoners: 14");
    expect(tooltip()!.textContent).toContain("Human Constanta");
    fireEvent.mouseLeave(bracket);
    // A reported-total marker belongs to its stage: hovering it opens the stage's tooltip (the pointer enters the
    // stage's mark on its way in; mouseenter itself does not bubble up from the marker).
    await user.hover(stageMark("2024-11-07").querySelector(".total-reported")!);
    expect(tooltip()!.querySelector(".tip-reported")!.textContent).toContain("146 reported");
    await user.click(bar);
    expect(useStore.getState().selection).toBe("obs:newly_recognised:2024-11-30");
    expect(bar.classList.contains("selected")).toBe(true);
  });

  it("has a table with one row per stage, every claim, totals, breakdown, numbers and sources", async () => {
    const user = userEvent.setup();
    render(<Harness release={pardonReleaseNewest()} />);
    await user.click(screen.getByRole("button", { name: "Show as table" }));
    const table = screen.getByRole("table");
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      "Date",
      "Kind",
      "Number of people",
      "Running total",
      "Breakdown",
      "Stage number",
      "Sources",
    ]);
    const row = within(table).getByRole("row", { name: /^7 November 2024/ });
    const cells = within(row)
      .getAllByRole("cell")
      .map((c) => c.textContent);
    expect(cells[1]).toBe("Pardon");
    expect(cells[2]).toBe("31 (Human Constanta)");
    expect(cells[3]).toBe("146 reported (Human Constanta); 146 computed");
    expect(cells[4]).toBe(
      "2 women, 29 men, 17 chronically ill, 3 disabled, 27 parents, 7 of them with several children",
    );
    expect(cells[5]).toBe("5th of the stages since 3 July 2024 (newsletter) — Human Constanta");
    expect(within(row).getByRole("link", { name: /Human Constanta/ })).toBeTruthy();
    const dec = within(within(table).getByRole("row", { name: /^9 December 2024/ })).getAllByRole("cell");
    expect(dec[3]!.textContent).toBe("178 reported (AP); 207 computed; ≠ reported and computed differ");
    const sep = within(within(table).getByRole("row", { name: /^11 September 2025/ })).getAllByRole("cell");
    expect(sep[2]!.textContent).toBe(
      "52 (CIVICUS Monitor, Polskie Radio); 50 (RBC-Ukraine); 40 (political prisoners only) (Human Rights Watch)",
    );
    expect(sep[1]!.textContent).toBe("US-brokered release");
    expect(
      within(table).getAllByRole("row", { name: /Newly recognised as political prisoners/ }).length,
    ).toBeGreaterThan(0);
  });

  it("speaks Belarusian and Russian", () => {
    const be = pardonTimeline.summary(ctxFor(pardonRelease2024(), { lang: "be", t: translator("be") }));
    expect(be).toContain(
      "На этапе 7 лістапада 2024 г. вызвалілі 31 чалавека; усяго 146 за 5 этапаў з 3 ліпеня 2024 г.",
    );
    const ru = pardonTimeline.summary(ctxFor(pardonRelease2024(), { lang: "ru", t: translator("ru") }));
    expect(ru).toContain("На этапе 7 ноября 2024 г. освободили 31 человека; всего 146 за 5 этапов с 3 июля 2024 г.");
    expect(ru).toContain("политзаключёнными впервые признали 210 человек.");
    act(() => useStore.getState().setView({ lang: "ru" }));
    render(<Harness release={pardonRelease2024()} />);
    expect(screen.getByRole("heading", { name: "Этапы помилования с 3 июля 2024 г." })).toBeTruthy();
    fireEvent.mouseEnter(stageMark("2024-11-07"));
    expect(tooltip()!.querySelector(".breakdown-text")!.textContent).toBe(
      "2 женщины, 29 мужчин, 17 человек с хроническими заболеваниями, 3 человека с инвалидностью, 27 родителей, " +
        "из них 7 многодетных",
    );
    expect(tooltip()!.textContent).toContain("5-й — stages since 3 July 2024 (newsletter)");
  });
});
