/** Correction marks: a figure of the shown release that another release corrected is marked on the chart. */
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { CorrectionIndex } from "../../src/data/diff";
import { translator } from "../../src/i18n";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import type { WidgetContext } from "../../src/widgets/types";
import { realRelease } from "../testing/peopleFixture";

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
