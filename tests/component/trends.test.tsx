import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { prisonersTrend, treasonTrend } from "../../src/charts/trends/widget";
import { buildAnnotations, layoutLabels } from "../../src/charts/trends/annotations";
import { linePoints, segments, toPoints } from "../../src/charts/trends/trendModel";
import { RangeControl } from "../../src/components/RangeControl";
import { translator } from "../../src/i18n";
import { formatDate, formatMeasure } from "../../src/i18n/format";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { LiveRangeContext } from "../../src/widgets/liveRange";
import { WidgetFrame } from "../../src/widgets/WidgetFrame";
import type { WidgetDef } from "../../src/widgets/types";
import { denseTrendsRelease, trendsContext, trendsRelease } from "../testing/trendsFixture";
import { realRelease } from "../testing/peopleFixture";

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

/** The chart's tooltip (a role="status" box inside the chart). */
function tooltipOf(section: HTMLElement): HTMLElement {
  const tip = section.querySelector<HTMLElement>(".trend-chart .tooltip");
  if (!tip) throw new Error("no tooltip is open");
  expect(tip.getAttribute("role")).toBe("status");
  return tip;
}

function renderWidget(def: WidgetDef, opts: Parameters<typeof trendsContext>[0] = {}) {
  const ctx = trendsContext(opts);
  const view = render(<WidgetFrame def={def} ctx={ctx} />);
  return { ...view, section: view.container.querySelector(`[data-widget="${def.id}"]`) as HTMLElement };
}

