import { act, fireEvent, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { RangeControl } from "../../src/components/RangeControl";
import type { Lang } from "../../src/i18n/format";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

const field = (name: string) => screen.getByRole("textbox", { name }) as HTMLInputElement;
const status = () => document.querySelector(".range-status")!.textContent;

// What each language's reader sees and types (issue 19: not the browser's mm/dd/yyyy).
const LANGS: {
  lang: Lang;
  from: string;
  to: string;
  reset: string;
  hint: string;
  typed: [string, string];
  shown: [string, string];
  active: string;
  badDate: string;
  noDay: string;
}[] = [
  {
    lang: "en",
    from: "From",
    to: "To",
    reset: "Reset range",
    hint: "Dates as yyyy-mm-dd; the arrow keys change the day.",
    typed: ["2024-1-1", "30 June 2024"],
    shown: ["2024-01-01", "2024-06-30"],
    active: "Showing 1 January 2024 – 30 June 2024.",
    badDate: "“2024-13” in “To” is not a date. Write it as yyyy-mm-dd, for example 2024-03-01.",
    noDay: "“2023-02-29” in “To”: there is no such day.",
  },
  {
    lang: "be",
    from: "З",
    to: "Па",
    reset: "Скінуць перыяд",
    hint: "Даты ў фармаце дд.мм.гггг; стрэлкі ўверх і ўніз мяняюць дзень.",
    typed: ["1.1.2024", "30 чэрвеня 2024"],
    shown: ["01.01.2024", "30.06.2024"],
    active: "Паказана: 1 студзеня 2024 г. – 30 чэрвеня 2024 г.",
    badDate: "«2024-13» у полі «Па» — не дата. Пішыце так: дд.мм.гггг, напрыклад 01.03.2024.",
    noDay: "«29.02.2023» у полі «Па»: такога дня няма.",
  },
  {
    lang: "ru",
    from: "С",
    to: "По",
    reset: "Сбросить период",
    hint: "Даты в формате дд.мм.гггг; стрелки вверх и вниз меняют день.",
    typed: ["1/1/2024", "30 июня 2024 г."],
    shown: ["01.01.2024", "30.06.2024"],
    active: "Показано: 1 января 2024 г. – 30 июня 2024 г.",
    badDate: "«2024-13» в поле «По» — не дата. Пишите так: дд.мм.гггг, например 01.03.2024.",
    noDay: "«29.02.2023» в поле «По»: такого дня нет.",
  },
];

describe("range control", () => {
  for (const l of LANGS) {
    it(`takes dates typed the ${l.lang} way, says them in words and names errors (${l.lang})`, async () => {
      useStore.setState({ lang: l.lang });
      const user = userEvent.setup();
      render(<RangeControl />);
      const from = field(l.from);
      const to = field(l.to);
      // Labelled, described by the pattern, with the pattern as a placeholder; no browser date widget.
      expect(from.type).toBe("text");
      expect(from.placeholder).toBe(l.lang === "en" ? "yyyy-mm-dd" : "дд.мм.гггг");
      const described = from.getAttribute("aria-describedby")!.split(" ");
      expect(document.getElementById(described[0]!)!.textContent).toBe(l.hint);

      await user.click(from);
      await user.keyboard(l.typed[0]);
      expect(useStore.getState().range).toBeNull();
      await user.tab();
      // Left, the day is written back in the field's pattern.
      expect(from.value).toBe(l.shown[0]);
      await user.keyboard(l.typed[1]);
      // The range is set once, when the second date is whole.
      expect(useStore.getState().range).toEqual({ start: "2024-01-01", end: "2024-06-30" });
      expect(to.value).toBe(l.typed[1]);
      expect(status()).toBe(l.active);
      await user.keyboard("{Enter}");
      expect(to.value).toBe(l.shown[1]);

      // The arrow keys step a day, and the range follows.
      await user.keyboard("{ArrowUp}");
      expect(useStore.getState().range).toEqual({ start: "2024-01-01", end: "2024-07-01" });
      expect(to.value).toBe(l.lang === "en" ? "2024-07-01" : "01.07.2024");

      // An unfinished or impossible date is named in words once the field is left; the range stays.
      await user.clear(to);
      await user.keyboard("2024-13");
      await user.tab();
      expect(status()).toBe(l.badDate);
      expect(to.getAttribute("aria-invalid")).toBe("true");
      expect(useStore.getState().range).toEqual({ start: "2024-01-01", end: "2024-07-01" });
      await user.clear(to);
      await user.keyboard(l.lang === "en" ? "2023-02-29" : "29.02.2023");
      await user.keyboard("{Enter}");
      expect(status()).toBe(l.noDay);
      expect(useStore.getState().range).toEqual({ start: "2024-01-01", end: "2024-07-01" });

      await user.click(screen.getByRole("button", { name: l.reset }));
      expect(useStore.getState().range).toBeNull();
      expect(from.value).toBe("");
      expect(to.value).toBe("");
      expect(to.hasAttribute("aria-invalid")).toBe(false);
    });
  }

  it("shows a range set elsewhere in the reader's pattern, and again when the language changes", () => {
    useStore.setState({ lang: "ru" });
    render(<RangeControl />);
    act(() => useStore.getState().setView({ range: { start: "2022-02-01", end: "2022-03-31" } }));
    expect(field("С").value).toBe("01.02.2022");
    expect(field("По").value).toBe("31.03.2022");
    act(() => useStore.setState({ lang: "en" }));
    expect(field("From").value).toBe("2022-02-01");
  });

  it("keeps what the reader typed when the store comes back with the range it set", () => {
    useStore.setState({ lang: "be" });
    render(<RangeControl />);
    fireEvent.input(field("З"), { target: { value: "1.3.2023" } });
    fireEvent.input(field("Па"), { target: { value: "30.9.2023" } });
    expect(useStore.getState().range).toEqual({ start: "2023-03-01", end: "2023-09-30" });
    expect(field("З").value).toBe("1.3.2023");
    expect(field("Па").value).toBe("30.9.2023");
  });
});
