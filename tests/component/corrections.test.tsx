/** Correction marks: a figure of the shown release that another release corrected is marked on the chart. */
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CorrectionIndex } from "../../src/data/diff";
import { translator } from "../../src/i18n";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import type { WidgetContext } from "../../src/widgets/types";
import { realRelease } from "../testing/peopleFixture";
import { widgetContext } from "../testing/widgetContext";

describe("correction marks on the pardon timeline", () => {
  it("mark a stage whose figures a later release corrected, saying what it was and what it is", async () => {
    const old = await realRelease("2024-11-15");
    // The real releases correct no pardon figure (only sources were added), so the correction is made up here.
    const corrections: CorrectionIndex = {
      pardons: {
        "pardon-2024-11-07": [
          {
            figure: "count",
            before: [{ value: 31, qualifier: "exact", sources: ["hc-newsletter-2024-11-15"] }],
            after: [{ value: 32, qualifier: "exact", sources: ["hc-newsletter-2024-11-15"] }],
            release: "2026-03-05",
            previous: "2024-11-15",
            later: true,
          },
        ],
      },
    };
    const stageIds = Object.keys(corrections.pardons!);
    const ctx: WidgetContext = {
      release: old,
      lang: "en",
      t: translator("en"),
      range: null,
      selection: null,
      categories: [],
      setView: () => {},
      corrections,
    };
    const { container } = render(<pardonTimeline.Component ctx={ctx} />);
    const marks = container.querySelectorAll(".correction-mark");
    expect(marks.length).toBe(stageIds.length);
    const label = marks[0]!.getAttribute("aria-label")!;
    expect(label).toBe("corrected in release 2026-03-05: was 31, now 32");
    const stage = container.querySelector(`[data-stage="${stageIds[0]}"]`)!;
    expect(stage.getAttribute("aria-label")).toContain("corrected in release 2026-03-05");
  });
});

describe("correction notes on the incommunicado spans", () => {
  it("say which later release added a day count, on the real releases", async () => {
    const { correctionsFor } = await import("../../src/data/diff");
    const { incommunicado: incommunicadoWidget } = await import("../../src/people/widgets");
    const old = await realRelease("2024-11-15");
    const newest = await realRelease("2026-03-05");
    const ctx: WidgetContext = {
      release: old,
      lang: "en",
      t: translator("en"),
      range: null,
      selection: null,
      categories: [],
      setView: () => {},
      corrections: correctionsFor("2024-11-15", [newest, old]),
    };
    const { container } = render(<incommunicadoWidget.Component ctx={ctx} />);
    const notes = [...container.querySelectorAll(".inc-correction")].map((n) => n.textContent);
    expect(notes.some((n) => /corrected in release 2026-03-05: was .*550.*, now .*more than 700/.test(n ?? ""))).toBe(
      true,
    );
  });
});

describe("which widgets get the corrections", () => {
  it("every widget that draws a correction mark says so (marksCorrections), and no other draws one", async () => {
    const { WIDGETS } = await import("../../src/app/registry");
    const release = await realRelease("2026-12-06");
    // A made-up correction of every figure of every record: whatever a widget looks up, it finds one.
    const correction = {
      figure: "count",
      before: [{ value: 1, qualifier: "exact" as const, sources: [] }],
      after: [{ value: 2, qualifier: "exact" as const, sources: [] }],
      release: "2026-12-06-r3",
      previous: "2026-12-06-r2",
      later: false,
    };
    const byId = new Proxy({}, { get: (_, id) => (typeof id === "string" ? [correction] : undefined) });
    const corrections = new Proxy({}, { get: (_, kind) => (typeof kind === "string" ? byId : undefined) });
    const drawn: Record<string, boolean> = {};
    const declared: Record<string, boolean> = {};
    for (const def of WIDGETS) {
      const ctx = widgetContext(release, { corrections: corrections as CorrectionIndex });
      const { container, unmount } = render(<def.Component ctx={ctx} />);
      drawn[def.id] = container.querySelectorAll(".correction-mark").length > 0;
      declared[def.id] = def.marksCorrections === true;
      unmount();
    }
    expect(drawn).toEqual(declared);
    // The dashboard's two widgets with correction marks (if this changes, so does this line).
    expect(Object.keys(declared).filter((id) => declared[id])).toEqual(["pardon-timeline", "incommunicado"]);
  });
});