describe("prisoners trend", () => {
  it("summarises the latest figure with its source, the earlier peak, women and the cumulative count", () => {
    const { section } = renderWidget(prisonersTrend);
    expect(within(section).getByRole("heading", { name: "Political prisoners over time" })).toBeTruthy();
    expect(section.querySelector(".summary")!.textContent).toBe(
      "1,275 political prisoners were in custody on 15 November 2024 (Human Constanta), down from a peak of 1,501 (2023). " +
        "168 women were among the political prisoners in custody on 31 October 2024. " +
        "3,531 people had been recognised as political prisoners since 2020 by 30 September 2024.",
    );
  });

  it("draws every observation with a qualifier-shaped mark, conflicts, year-only periods and dashed gaps", () => {
    const { section } = renderWidget(prisonersTrend);
    const custody = section.querySelector('[data-panel="custody"] [data-series="prisoners_in_custody"]')!;
    expect(custody.querySelectorAll(".trend-point")).toHaveLength(11);
    expect(custody.querySelectorAll(".mark-exact").length).toBe(8);
    expect(custody.querySelectorAll(".mark-at_least")).toHaveLength(1);
    expect(custody.querySelectorAll(".mark-about")).toHaveLength(1);
    expect(custody.querySelectorAll(".mark-fewer_than")).toHaveLength(1);
    // 1,477 and 1,452 on 31 Dec 2023 (and 1,501 "in 2023", placed at the year's end) are all drawn.
    expect(custody.querySelectorAll('[data-date="2023-12-31"]')).toHaveLength(2);
    expect(custody.querySelectorAll('[data-date="2023"]')).toHaveLength(1);
    expect(custody.querySelectorAll(".conflict-bar")).toHaveLength(1);
    expect(custody.querySelectorAll(".period-bar")).toHaveLength(1);
    expect(custody.querySelectorAll(".segment-gap").length).toBeGreaterThan(0);
    // Each mark is one element, and a stretch of line drawn alike is one path, not a path per segment.
    expect(custody.querySelectorAll(".trend-point *")).toHaveLength(0);
    const paths = [...custody.querySelectorAll("path.segment")];
    expect(paths.map((p) => p.classList.contains("segment-gap"))).toEqual([false, true, false, true, false]);
    expect(paths.reduce((n, p) => n + p.getAttribute("d")!.split("M").length - 1, 0)).toBe(6);
    // The cumulative count has its own panel and scale.
    expect(section.querySelector('[data-panel="recognised"] [data-series="recognised_cumulative"]')).toBeTruthy();
    expect(section.textContent).toContain("People since 2020, cumulative (own scale)");
    // Direct labels and a legend with the qualifier shapes present.
    const direct = [...section.querySelectorAll(".direct-label")].map((l) => l.textContent);
    expect(direct).toEqual(["In custody", "Women in custody"]);
    const legend = section.querySelector(".trend-legend")!;
    for (const text of ["Women in custody", "at least", "about", "fewer than", "vertical bar: sources give"]) {
      expect(legend.textContent).toContain(text);
    }
    expect(section.querySelector(".qualifier-legend")).toBeTruthy();
  });

  it("labels the large releases of the real release in every language (they lost their room to election labels)", async () => {
    const release = await realRelease("2026-12-06");
    for (const [lang, labels] of [
      ["en", ["52 released", "123 released"]],
      ["be", ["вызвалена 52 чал.", "вызвалена 123 чал."]],
      ["ru", ["освобождено 52 чел.", "освобождено 123 чел."]],
    ] as const) {
      const { section, unmount } = renderWidget(prisonersTrend, { lang, release });
      const drawn = [...section.querySelectorAll(".annotation-label")].map((l) => l.textContent);
      expect(drawn).toEqual(expect.arrayContaining([...labels]));
      unmount();
    }
  });

  it("labels elections and large releases and ticks pardon stages", () => {
    const { section } = renderWidget(prisonersTrend);
    const labels = [...section.querySelectorAll(".annotation-label")].map((l) => l.textContent);
    expect(labels).toEqual(
      expect.arrayContaining(["Presidential election", "Constitutional referendum", "123 released"]),
    );
    expect(section.querySelectorAll(".annotation-pardon")).toHaveLength(2);
    expect(section.querySelector('[data-annotation="pardon:us-2025-12-13"] title')!.textContent).toContain(
      "US-brokered release of 123 prisoners",
    );
  });

  it("is one tab stop: arrows step through dates with a tooltip that names the source; Esc closes", async () => {
    const user = userEvent.setup();
    const { section } = renderWidget(prisonersTrend);
    const plot = within(section).getByRole("slider");
    expect(plot.getAttribute("aria-label")).toContain("Political prisoners over time, chart");
    // Tab past the frame's buttons to the plot: one stop, nothing inside it is tabbable.
    for (let i = 0; i < 6 && document.activeElement !== plot; i++) await user.tab();
    expect(document.activeElement).toBe(plot);
    expect(plot.querySelectorAll("[tabindex], a, button")).toHaveLength(0);
    let tip = tooltipOf(section);
    expect(tip.textContent).toContain("15 November 2024");
    expect(tip.textContent).toContain("1,275");
    expect(within(tip).getByRole("link", { name: /Human Constanta/ })).toBeTruthy();
    expect(section.querySelector("[aria-live=polite].visually-hidden")!.textContent).toBe(
      "15 November 2024: In custody: 1,275 (Human Constanta)",
    );
    await user.keyboard("{ArrowLeft}");
    tip = tooltipOf(section);
    expect(tip.textContent).toContain("31 October 2024");
    expect(tip.textContent).toContain("1,299");
    expect(tip.textContent).toContain("Women in custody: 168");
    await user.keyboard("{Home}");
    expect(tooltipOf(section).textContent).toContain("December 2020");
    expect(tooltipOf(section).textContent).toContain("Since the previous figure:");
    await user.keyboard("{Escape}");
    expect(section.querySelector(".trend-chart .tooltip")).toBeNull();
  });

  it("shows both disagreeing figures of one date with their sources", async () => {
    const user = userEvent.setup();
    const { section } = renderWidget(prisonersTrend);
    within(section).getByRole("slider").focus();
    // From 15 Nov 2024 back: 31 Oct 2024 (and "October 2024" at the month's end), 30 Sep 2024, 31 Dec 2023.
    await user.keyboard("{ArrowLeft}{ArrowLeft}{ArrowLeft}");
    const tip = tooltipOf(section);
    expect(tip.textContent).toContain("1,477");
    expect(tip.textContent).toContain("1,452");
    expect(tip.textContent).toContain("annual review");
    expect(tip.textContent).toContain("Sources disagree on this date.");
    // The year-only figure sits at the end of 2023 and keeps its own date.
    expect(tip.textContent).toContain("2023 · In custody: 1,501");
    expect(
      within(tip)
        .getAllByRole("link", { name: /Viasna/ })
        .map((a) => a.getAttribute("href")),
    ).toEqual(expect.arrayContaining(["https://spring96.org/en/news/113805", "https://spring96.org/en/news/113977"]));
  });

  it("opens a tooltip on hover and on tap, and a drag selects a range", () => {
    const setView = vi.fn();
    const { section } = renderWidget(prisonersTrend, { setView });
    const plot = within(section).getByRole("slider");
    fireEvent.pointerMove(plot, { clientX: 630, clientY: 100, pointerId: 1, pointerType: "mouse" });
    expect(tooltipOf(section).textContent).toContain("Source: ");
    fireEvent.pointerLeave(plot);
    expect(section.querySelector(".trend-chart .tooltip")).toBeNull();
    fireEvent.pointerDown(plot, { clientX: 100, pointerId: 2, button: 0, pointerType: "touch" });
    fireEvent.pointerUp(plot, { clientX: 101, pointerId: 2, button: 0, pointerType: "touch" });
    expect(tooltipOf(section).querySelector("a")).toBeTruthy();
    fireEvent.pointerDown(plot, { clientX: 300, pointerId: 3, button: 0, pointerType: "mouse" });
    fireEvent.pointerMove(plot, { clientX: 450, pointerId: 3, pointerType: "mouse" });
    expect(section.querySelector(".brush-band")).toBeTruthy();
    fireEvent.pointerUp(plot, { clientX: 450, pointerId: 3, button: 0, pointerType: "mouse" });
    expect(setView).toHaveBeenCalledTimes(1);
    const { range } = setView.mock.calls[0]![0] as { range: { start: string; end: string } };
    expect(range.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(range.start < range.end).toBe(true);
  });

  it("respects the range: summary, highlight, dimmed points and table rows", async () => {
    const user = userEvent.setup();
    const range = { start: "2023-01-01", end: "2023-12-31" };
    const { section } = renderWidget(prisonersTrend, { range });
    expect(section.querySelector(".summary")!.textContent).toContain(
      "Sources disagree on the figure for 31 December 2023: 1,477 (Viasna); 1,452 (Viasna).",
    );
    expect(section.querySelector(".range-band")).toBeTruthy();
    expect(section.querySelector('[data-date="2020-12"]')!.getAttribute("opacity")).toBe("0.35");
    expect(screen.getByRole("checkbox", { name: "Zoom to the selected range" })).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "Show as table" }));
    const rows = within(section).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining("28 April 2023In custodyabout 1,500"),
      expect.stringContaining("31 October 2023Women in custody163"),
      expect.stringContaining("31 October 2023Recognised since 2020about 2,800"),
      expect.stringContaining("2023In custody1,501month not stated"),
      expect.stringContaining("31 December 2023In custody1,477"),
      expect.stringContaining("31 December 2023In custody1,452annual review"),
    ]);
    expect(
      within(rows[5]!)
        .getByRole("link", { name: /Viasna/ })
        .getAttribute("href"),
    ).toBe("https://spring96.org/en/news/113977");
  });

  it("moves its band with a range being dragged, and dims points for the range it is drawn for", async () => {
    const user = userEvent.setup();
    const drawnFor = { start: "2023-01-01", end: "2023-12-31" };
    const ctx = trendsContext({ range: drawnFor });
    const at = (live: { start: string; end: string }) => (
      <LiveRangeContext.Provider value={live}>
        <WidgetFrame def={prisonersTrend} ctx={ctx} />
      </LiveRangeContext.Provider>
    );
    const { container, rerender } = render(at(drawnFor));
    const band = () => container.querySelector(".range-band")!;
    const [x, width] = [Number(band().getAttribute("x")), Number(band().getAttribute("width"))];
    rerender(at({ start: "2023-01-01", end: "2024-10-31" }));
    expect(Number(band().getAttribute("x"))).toBe(x);
    expect(Number(band().getAttribute("width"))).toBeGreaterThan(width);
    // The marks, sentence and table stay on the range drawn, until the dashboard draws the new one.
    expect(container.querySelector('[data-date="2024-10-31"]')!.getAttribute("opacity")).toBe("0.35");
    expect(container.querySelector(".summary")!.textContent).toContain("31 December 2023");
    // Zoomed, the chart has no band to move.
    await user.click(screen.getByRole("checkbox", { name: "Zoom to the selected range" }));
    expect(container.querySelector(".range-band")).toBeNull();
  });

  it("zooms to the selected range on request", async () => {
    const user = userEvent.setup();
    const { section } = renderWidget(prisonersTrend, { range: { start: "2024-09-01", end: "2024-11-30" } });
    const ticks = () => [...section.querySelectorAll(".x-axis text")].map((t) => t.textContent);
    expect(ticks()).toContain("2022");
    await user.click(within(section).getByRole("checkbox", { name: "Zoom to the selected range" }));
    expect(ticks()).not.toContain("2022");
    expect(ticks()).toContain("Oct 2024");
    expect(section.querySelector(".range-band")).toBeNull();
  });

  it("gives embeds a headline from the newest figure, whatever the range", () => {
    const ctx = trendsContext({ range: { start: "2021-01-01", end: "2021-12-31" } });
    expect(prisonersTrend.headline!(ctx)).toBe("1,275 political prisoners in custody as of 15 November 2024");
    expect(treasonTrend.headline!(ctx)).toBe("At least 88 people convicted of “high treason” as of 6 November 2024");
  });

  it("says so when the range holds no figures", () => {
    const { section } = renderWidget(prisonersTrend, { range: { start: "2021-06-01", end: "2021-07-01" } });
    expect(section.querySelector(".summary")!.textContent).toBe(
      "No figures were published for 1 June 2021 – 1 July 2021.",
    );
  });

  it("speaks Belarusian and Russian", () => {
    const be = renderWidget(prisonersTrend, { lang: "be" });
    expect(be.section.querySelector(".summary")!.textContent).toBe(
      "На 15 лістапада 2024 г. пад вартай было 1 275 палітвязняў (Human Constanta) — менш, чым у пік 2023, калі іх было 1 501. " +
        "На 31 кастрычніка 2024 г. сярод палітвязняў пад вартай было 168 жанчын. " +
        "Па стане на 30 верасня 2024 г. з 2020 г. палітвязнямі прызналі 3 531 чалавека.",
    );
    // Event titles exist only in English: the chart labels them by kind in Belarusian, hover says "(па-англійску)".
    // An election's kind is a campaign, which also covers a referendum (not "галасаванне", a single vote).
    const labels = [...be.section.querySelectorAll(".annotation-label")].map((l) => l.textContent);
    expect(labels).toContain("выбарчая кампанія");
    expect(labels).not.toContain("галасаванне");
    expect(labels.join(" ")).not.toMatch(/election|referendum/i);
    const election = be.section.querySelector('[data-annotation^="event:"].annotation-election title')!;
    expect(election.textContent).toMatch(/election.*\(па-англійску\)$/i);
    be.unmount();
    const ru = renderWidget(treasonTrend, { lang: "ru" });
    expect(ru.section.querySelector(".summary")!.textContent).toBe(
      "С 9 августа 2020 г. по 6 ноября 2024 г. за «измену государству» осудили не менее 88 человек (Human Constanta).",
    );
  });
});

