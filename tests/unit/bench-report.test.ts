// @vitest-environment node
/**
 * The bench's verdicts (bench/lib/report.ts) from a small set of measurements: the live-widget budgets of
 * issue #21 are read from the figures a run already takes, a broken one is "❌ over" (which makes
 * `npm run bench` exit 1), and RESULTS.md keeps its hand-written History when a run rewrites it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { buildReport, withHistory, type BenchData, type Budget } from "../../bench/lib/report.ts";
import type { PageResult } from "../../bench/lib/page.ts";
import type { Dataset } from "../../bench/lib/plan.ts";

const budgets = (
  JSON.parse(readFileSync(path.join(__dirname, "../../bench/budgets.json"), "utf8")) as { budgets: Budget[] }
).budgets;

/** One page load: widgets drawn live at `ready` ms, their prerendered copies at `painted` ms. */
function load(ready: Record<string, number>, painted: Record<string, number> = {}, timedOut = false): PageResult {
  const times = Object.values(ready);
  const seen = Object.keys(ready).map((id) => painted[id] ?? ready[id]!);
  return {
    ready,
    painted,
    failed: {},
    seen: Object.keys(ready),
    pageError: null,
    timedOut,
    hung: false,
    allReady: timedOut || !times.length ? null : Math.max(...times),
    allSeen: timedOut || !seen.length ? null : Math.max(...seen),
    files: { load: [], scroll: [], entry: [] },
    heapPeakBytes: null,
    dataFetchMs: null,
    fcpMs: null,
    rerender: [],
    rerenderFull: [],
    rerenderDriver: null,
    errors: [],
  };
}

const PEERS = ["vega-lite", "plotly", "plot", "chartjs", "leaflet", "minimal-react-d3"];

/** A run on the real release where the live pages take `live` ms and every peer draws in 200 ms (the minimal page 150). */
function bench(live: { bar: number; line: number; map: number; dashboard: number }, mapTimedOut = false): BenchData {
  const results: Record<string, PageResult[]> = {
    "real|dashboard": [
      load(
        { "prisoners-trend": live.dashboard - 10, "detention-map": live.dashboard },
        { "prisoners-trend": 100, "detention-map": 120 },
      ),
    ],
    "real|embed:pardon-timeline": [load({ "pardon-timeline": live.bar }, { "pardon-timeline": 110 })],
    "real|embed:prisoners-trend": [load({ "prisoners-trend": live.line }, { "prisoners-trend": 110 })],
    "real|embed:detention-map": [
      mapTimedOut
        ? load({}, { "detention-map": 120 }, true)
        : load({ "detention-map": live.map }, { "detention-map": 120 }),
    ],
    "real|peer:minimal-react-d3:line": [load({ peer: 150 })],
  };
  for (const peer of PEERS.slice(0, 5))
    for (const kind of ["bar", "line", "map"]) results[`real|peer:${peer}:${kind}`] = [load({ peer: 200 })];
  const empty = { cold: [], warm: [], error: null };
  const node = { releaseId: "r", cold: 10, warm: [10], error: null };
  const release = { id: "r", asOf: "2026-12-06", bytes: 1, firstDay: "2020-01-01" };
  return {
    date: "2026-12-07T06:00:00.000Z",
    durationS: 1,
    runs: 1,
    stressRuns: 1,
    dragSteps: 24,
    machine: { cpu: "test", cores: 2, memoryGB: 1, os: "test", node: "20", chromium: "156", loadBefore: [0, 0, 0] },
    releases: { real: release, stress: release } as Record<Dataset, typeof release>,
    widgets: ["pardon-timeline", "prisoners-trend", "detention-map"],
    peers: PEERS,
    results,
    nodeLoad: { real: node, stress: node },
    browserLoad: { real: empty, stress: empty },
    trees: { real: "/nonexistent", stress: "/nonexistent" },
    timeoutsS: { real: 30, stress: 45 },
    budgets,
  };
}

const row = (report: ReturnType<typeof buildReport>, label: string) => {
  const hit = report.budgetRows.find((b) => b.label.startsWith(label));
  if (!hit) throw new Error(`no budget row "${label}" in: ${report.budgetRows.map((b) => b.label).join("; ")}`);
  return hit;
};

