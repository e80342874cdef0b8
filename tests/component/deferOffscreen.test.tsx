/**
 * Off-screen dashboard widgets follow a dragged time range once it holds still; on-screen ones draw the first
 * change of a drag at once, mark the moving range live, and draw where it stopped.
 */
import { act, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { DeferOffscreen, SETTLE_MS } from "../../src/widgets/DeferOffscreen";
import { useLiveRange } from "../../src/widgets/liveRange";
import type { WidgetContext, WidgetDef } from "../../src/widgets/types";
import { trendsContext } from "../testing/trendsFixture";

type Callback = (entries: { isIntersecting: boolean }[]) => void;
let observers: Callback[] = [];

beforeEach(() => {
  observers = [];
  useStore.setState({ ...DEFAULT_VIEW, rangeMoving: false });
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
  // The store's "range still moving" timer must not outlive the test (it would make the next test's first
  // change look like part of a drag).
  act(() => vi.runOnlyPendingTimers());
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

  it("on screen, draws the first change of a drag at once, marks the moving range, and draws where it stopped", () => {
    const base = trendsContext();
    const text = (r: WidgetContext["range"]) => (r ? `${r.start} – ${r.end}` : "all dates");
    function Live({ ctx }: { ctx: WidgetContext }) {
      return <p data-testid="live">{text(useLiveRange(ctx.range))}</p>;
    }
    const draw = (_def: WidgetDef, ctx: WidgetContext) => {
      draws++;
      return (
        <>
          <p data-testid="drawn">{text(ctx.range)}</p>
          <Live ctx={ctx} />
        </>
      );
    };
    const { rerender } = render(<DeferOffscreen def={def} ctx={base} render={draw} />);
    scrolled(true);
    // The range control (or a URL) sets the range in the store; the dashboard passes it down in ctx.
    const drag = (end: string) => {
      act(() => useStore.getState().setView({ range: { start: "2021-01-01", end } }));
      rerender(<DeferOffscreen def={def} ctx={{ ...base, range: useStore.getState().range }} render={draw} />);
      act(() => vi.advanceTimersByTime(SETTLE_MS / 5));
    };
    const drawn = () => screen.getByTestId("drawn").textContent;
    const live = () => screen.getByTestId("live").textContent;

    drag("2022-01-01");
    expect(useStore.getState().rangeMoving).toBe(false);
    expect([drawn(), live()]).toEqual(["2021-01-01 – 2022-01-01", "2021-01-01 – 2022-01-01"]);
    draws = 0;
    for (const end of ["2023-01-01", "2024-01-01", "2025-01-01"]) {
      drag(end);
      expect(useStore.getState().rangeMoving).toBe(true);
      expect([drawn(), live()]).toEqual(["2021-01-01 – 2022-01-01", `2021-01-01 – ${end}`]);
    }
    expect(draws).toBe(0);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(useStore.getState().rangeMoving).toBe(false);
    expect([drawn(), live()]).toEqual(["2021-01-01 – 2025-01-01", "2021-01-01 – 2025-01-01"]);
    expect(draws).toBe(1);
  });

  it("holds the second step of a drag on the first even when it comes before any timer has run (a loaded machine)", () => {
    const base = trendsContext();
    const { rerender } = render(<DeferOffscreen def={def} ctx={base} render={drawRange} />);
    scrolled(true);
    for (const end of ["2022-01-01", "2023-01-01"]) {
      act(() => useStore.getState().setView({ range: { start: "2021-01-01", end } }));
      rerender(<DeferOffscreen def={def} ctx={{ ...base, range: useStore.getState().range }} render={drawRange} />);
    }
    expect(useStore.getState().rangeMoving).toBe(true);
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2022-01-01");
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2023-01-01");
  });

  it("draws another change during a drag in full, and holds the steps after it", () => {
    const base = trendsContext();
    const { rerender } = render(<DeferOffscreen def={def} ctx={base} render={drawRange} />);
    scrolled(true);
    let ctx = base;
    const step = (patch: Partial<WidgetContext>, end?: string) => {
      if (end) act(() => useStore.getState().setView({ range: { start: "2021-01-01", end } }));
      ctx = { ...ctx, ...patch, range: useStore.getState().range };
      rerender(<DeferOffscreen def={def} ctx={ctx} render={drawRange} />);
      act(() => vi.advanceTimersByTime(SETTLE_MS / 5));
    };
    step({}, "2022-01-01");
    step({}, "2023-01-01");
    expect(useStore.getState().rangeMoving).toBe(true);
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2022-01-01");
    // A release loaded for correction marks arrives mid-drag: drawn at once, for the range as it is now.
    step({ corrections: { pardons: {} } });
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2023-01-01");
    draws = 0;
    step({}, "2024-01-01");
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2023-01-01");
    expect(draws).toBe(0);
    act(() => vi.advanceTimersByTime(SETTLE_MS));
    expect(screen.getByTestId("drawn").textContent).toBe("2021-01-01 – 2024-01-01");
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