describe("treason trend", () => {
  it("keeps the qualifier in the summary and on the mark", () => {
    const { section } = renderWidget(treasonTrend);
    expect(section.querySelector(".summary")!.textContent).toBe(
      "At least 88 people were convicted of “high treason” between 9 August 2020 and 6 November 2024 (Human Constanta).",
    );
    expect(section.querySelectorAll('[data-series="treason_convictions_cumulative"] .mark-at_least')).toHaveLength(1);
    expect(section.querySelectorAll('[data-series="treason_convictions_cumulative"] .mark-about')).toHaveLength(1);
  });
});

describe("prisoners trend at 100,000 daily observations", () => {
  const release = denseTrendsRelease(100_000);
  const byDate = new Map(release.series[0]!.observations.map((o) => [o.date, o]));

  it("draws a thinned line with bounded marks and says so, with the number of observations", () => {
    const { section } = renderWidget(prisonersTrend, { release });
    const custody = section.querySelector('[data-panel="custody"] [data-series="prisoners_in_custody"]')!;
    // jsdom lays the chart out 640 px wide: a plot of 562 px.
    const vertices = [...custody.querySelectorAll("path.segment")].reduce(
      (n, p) => n + (p.getAttribute("d")!.match(/[ML]/g) ?? []).length,
      0,
    );
    expect(vertices).toBeGreaterThan(100);
    expect(vertices).toBeLessThanOrEqual(2 * 562 + 4);
    const marks = custody.querySelectorAll(".trend-point");
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.length).toBeLessThanOrEqual(4 * Math.ceil(562 / 8));
    expect(custody.querySelectorAll(".mark-exact")).toHaveLength(0);
    expect(custody.querySelectorAll("*").length).toBeLessThan(3000);
    expect(section.querySelector(".trend-thinned")!.textContent).toContain(
      "In custody: line thinned for display, drawn from 100,000 observations in view",
    );
    // The sparse series of the same chart are drawn as always: a mark per observation.
    expect(section.querySelectorAll('[data-series="prisoners_in_custody_women"] .trend-point')).toHaveLength(2);
    expect(section.querySelector(".summary")!.textContent).toMatch(/were in custody on 31 December 2025/);
  });

  it("reports exact observations by keyboard and by hover", async () => {
    const user = userEvent.setup();
    const { section } = renderWidget(prisonersTrend, { release });
    const plot = within(section).getByRole("slider");
    expect(plot.getAttribute("aria-valuemax")).toBe(String(100_000 - 1));
    plot.focus();
    await user.keyboard("{ArrowLeft}{ArrowLeft}");
    let tip = tooltipOf(section);
    const o = byDate.get("2025-12-29")!;
    expect(tip.textContent).toContain("29 December 2025");
    expect(tip.querySelector(".tt-value")!.textContent).toBe(formatMeasure(o, "en"));
    expect(section.querySelector("[aria-live=polite].visually-hidden")!.textContent).toBe(
      `29 December 2025: In custody: ${formatMeasure(o, "en")} (${o.sources[0] === "hc" ? "Human Constanta" : "Viasna"})`,
    );
    // The active date's mark is drawn even where thinning left it out.
    expect(section.querySelectorAll('[data-series="prisoners_in_custody"] .active-point')).toHaveLength(1);
    await user.keyboard("{Escape}");
    fireEvent.pointerMove(plot, { clientX: 333, clientY: 100, pointerId: 1, pointerType: "mouse" });
    tip = tooltipOf(section);
    const date = section
      .querySelector('[data-series="prisoners_in_custody"] .active-point')!
      .getAttribute("data-date")!;
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(tip.textContent).toContain(formatDate(date, "en"));
    expect(tip.querySelector(".tt-value")!.textContent).toBe(formatMeasure(byDate.get(date)!, "en"));
  });

  it("dims the line outside a range and lists only the newest 500 rows in the table", async () => {
    const user = userEvent.setup();
    const { section } = renderWidget(prisonersTrend, { release, range: { start: "2000-01-01", end: "2009-12-31" } });
    const paths = [...section.querySelectorAll('[data-series="prisoners_in_custody"] path.segment')];
    expect(paths.map((p) => p.getAttribute("opacity"))).toEqual(["0.35", "1", "0.35"]);
    await user.click(within(section).getByRole("button", { name: "Show as table" }));
    expect(within(section).getAllByRole("row")).toHaveLength(1 + 500);
    // 3,653 days of 2000–2009 are in the range.
    expect(section.querySelector(".table-note")!.textContent).toBe(
      "3,653 rows in all; the newest 500 are shown here. Every row is in the CSV download (Share → Download on the dashboard).",
    );
    const last = within(section).getAllByRole("row").at(-1)!;
    expect(last.textContent).toContain("31 December 2009");
  });

  it("prints the same 500 rows beside the chart, with the same note, not thousands of pages", () => {
    const { section } = renderWidget(prisonersTrend, { release, range: { start: "2000-01-01", end: "2009-12-31" } });
    expect(section.querySelector(".print-table")).toBeNull();
    act(() => {
      window.dispatchEvent(new Event("beforeprint"));
    });
    const printed = section.querySelector(".print-only")!;
    expect(printed.querySelectorAll(".print-table tbody tr")).toHaveLength(500);
    expect(printed.querySelector(".table-note")!.textContent).toBe(
      "3,653 rows in all; the newest 500 are shown here. Every row is in the CSV download (Share → Download on the dashboard).",
    );
    act(() => {
      window.dispatchEvent(new Event("afterprint"));
    });
    expect(section.querySelector(".print-table")).toBeNull();
  });
});