describe("bench budgets for the live page (issue #21)", () => {
  it("passes live widgets within their limits and prints each ratio with its times", () => {
    // bar 290 ÷ 200 = 1.45×, line 300 ÷ 200 = 1.5×, map 390 ÷ 200 = 1.95×, dashboard 290 ÷ 150 = 1.93×.
    const report = buildReport(bench({ bar: 290, line: 300, map: 390, dashboard: 290 }));
    expect(row(report, "Live widget, bar")).toMatchObject({
      status: "ok",
      shown: "1.45× (290 ms ÷ 200 ms Vega-Lite)",
      limit: "≤ 1.5 ×",
    });
    expect(row(report, "Live widget, line")).toMatchObject({
      status: "ok",
      shown: "1.50× (300 ms ÷ 200 ms Vega-Lite)",
    });
    expect(row(report, "Live widget, map")).toMatchObject({
      status: "ok",
      shown: "1.95× (390 ms ÷ 200 ms Vega-Lite)",
      limit: "≤ 2 ×",
    });
    expect(row(report, "Live dashboard")).toMatchObject({
      status: "ok",
      shown: "1.93× (290 ms ÷ 150 ms)",
      limit: "≤ 2 ×",
    });
    expect(report.markdown).toContain(
      "| Live dashboard, every widget drawn by the running app ÷ minimal React + d3 line chart | 1.93× (290 ms ÷ 150 ms) | ≤ 2 × | ✅ ok |",
    );
  });

  it("marks a slow live widget and a slow live dashboard ❌ over, beside a prerendered copy that is on time", () => {
    const report = buildReport(bench({ bar: 500, line: 280, map: 900, dashboard: 1200 }));
    expect(row(report, "Live widget, bar")).toMatchObject({
      status: "over",
      shown: "2.50× (500 ms ÷ 200 ms Vega-Lite)",
    });
    expect(row(report, "Live widget, line").status).toBe("ok");
    expect(row(report, "Live widget, map")).toMatchObject({
      status: "over",
      shown: "4.50× (900 ms ÷ 200 ms Vega-Lite)",
    });
    expect(row(report, "Live dashboard")).toMatchObject({ status: "over", shown: "8.00× (1200 ms ÷ 150 ms)" });
    // The copies were on screen in time: the first-paint budgets still hold.
    expect(row(report, "First chart on screen, bar").status).toBe("ok");
    expect(row(report, "Whole dashboard on screen").status).toBe("ok");
    expect(report.summary.over).toEqual([
      "Live widget, bar: pardon stages (pardon-timeline ÷ fastest peer)",
      "Live widget, map: detention events (detention-map ÷ fastest peer)",
      "Live dashboard, every widget drawn by the running app ÷ minimal React + d3 line chart",
    ]);
    expect(report.markdown).toContain("| 4.50× (900 ms ÷ 200 ms Vega-Lite) | ≤ 2 × | ❌ over |");
  });

  it("breaks the map's live budget when the live map never draws within the time limit", () => {
    const report = buildReport(bench({ bar: 250, line: 250, map: 0, dashboard: 250 }, true));
    expect(row(report, "Live widget, map")).toMatchObject({ status: "over", shown: "not drawn within 30 s" });
  });
});

describe("RESULTS.md history", () => {
  const newRun = "# Benchmark results\n\nThe last run.\n\n### Budgets\n\n| a | b |\n";

  it("keeps the History section of the previous file below the new tables", () => {
    const previous =
      "# Benchmark results\n\nOld tables.\n\n### Budgets\n\nold\n\n## History\n\n2026-12-07 04:50 UTC: every budget held.\n";
    const out = withHistory(newRun, previous);
    expect(out).toBe(
      "# Benchmark results\n\nThe last run.\n\n### Budgets\n\n| a | b |\n\n## History\n\n2026-12-07 04:50 UTC: every budget held.\n",
    );
    expect(out).not.toContain("Old tables");
  });

  it("starts a History section when the previous file has none", () => {
    expect(withHistory(newRun, null)).toMatch(/\| a \| b \|\n\n## History\n\nNewest first/);
  });
});
