/**
 * Hydrating the build's markup keeps a chart's marks as the build drew them (src/widgets/KeptGroup.tsx): the same
 * nodes, not rendered again, until what they are drawn from changes; and a hydrated chart is drawn again at its
 * measured width in an idle moment, not while the page hydrates (src/charts/common/useWidth.ts).
 */
import { act } from "@testing-library/react";
import { useState } from "react";
import { renderToString } from "react-dom/server";
import { createRoot, hydrateRoot } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import { BuildMarkup, KeptGroup } from "../../src/widgets/KeptGroup";
import { useWidth } from "../../src/charts/common/useWidth";
import { markupBox } from "../testing/markupBox";

let renders = 0;
function Marks({ points }: { points: readonly number[] }) {
  renders++;
  return (
    <>
      {points.map((p) => (
        <circle key={p} className="mark" cx={p} cy={10} r={3} />
      ))}
    </>
  );
}

let setPoints: (p: readonly number[]) => void = () => undefined;
function Chart({ initial }: { initial: readonly number[] }) {
  const [points, set] = useState(initial);
  setPoints = set;
  return (
    <svg>
      <KeptGroup className="marks" deps={[points]}>
        <Marks points={points} />
      </KeptGroup>
    </svg>
  );
}

const POINTS = [10, 20, 30] as const;
afterEach(() => {
  vi.unstubAllGlobals();
});
const box = markupBox;

const cxs = (el: HTMLElement) => [...el.querySelectorAll("circle.mark")].map((c) => c.getAttribute("cx"));

describe("KeptGroup", () => {
  it("draws its children in the build's rendering and in a page drawn from scratch", async () => {
    renders = 0;
    const html = renderToString(<Chart initial={POINTS} />);
    expect(html.match(/<g class="marks">(.*?)<\/g>/)?.[1]?.match(/<circle /g)).toHaveLength(3);
    const el = box();
    await act(async () => createRoot(el).render(<Chart initial={POINTS} />));
    expect(cxs(el)).toEqual(["10", "20", "30"]);
    expect(renders).toBe(2);
  });

  it("keeps the build's nodes while hydrating, without rendering them, and draws them anew once its deps change", async () => {
    const el = box(renderToString(<Chart initial={POINTS} />));
    const before = [...el.querySelectorAll("circle.mark")];
    renders = 0;
    const build = { hydrating: true };
    await act(async () => {
      hydrateRoot(
        el,
        <BuildMarkup.Provider value={build}>
          <Chart initial={POINTS} />
        </BuildMarkup.Provider>,
      );
    });
    build.hydrating = false;
    expect(renders).toBe(0);
    const after = [...el.querySelectorAll("circle.mark")];
    expect(after).toHaveLength(3);
    after.forEach((node, i) => expect(node).toBe(before[i]));

    await act(async () => setPoints([15, 25]));
    expect(cxs(el)).toEqual(["15", "25"]);
    expect(renders).toBe(1);
    // From then on an ordinary group.
    await act(async () => setPoints([15, 25, 35]));
    expect(cxs(el)).toEqual(["15", "25", "35"]);
  });

  it("renders its children when it mounts after the hydration (nothing of the build's to keep)", async () => {
    const el = box();
    await act(async () => {
      createRoot(el).render(
        <BuildMarkup.Provider value={{ hydrating: false }}>
          <Chart initial={POINTS} />
        </BuildMarkup.Provider>,
      );
    });
    expect(cxs(el)).toEqual(["10", "20", "30"]);
  });
});

function Sized() {
  const [ref, width] = useWidth<HTMLDivElement>(640);
  return (
    <div ref={ref} className="sized">
      {width}
    </div>
  );
}

/** A ResizeObserver that reports `width` when told to, and requestIdleCallback run by hand. */
function stubLayout(width: number) {
  const observers: (() => void)[] = [];
  vi.stubGlobal(
    "ResizeObserver",
    class {
      constructor(private cb: () => void) {}
      observe() {
        observers.push(this.cb);
      }
      disconnect() {}
    },
  );
  const idle: (() => void)[] = [];
  vi.stubGlobal("requestIdleCallback", (fn: () => void) => idle.push(fn));
  vi.stubGlobal("cancelIdleCallback", () => undefined);
  vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({ width } as DOMRect);
  return {
    resize: () => act(async () => observers.forEach((cb) => cb())),
    idle: () => act(async () => idle.splice(0).forEach((fn) => fn())),
  };
}

describe("useWidth after hydrating the build's markup", () => {
  afterEach(() => vi.restoreAllMocks());

  async function hydrateSized(laterWidth: boolean) {
    const el = box(renderToString(<Sized />));
    const build = { hydrating: true, laterWidth };
    await act(async () => {
      hydrateRoot(
        el,
        <BuildMarkup.Provider value={build}>
          <Sized />
        </BuildMarkup.Provider>,
      );
    });
    build.hydrating = false;
    return el;
  }

  it("on the dashboard keeps the build's width until an idle moment when the real one is close; later sizes at once", async () => {
    const layout = stubLayout(580);
    const el = await hydrateSized(true);
    await layout.resize();
    expect(el.textContent).toBe("640");
    await layout.idle();
    expect(el.textContent).toBe("580");
    vi.spyOn(HTMLElement.prototype, "getBoundingClientRect").mockReturnValue({ width: 500 } as DOMRect);
    await layout.resize();
    expect(el.textContent).toBe("500");
  });

  it("takes a width far from the build's at once (a phone), and any width at once in an embed", async () => {
    const phone = stubLayout(360);
    const el = await hydrateSized(true);
    await phone.resize();
    expect(el.textContent).toBe("360");

    vi.restoreAllMocks();
    const layout = stubLayout(580);
    const embed = await hydrateSized(false);
    await layout.resize();
    expect(embed.textContent).toBe("580");
  });

  it("takes the measured width at once in a page drawn from scratch", async () => {
    const layout = stubLayout(580);
    const el = box();
    await act(async () => createRoot(el).render(<Sized />));
    await layout.resize();
    expect(el.textContent).toBe("580");
  });
});