describe("trend model", () => {
  it("places partial dates at the end of their period and never joins a year-only figure", () => {
    const points = toPoints("prisoners_in_custody", trendsRelease().series[0]!.observations);
    expect(new Date(points[0]!.t).toISOString().slice(0, 10)).toBe("2020-12-31");
    const line = linePoints(points);
    expect(line.some((p) => p.date === "2023")).toBe(false);
    expect(line.filter((p) => p.t === Date.UTC(2023, 11, 31))).toHaveLength(1);
    const gaps = segments(line)
      .filter((s) => s.gap)
      .map((s) => `${s.from.date}>${s.to.date}`);
    expect(gaps).toEqual(["2021-04-30>2022-12-31", "2023-04-28>2023-12-31", "2023-12-31>2024-10-31"]);
  });

  it("merges a release event into the large release next to it and lays labels out without overlap", () => {
    const all = buildAnnotations(trendsRelease(), "en", translator("en"));
    expect(all.filter((a) => a.t === Date.UTC(2025, 11, 13))).toHaveLength(1);
    const placed = layoutLabels(
      [
        { id: "a", x: 100, label: "Presidential election", major: true },
        { id: "b", x: 105, label: "Long event label", major: false },
        { id: "c", x: 110, label: "Another one", major: false },
      ],
      [0, 600],
      2,
    );
    expect(placed.map((p) => [p.id, p.level])).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });
});

