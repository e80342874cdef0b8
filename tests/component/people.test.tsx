import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ReleaseData } from "../../src/data/schema";
import { translator } from "../../src/i18n";
import type { Lang } from "../../src/i18n/format";
import { deathsInCustody, incommunicado, namedPeople } from "../../src/people/widgets";
import { SourcesMethods } from "../../src/people/SourcesMethods";
import { DEFAULT_VIEW, useStore, type DateRange } from "../../src/state/store";
import { WidgetFrame } from "../../src/widgets/WidgetFrame";
import type { WidgetContext, WidgetDef } from "../../src/widgets/types";
import { realRelease } from "../testing/peopleFixture";

let early: ReleaseData;
let late: ReleaseData;

beforeAll(async () => {
  early = await realRelease("2024-11-15");
  late = await realRelease("2026-03-05");
});

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

/** Renders a widget with the store's selection, range and language, as the dashboard does. */
function Harness({ def, release }: { def: WidgetDef; release: ReleaseData }) {
  const lang = useStore((s) => s.lang);
  const selection = useStore((s) => s.selection);
  const range = useStore((s) => s.range);
  const setView = useStore((s) => s.setView);
  const ctx: WidgetContext = { release, lang, t: translator(lang), range, selection, categories: [], setView };
  return <WidgetFrame def={def} ctx={ctx} />;
}

function renderWidget(
  def: WidgetDef,
  release: ReleaseData,
  view: { lang?: Lang; range?: DateRange; selection?: string; who?: string } = {},
) {
  useStore.setState({ ...DEFAULT_VIEW, ...view });
  const r = render(<Harness def={def} release={release} />);
  return { ...r, section: r.container.querySelector(`[data-widget="${def.id}"]`) as HTMLElement };
}

