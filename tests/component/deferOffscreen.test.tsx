/** Off-screen dashboard widgets follow a dragged time range once it holds still; on-screen ones at every step. */
import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DeferOffscreen, SETTLE_MS } from "../../src/widgets/DeferOffscreen";
import type { WidgetContext, WidgetDef } from "../../src/widgets/types";
import { trendsContext } from "../testing/trendsFixture";

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observers: Callback[] = [];

beforeEach(() => {
  observers = [];
  vi.useFakeTimers();
  vi.stubGlobal(
    "IntersectionObserver",
    class {
      constructor(cb: Callback) {
        observers.push(cb);
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const def = { id: "prisoners-trend" } as WidgetDef;
let draws = 0;
const drawRange = (_def: WidgetDef, ctx: WidgetContext) => {
  draws++;
  return <p data-testid="drawn">{ctx.range ? `${ctx.range.start} – ${ctx.range.end}` : "all dates"}</p>;
};
const scrolled = (onScreen: boolean) => act(() => observers.forEach((cb) => cb([{ isIntersecting: onScreen }])));

describe("DeferOffscreen", () => {
  it("draws every range at once while the widget is on screen", () => {
    const base = trendsContext();
    const { rerender } = render(<DeferOffscreen def={def} ctx={base} render={drawRange} />);
    scrolled(true);
    rerender(
      <DeferOffscreen
        def={def}
        ctx={{ ...base, range: { start: "2021-01-01", end: "2023-06-30" } }}
        render={drawRange}
      />,
    );
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2023-06-30");
  });

  it("keeps an off-screen widget on its last range during a drag, then draws the range it settled on", () => {
    const base = trendsContext();
    const { rerender } = render(<DeferOffscreen def={def} ctx={base} render={drawRange} />);
    scrolled(false);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    draws = 0;
    for (const end of ["2022-01-01", "2023-01-01", "2024-01-01"]) {
      rerender(<DeferOffscreen def={def} ctx={{ ...base, range: { start: "2021-01-01", end } }} render={drawRange} />);
      act(() => vi.advanceTimersByTime(SETTLE_MS / 5));
    }
    expect(screen.getByTestId("drawn").textContent).toBe("all dates");
    expect(draws).toBe(0);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2024-01-01");
    expect(draws).toBe(1);
  });

  it("catches up at once when the widget scrolls into view", () => {
    const base = trendsContext();
    const { rerender } = render(<DeferOffscreen def={def} ctx={base} render={drawRange} />);
    scrolled(false);
    rerender(
      <DeferOffscreen
        def={def}
        ctx={{ ...base, range: { start: "2021-01-01", end: "2022-01-01" } }}
        render={drawRange}
      />,
    );
    expect(screen.getByTestId("drawn").textContent).toBe("all dates");
    scrolled(true);
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2022-01-01");
  });

  it("passes any other change (here the language) to an off-screen widget at once", () => {
    const base = trendsContext();
    const { rerender } = render(<DeferOffscreen def={def} ctx={base} render={drawRange} />);
    scrolled(false);
    const be = trendsContext({ lang: "be", release: base.release, range: { start: "2021-01-01", end: "2022-01-01" } });
    rerender(
      <DeferOffscreen
        def={def}
        ctx={{ ...be, setView: base.setView, categories: base.categories }}
        render={drawRange}
      />,
    );
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2022-01-01");
  });
});