describe("range control", () => {
  it("updates the page range live from typed dates, shows it, and resets", () => {
    render(<RangeControl />);
    const from = screen.getByLabelText("From") as HTMLInputElement;
    const to = screen.getByLabelText("To") as HTMLInputElement;
    expect(screen.getByText(/Showing all dates/)).toBeTruthy();
    fireEvent.input(from, { target: { value: "2024-01-01" } });
    expect(useStore.getState().range).toBeNull();
    fireEvent.input(to, { target: { value: "2024-06-30" } });
    expect(useStore.getState().range).toEqual({ start: "2024-01-01", end: "2024-06-30" });
    expect(screen.getByText("Showing 1 January 2024 – 30 June 2024.")).toBeTruthy();
    fireEvent.input(from, { target: { value: "2024-07-01" } });
    expect(screen.getByText("“From” must be on or before “To”.")).toBeTruthy();
    expect(useStore.getState().range).toEqual({ start: "2024-01-01", end: "2024-06-30" });
    fireEvent.click(screen.getByRole("button", { name: "Reset range" }));
    expect(useStore.getState().range).toBeNull();
    expect(from.value).toBe("");
  });

  it("after 'Reset range' the focus is on the first date field, not lost with the disabled button", () => {
    render(<RangeControl />);
    act(() => useStore.getState().setView({ range: { start: "2022-02-01", end: "2022-03-31" } }));
    const reset = screen.getByRole("button", { name: "Reset range" });
    reset.focus();
    fireEvent.click(reset);
    expect((reset as HTMLButtonElement).disabled).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText("From"));
  });

  it("shows a range set elsewhere (a drag, the back button)", () => {
    render(<RangeControl />);
    act(() => useStore.getState().setView({ range: { start: "2022-02-01", end: "2022-03-31" } }));
    expect((screen.getByLabelText("From") as HTMLInputElement).value).toBe("2022-02-01");
    expect((screen.getByLabelText("To") as HTMLInputElement).value).toBe("2022-03-31");
  });
});