describe("deaths in custody", () => {
  it("summarises Viasna's count and the most recent death with both of its dates", () => {
    const { section } = renderWidget(deathsInCustody, early);
    expect(section.querySelector(".summary")!.textContent).toBe(
      "By Viasna's count, 7 political prisoners died in custody between 21 May 2021 and 11 October 2024. " +
        "The most recent death is that of Dzmitry Shletgauer, on 11 October 2024; it became known on 1 November 2024.",
    );
    expect(section.querySelectorAll(".death-entry")).toHaveLength(7);
    expect(section.querySelectorAll(".death-mark")).toHaveLength(7);
    expect(section.querySelectorAll(".death-mark .mark-exact")).toHaveLength(7);
  });

  it("shows the date of death and the later date it became known, each with its sources", () => {
    const { section } = renderWidget(deathsInCustody, early);
    const entry = section.querySelector("#death-dzmitry-shletgauer") as HTMLElement;
    const dd = (label: string) => within(entry).getByText(label, { selector: "dt" }).nextElementSibling!;
    expect(dd("Died").textContent).toContain("11 October 2024");
    expect(within(dd("Died") as HTMLElement).getByRole("link", { name: /Viasna/ })).toBeTruthy();
    expect(dd("Became known").textContent).toContain("1 November 2024 — 21 days after the death");
    const nl = within(dd("Became known") as HTMLElement).getByRole("link", { name: /Human Constanta/ });
    expect(nl.getAttribute("href")).toBe("?panel=sources#source-hc-newsletter-2024-11-15");
    expect(dd("Age").textContent).toMatch(/^22 \(/);
    expect(dd("Place").textContent).toContain("Penal colony No. 15, Mahiliou");
    expect(dd("Sentence").textContent).toContain(
      "12 years for “espionage” and “aiding extremist activity”, August 2024; Arts. 358 and 361-4 of the Criminal Code",
    );
    // Lednik: both ages, never averaged.
    const lednik = section.querySelector("#death-ihar-lednik")!;
    expect(within(lednik as HTMLElement).getByText("Age", { selector: "dt" }).nextElementSibling!.textContent).toMatch(
      /^63 \(.*or 64 \(/,
    );
  });

  it("marks a death known only to the year and the deaths outside Viasna's count", () => {
    const { section } = renderWidget(deathsInCustody, late);
    expect(section.querySelectorAll(".death-mark")).toHaveLength(11);
    const shtermer = section.querySelector('.death-mark[data-person="valiantsin-shtermer"]')!;
    expect(shtermer.querySelector(".mark-about")).toBeTruthy();
    expect(shtermer.querySelector(".death-uncertain")).toBeTruthy();
    expect(section.querySelectorAll(".death-mark.uncounted")).toHaveLength(2);
    expect(section.querySelector("#death-dzmitry-sarokin .death-count")!.textContent).toBe("Not in Viasna's count");
    expect(section.querySelector(".summary")!.textContent).toContain(
      "Other sources report 2 more deaths that Viasna does not count.",
    );
    expect(section.querySelector(".qualifier-legend")).toBeTruthy();
  });

  it("filters by the selected time range, in the chart and in the table", () => {
    const { section } = renderWidget(deathsInCustody, early, { range: { start: "2024-01-01", end: "2024-12-31" } });
    expect(section.querySelectorAll(".death-entry")).toHaveLength(4);
    fireEvent.click(within(section).getByRole("button", { name: "Show as table" }));
    const rows = section.querySelectorAll("tbody tr");
    expect(rows).toHaveLength(4);
    expect(rows[3]!.textContent).toContain("Dzmitry Shletgauer");
    expect(rows[3]!.textContent).toContain("1 November 2024");
  });

  it("steps through marks with the arrow keys, shows and closes the tooltip, and opens the card with Enter", () => {
    const { section } = renderWidget(deathsInCustody, early);
    const marks = section.querySelectorAll<SVGGElement>(".death-mark");
    expect([...marks].map((m) => m.getAttribute("tabindex"))).toEqual(["0", "-1", "-1", "-1", "-1", "-1", "-1"]);
    act(() => marks[0]!.focus());
    expect(document.querySelector(".tooltip")!.textContent).toContain("Vitold Ashurak");
    fireEvent.keyDown(marks[0]!, { key: "ArrowRight" });
    expect(document.activeElement).toBe(marks[1]);
    expect(document.querySelector(".tooltip")!.textContent).toContain("Mikalai Klimovich");
    fireEvent.keyDown(window, { key: "Escape" });
    expect(document.querySelector(".tooltip")).toBeNull();
    fireEvent.keyDown(marks[1]!, { key: "End" });
    expect(document.activeElement).toBe(marks[6]);
    fireEvent.keyDown(marks[6]!, { key: "Enter" });
    expect(useStore.getState().selection).toBe("person:dzmitry-shletgauer");
    const dialog = screen.getByRole("dialog", { name: "Dzmitry Shletgauer" });
    expect(dialog.textContent).toContain("Died in custody — 11 October 2024");
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Close" }));
    fireEvent.keyDown(document, { key: "Escape" });
    expect(useStore.getState().selection).toBeNull();
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(document.activeElement).toBe(marks[6]);
  });

  it("speaks Belarusian and Russian, with the right plural forms", () => {
    const be = renderWidget(deathsInCustody, early, { lang: "be" });
    expect(be.section.querySelector(".summary")!.textContent).toBe(
      "Паводле падліку «Вясны», з 21 мая 2021 г. па 11 кастрычніка 2024 г. у зняволенні памерлі 7 палітвязняў. " +
        "Апошняя па даце смерць у зняволенні — Dzmitry Shletgauer (11 кастрычніка 2024 г.); " +
        "пра гэтую смерць стала вядома 1 лістапада 2024 г.",
    );
    expect(be.section.querySelector("#death-dzmitry-shletgauer")!.textContent).toContain("праз 21 дзень пасля смерці");
    be.unmount();
    const ru = renderWidget(deathsInCustody, early, { lang: "ru" });
    expect(ru.section.querySelector("#death-mikalai-klimovich")!.textContent).toContain("через 2 дня после смерти");
    expect(ru.section.querySelector("#death-dzmitry-shletgauer .death-count")!.textContent).toBe(
      "№ 7 в подсчёте «Весны»",
    );
  });
});

describe("incommunicado", () => {
  it("ends Kalesnikava's span when contact resumed and sets the source's count beside the computed one", () => {
    const { section } = renderWidget(incommunicado, early);
    expect(section.querySelector(".summary")!.textContent).toBe(
      "6 people were held incommunicado, without contact with family or lawyers. As of 15 November 2024, " +
        "5 people are still without contact, contact has been resumed with 1 person and 0 people have been released.",
    );
    const row = section.querySelector('.inc-row[data-person="maryia-kalesnikava"]') as HTMLElement;
    expect(row.querySelector(".inc-range")!.textContent).toBe("February 2023 – 12 November 2024 (contact resumed)");
    expect(row.querySelector(".inc-end-contact")).toBeTruthy();
    expect(row.querySelector(".inc-uncertain")).toBeTruthy();
    expect(row.querySelector(".inc-days")!.textContent).toContain(
      "about 650 days (computed from 1 February 2023 to 12 November 2024; start known only to the month, counted from the 1st)",
    );
    const reported = [...row.querySelectorAll(".inc-reported li")].map((li) => li.textContent);
    expect(reported[1]).toContain("Source: more than 600 days as of 12 November 2024 (Human Constanta");
    expect(reported[1]).toContain("computed to that date: about 650 days");
    expect(reported[1]).not.toContain("differs");
  });

  it("says who is still incommunicado as of the release date, with an open end", () => {
    const { section } = renderWidget(incommunicado, early);
    const row = section.querySelector('.inc-row[data-person="mikalai-statkevich"]')!;
    expect(row.querySelector(".inc-range")!.textContent).toBe(
      "February 2023 – still incommunicado as of 15 November 2024",
    );
    expect(row.querySelector(".inc-open")).toBeTruthy();
  });

  it("shows releases in the newest release, including Kalesnikava's release after contact resumed", () => {
    const { section } = renderWidget(incommunicado, late);
    const row = section.querySelector('.inc-row[data-person="maryia-kalesnikava"]')!;
    expect(row.querySelector(".inc-range")!.textContent).toBe("15 February 2023 – 12 November 2024 (contact resumed)");
    expect(row.textContent).toContain("Released later: 13 December 2025 (Kyiv Independent");
    expect(row.textContent).toContain("another source gives the start as February 2023: about 650 days");
    const losik = section.querySelector('.inc-row[data-person="ihar-losik"]')!;
    expect(losik.querySelector(".inc-range")!.textContent).toBe("20 February 2023 – 11 September 2025 (released)");
    expect(losik.querySelector(".days-computed")!.textContent).toBe("934 days");
    expect(losik.querySelector(".inc-end-released")).toBeTruthy();
  });

  it("moves between rows with the arrow keys and opens the card", () => {
    const { section } = renderWidget(incommunicado, early);
    const bars = section.querySelectorAll<HTMLElement>(".inc-bar");
    act(() => bars[0]!.focus());
    fireEvent.keyDown(bars[0]!, { key: "ArrowDown" });
    expect(document.activeElement).toBe(bars[1]);
    expect(bars[1]!.getAttribute("aria-label")).toContain("Maksim Znak: February 2023 – still incommunicado");
    fireEvent.keyDown(bars[1]!, { key: " " });
    expect(screen.getByRole("dialog", { name: "Maksim Znak" }).textContent).toContain("Held incommunicado");
  });

  it("has a data table with computed and reported day counts and their sources", () => {
    const { section } = renderWidget(incommunicado, early);
    fireEvent.click(within(section).getByRole("button", { name: "Show as table" }));
    const row = [...section.querySelectorAll("tbody tr")].find((r) => r.textContent!.includes("Kalesnikava"))!;
    expect(row.textContent).toContain("about 650 days");
    expect(row.textContent).toContain("more than 600 days as of 12 November 2024");
    expect(within(row as HTMLElement).getAllByRole("link").length).toBeGreaterThan(1);
  });
});

describe("a span whose start no source gives (release 2026-12-06)", () => {
  it("begins at the first report and counts at least the days since, in every view of it", async () => {
    const newest = await realRelease("2026-12-06");
    const { section } = renderWidget(incommunicado, newest);
    const row = section.querySelector('.inc-row[data-person="eduard-babaryka"]')!;
    expect(row.textContent).toContain("start unknown (held incommunicado by 13 November 2024) – still incommunicado");
    expect(row.textContent).toContain("First report");
    expect(row.querySelector(".inc-days")!.textContent).toMatch(
      /^at least [\d,]+ days \(computed from 13 November 2024/,
    );
    expect(row.querySelector(".inc-start-unknown")).not.toBeNull();
    // Kalesnikava: one rule for the end of every span, the release.
    const k = section.querySelector('.inc-row[data-person="maryia-kalesnikava"]')!;
    expect(k.textContent).toContain("15 February 2023 – 13 December 2025 (released)");
  });
});

describe("people behind the numbers", () => {
  it("shows Nasta Loika's 780 days from the newsletter beside the 801 computed from NHC's date", () => {
    const { section } = renderWidget(namedPeople, early, { selection: "person:nasta-loika" });
    const card = section.querySelector('.person-card[data-person="nasta-loika"]')!;
    expect(card.getAttribute("aria-current")).toBe("true");
    const days = card.querySelector(".days-compare")!.textContent!;
    expect(days).toContain("780 days as of 15 November 2024 (Human Constanta");
    expect(days).toContain(
      "801 days, computed from 6 September 2022 to 15 November 2024 — differs from the computed count",
    );
    expect(card.textContent).toContain("7 years, 20 June 2023");
    expect(section.querySelectorAll(".person-card")).toHaveLength(early.people.length);
    // A list has no chart marks: it tells the benchmark it is drawn (bench/README.md).
    expect(section.querySelector('.people-widget[data-ready="true"]')).not.toBeNull();
  });

  it("gives every person the sources that published the name", () => {
    const { section } = renderWidget(namedPeople, late);
    for (const card of section.querySelectorAll(".person-card")) {
      const dt = [...card.querySelectorAll("dt")].find((d) => d.textContent === "Name published by")!;
      expect(dt.nextElementSibling!.querySelectorAll("a").length, card.getAttribute("data-person")!).toBeGreaterThan(0);
    }
    const losik = section.querySelector('.person-card[data-person="ihar-losik"]')!;
    expect(losik.textContent).toContain("1,904 days as of 11 September 2025");
    expect(losik.textContent).toContain("1,904 days, computed from 25 June 2020 to 11 September 2025");
    expect(losik.textContent).not.toContain("differs");
  });
});

describe("people search", () => {
  const names = (section: HTMLElement) =>
    [...section.querySelectorAll(".person-card")].map((c) => c.getAttribute("data-person"));

  it("finds a person by their name in any language, whatever the page's language", () => {
    const { section } = renderWidget(namedPeople, late, { lang: "be" });
    const search = within(section).getByRole("searchbox", { name: "Знайсці чалавека" });
    for (const q of ["Колесникова", "Калеснікава", "kalesnikava", "Maryia", "марыя калес", "КАЛЕСНИКАВА"]) {
      fireEvent.input(search, { target: { value: q } });
      expect(names(section), q).toEqual(["maryia-kalesnikava"]);
      expect(within(section).getByText(`1 чалавек адпавядае «${q}»`)).toBeTruthy();
    }
    fireEvent.input(search, { target: { value: "Бабарыка" } });
    expect(names(section)).toEqual(["eduard-babaryka", "viktar-babaryka"]);
    expect(within(section).getByText("2 чалавекі адпавядаюць «Бабарыка»")).toBeTruthy();
    expect(useStore.getState().who).toBe("Бабарыка");
    fireEvent.input(search, { target: { value: "Атлантыда" } });
    expect(names(section)).toEqual([]);
    expect(within(section).getByText("Ніхто з названых людзей не адпавядае «Атлантыда».")).toBeTruthy();
    fireEvent.click(within(section).getByRole("button", { name: "Ачысціць пошук" }));
    expect(names(section)).toHaveLength(late.people.length);
    expect(useStore.getState().who).toBe("");
  });

  it("opens with the search the view holds (from a shared link)", () => {
    const { section } = renderWidget(namedPeople, late, { who: "Тихановский" });
    expect(names(section)).toEqual(["siarhei-tsikhanouski"]);
    expect(within(section).getByText("1 person matches “Тихановский”")).toBeTruthy();
  });
});

describe("sources & methods page", () => {
  it("lists every source with an anchor, the newsletter without a link, and explains the qualifiers", () => {
    const { container } = render(<SourcesMethods release={early} lang="en" />);
    const nl = container.querySelector("#source-hc-newsletter-2024-11-15")!;
    expect(nl.textContent).toContain("Human rights in Belarus in numbers and facts, 2–15 November 2024");
    expect(nl.textContent).toContain("15 November 2024 · no public link");
    expect(container.querySelectorAll(".source-list li")).toHaveLength(early.sources.length);
    const quals = container.querySelector("#methods-qualifiers")!;
    expect(quals.querySelector('[data-qualifier="at_least"]')!.textContent).toContain("at least 80A lower bound");
    expect(quals.querySelectorAll(".mark-more_than")).toHaveLength(1);
    expect(container.querySelector("#methods-undercount")!.textContent).toContain("for fear of reprisals");
    for (const f of [
      "Political prisoners",
      "Pardons",
      "Detentions",
      "“High treason” convictions",
      "Deaths in custody",
      "Incommunicado detention",
    ]) {
      expect(within(container.querySelector("#methods-counting") as HTMLElement).getByText(f)).toBeTruthy();
    }
  });

  it("searches sources by title or publisher", () => {
    const { container } = render(<SourcesMethods release={early} lang="en" />);
    fireEvent.input(screen.getByLabelText("Search sources"), { target: { value: "human constanta" } });
    expect(container.querySelector(".source-count")!.textContent).toMatch(/^Showing 1 of /);
    expect([...container.querySelectorAll(".source-group h4")].map((h) => h.textContent)).toEqual([
      "Human Constanta (1)",
    ]);
  });
});
