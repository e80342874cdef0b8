/** Turns raw page results into budget verdicts and the Markdown tables printed and written to RESULTS.md. */
import type { Machine } from "./machine.ts";
import type { NodeLoad } from "./node-load.ts";
import type { PageResult } from "./page.ts";
import type { MapMotionResult } from "./mapMotion.ts";
import { COMPARISONS, PEER_LABELS, REFERENCE, type ChartKind, type Dataset, type ReleaseInfo } from "./plan.ts";
import { fileSize, isMapCode, libraryHints, total, type SizeTotal } from "./sizes.ts";
import { stat, type Stat } from "./stats.ts";
import type { PeerName } from "./build.ts";

export interface Budget {
  id: string;
  what: string;
  max: number;
  unit: string;
}

export interface BrowserLoad {
  cold: number[];
  warm: number[];
  error: string | null;
}

export interface BenchData {
  date: string;
  durationS: number;
  runs: number;
  stressRuns: number;
  dragSteps: number;
  machine: Machine;
  releases: Record<Dataset, ReleaseInfo>;
  widgets: string[];
  peers: string[];
  /** `${dataset}|${page key}` → one result per run. */
  results: Record<string, PageResult[]>;
  nodeLoad: Record<Dataset, NodeLoad>;
  browserLoad: Record<Dataset, BrowserLoad>;
  /** Map pan and zoom gestures on the map embed, one result per run (absent in results from older runs). */
  motion?: Record<Dataset, MapMotionResult[]>;
  trees: Record<Dataset, string>;
  timeoutsS: Record<Dataset, number>;
  budgets: Budget[];
}

export interface BudgetRow {
  id: string;
  label: string;
  value: number | null;
  shown: string;
  limit: string;
  status: "ok" | "over" | "n/a";
  note?: string;
}

const DATASETS: Dataset[] = ["real", "stress"];
const r1 = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtStat = (s: Stat | null, unit = "") => (s ? `${r1(s.median)}${unit} (${r1(s.min)}–${r1(s.max)})` : "n/a");
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const table = (head: string[], rows: string[][]) =>
  [
    `| ${head.join(" | ")} |`,
    `|${head.map(() => " --- ").join("|")}|`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
  ].join("\n");
const STATUS = { ok: "✅ ok", over: "❌ over", "n/a": "n/a" } as const;

export function buildReport(d: BenchData) {
  const notes: string[] = [];
  const runsOf = (ds: Dataset, key: string) => d.results[`${ds}|${key}`] ?? [];

  const timeoutText = (ds: Dataset, r: PageResult) =>
    r.hung
      ? `not drawn within ${d.timeoutsS[ds]} s: the main thread was still busy (a long task), the page was closed`
      : r.timedOut
        ? `not drawn within ${d.timeoutsS[ds]} s`
        : null;
  /** Whether every load of the dashboard ran out of time (then its budgets are broken, not n/a). */
  const dashboardBlocked = (ds: Dataset) => {
    const runs = runsOf(ds, "dashboard");
    return runs.length > 0 && runs.every((r) => r.timedOut && r.allReady === null);
  };
  /** Whether every load of an embed ran out of time before its widget drew (then its budgets are broken). */
  const blockedEmbed = (ds: Dataset, id: string) => {
    const runs = runsOf(ds, `embed:${id}`);
    return runs.length > 0 && runs.every((r) => r.timedOut && !(id in r.ready) && !(id in r.failed));
  };
  /** Why a page has no time: its first failure, or null when it drew. */
  const whyNot = (ds: Dataset, key: string, id: string): string | null => {
    const runs = runsOf(ds, key);
    if (!runs.length) return "not measured";
    const bad = runs.find((r) => !(id in r.ready));
    if (!bad) return null;
    return bad.failed[id] ?? bad.pageError ?? timeoutText(ds, bad) ?? "not on the page";
  };
  const readyStat = (ds: Dataset, key: string, id: string) => {
    const why = whyNot(ds, key, id);
    if (why) {
      notes.push(`${key} (${ds}): n/a — ${why}`);
      return null;
    }
    return stat(runsOf(ds, key).map((r) => r.ready[id]));
  };
  /** When the reader first sees the chart: the prerendered copy if it drew, else the live widget. */
  const paintStat = (ds: Dataset, key: string, id: string) => {
    if (whyNot(ds, key, id)) return readyStat(ds, key, id);
    return stat(runsOf(ds, key).map((r) => r.painted?.[id] ?? r.ready[id]));
  };
  const dashboardStat = (ds: Dataset) => {
    const runs = runsOf(ds, "dashboard");
    const r = runs.find((x) => x.allReady === null) ?? runs[0];
    const missing = r
      ? r.seen.filter((id) => !(id in r.ready)).map((id) => `${id}: ${r.failed[id] ?? "not drawn"}`)
      : [];
    if (!runs.length || runs.some((x) => x.allReady === null)) {
      const why = r?.pageError ?? (r && timeoutText(ds, r)) ?? "nothing drawn";
      notes.push(`dashboard (${ds}): n/a — ${why}${missing.length ? ` (${missing.join("; ")})` : ""}`);
      return null;
    }
    if (missing.length) notes.push(`dashboard (${ds}): drawn without ${missing.join("; ")}`);
    return { live: stat(runs.map((x) => x.allReady))!, seen: stat(runs.map((x) => x.allSeen ?? x.allReady))! };
  };
  const heapStat = (ds: Dataset, key: string) => stat(runsOf(ds, key).map((r) => r.heapPeakBytes));
  const fmtHeap = (s: Stat | null) => (s ? MB(s.median) : "n/a");

  // ---- bytes (first real run, the one that recorded requests) ----
  const filesOf = (key: string) => runsOf("real", key)[0]?.files;
  const sizeOf = (urls: string[]) => urls.map((u) => ({ url: u, ...fileSize(d.trees.real, u) }));
  const split = (urls: string[]) => {
    const files = sizeOf(urls);
    return {
      js: total(files.filter((f) => /\.m?js$/.test(f.file))),
      css: total(files.filter((f) => f.file.endsWith(".css"))),
    };
  };
  const dash = filesOf("dashboard");
  let firstLoad: { js: SizeTotal; css: SizeTotal } | null = null;
  let mapChunk: { js: SizeTotal; css: SizeTotal } | null = null;
  let mapInEntry = false;
  let heaviest: string[][] = [];
  if (dash?.load.length) {
    const entry = new Set(dash.entry);
    const all = sizeOf([...dash.load, ...dash.scroll]);
    const isMap = (f: (typeof all)[number]) =>
      !entry.has(f.url) && (dash.scroll.includes(f.url) || isMapCode(f.file, f.text));
    mapInEntry = all.some((f) => entry.has(f.url) && f.file.endsWith(".js") && isMapCode(f.file, f.text));
    firstLoad = split(all.filter((f) => !isMap(f)).map((f) => f.url));
    mapChunk = split(all.filter(isMap).map((f) => f.url));
    heaviest = [...new Map(all.map((f) => [f.file, f])).values()]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8)
      .map((f) => [
        f.file,
        isMap(f) ? "map (lazy)" : entry.has(f.url) ? "first load (in the HTML)" : "first load (lazy)",
        kB(f.gzip),
        kB(f.brotli),
        libraryHints(f.text).join(", ") || "app code",
      ]);
  }
  const embedSize = (id: string) => {
    const f = filesOf(`embed:${id}`);
    return f?.load.length ? split(f.load) : null;
  };
  const peerSize = (key: string) => {
    const f = filesOf(key);
    return f?.load.length ? split(f.load) : null;
  };

  // ---- budgets ----
  const budgetRows: BudgetRow[] = [];
  const budget = (id: string) => d.budgets.find((b) => b.id === id);
  const check = (id: string, label: string, value: number | null, shown: string, note?: string) => {
    const b = budget(id);
    if (!b) return;
    const status = value === null ? "n/a" : value <= b.max ? "ok" : "over";
    budgetRows.push({
      id,
      label,
      value,
      shown: value === null ? "n/a" : shown,
      limit: `≤ ${b.max} ${b.unit}`,
      status,
      note,
    });
  };

  check(
    "dashboard-first-load-js",
    "Dashboard first load JS, before the map (gzip)",
    firstLoad ? firstLoad.js.gzip / 1000 : null,
    firstLoad ? kB(firstLoad.js.gzip) : "",
    mapInEntry ? "Leaflet is in the entry chunk: the map is not split out" : undefined,
  );
  for (const id of d.widgets.filter((w) => w !== "detention-map")) {
    const s = embedSize(id);
    const gz = s ? s.js.gzip + s.css.gzip : null;
    check("chart-embed", `Embed ${id}: JS + CSS (gzip)`, gz === null ? null : gz / 1000, gz === null ? "" : kB(gz));
  }

  const comparisons = (ds: Dataset) =>
    (Object.entries(COMPARISONS) as [ChartKind, (typeof COMPARISONS)[ChartKind]][]).map(([kind, c]) => {
      const ours = paintStat(ds, `embed:${c.widget}`, c.widget);
      const live = readyStat(ds, `embed:${c.widget}`, c.widget);
      const peers = c.peers.map((p) => ({ peer: p, s: readyStat(ds, `peer:${p}:${kind}`, "peer") }));
      const measured = peers.filter((p) => p.s) as { peer: PeerName; s: Stat }[];
      const fastest = measured.sort((a, b) => a.s.median - b.s.median)[0] ?? null;
      const ratio = ours && fastest ? ours.median / fastest.s.median : null;
      const liveRatio = live && fastest ? live.median / fastest.s.median : null;
      return { kind, c, ours, live, peers, fastest, ratio, liveRatio };
    });
  const compared: Record<Dataset, ReturnType<typeof comparisons>> = {
    real: comparisons("real"),
    stress: comparisons("stress"),
  };
  for (const x of compared.real) {
    check(
      "first-chart-vs-peer",
      `First chart on screen, ${x.c.label} (${x.c.widget} ÷ fastest peer)`,
      x.ratio,
      x.ratio && x.ours && x.fastest
        ? `${x.ratio.toFixed(2)}× (${r1(x.ours.median)} ms ÷ ${r1(x.fastest.s.median)} ms ${PEER_LABELS[x.fastest.peer]})` +
            (x.liveRatio && x.live && x.live.median !== x.ours.median
              ? `; live widget ${x.liveRatio.toFixed(2)}× (${r1(x.live.median)} ms)`
              : "")
        : "",
    );
  }
  // The live widget, drawn by the running app: until then nothing on the page can be hovered, filtered or
  // dragged. A chart and the map have separate budgets (Leaflet's chunk loads after the widget's own).
  for (const x of compared.real) {
    check(
      x.kind === "map" ? "map-live-vs-peer" : "live-chart-vs-peer",
      `Live widget, ${x.c.label} (${x.c.widget} ÷ fastest peer)`,
      blockedEmbed("real", x.c.widget) ? Infinity : x.liveRatio,
      blockedEmbed("real", x.c.widget)
        ? `not drawn within ${d.timeoutsS.real} s`
        : x.liveRatio && x.live && x.fastest
          ? `${x.liveRatio.toFixed(2)}× (${r1(x.live.median)} ms ÷ ${r1(x.fastest.s.median)} ms ${PEER_LABELS[x.fastest.peer]})`
          : "",
    );
  }

  const dashStats = { real: dashboardStat("real"), stress: dashboardStat("stress") };
  const refKey = `peer:${REFERENCE.peer}:${REFERENCE.kind}`;
  const refStats = { real: readyStat("real", refKey, "peer"), stress: readyStat("stress", refKey, "peer") };
  /** The whole dashboard on screen (its prerendered copy where the build made one, as for embeds), or live. */
  const dashRatio = (ds: Dataset, which: "seen" | "live" = "seen") => {
    const a = dashStats[ds]?.[which];
    const b = refStats[ds];
    return a && b ? a.median / b.median : null;
  };
  {
    const ratio = dashRatio("real");
    const blocked = dashboardBlocked("real");
    check(
      "dashboard-vs-minimal",
      "Whole dashboard on screen (the build's copy, then live) ÷ minimal React + d3 line chart",
      blocked ? Infinity : ratio,
      blocked
        ? `not drawn within ${d.timeoutsS.real} s`
        : ratio
          ? `${ratio.toFixed(2)}× (${r1(dashStats.real!.seen.median)} ms ÷ ${r1(refStats.real!.median)} ms; ` +
            `live ${dashRatio("real", "live")!.toFixed(2)}×, ${r1(dashStats.real!.live.median)} ms)`
          : "",
    );
  }
  {
    const ratio = dashRatio("real", "live");
    const blocked = dashboardBlocked("real");
    check(
      "dashboard-live-vs-minimal",
      "Live dashboard, every widget drawn by the running app ÷ minimal React + d3 line chart",
      blocked ? Infinity : ratio,
      blocked
        ? `not drawn within ${d.timeoutsS.real} s`
        : ratio
          ? `${ratio.toFixed(2)}× (${r1(dashStats.real!.live.median)} ms ÷ ${r1(refStats.real!.median)} ms)`
          : "",
    );
  }

  const rerender = (ds: Dataset) => {
    const samples = runsOf(ds, "dashboard").flatMap((r) => r.rerender);
    if (!samples.length)
      return { s: null, deferred: 0, why: "no range changes were measured (dashboard not drawn)", driver: "" };
    if (samples.every((x) => x.mutations === 0))
      return { s: null, deferred: 0, why: "changing the time range changed nothing on the page", driver: "" };
    const driver = runsOf(ds, "dashboard").find((r) => r.rerenderDriver)?.rerenderDriver ?? "";
    return { s: stat(samples.map((x) => x.ms)), deferred: samples.filter((x) => x.deferred).length, why: null, driver };
  };
  const rr = { real: rerender("real"), stress: rerender("stress") };
  const rerenderFull = (ds: Dataset) => {
    const samples = runsOf(ds, "dashboard").flatMap((r) => r.rerenderFull ?? []);
    return samples.length ? stat(samples.map((x) => x.ms)) : null;
  };
  for (const ds of DATASETS) {
    const s = rr[ds].s;
    // A dashboard that never finishes drawing cannot be dragged at all: that breaks the budget.
    const blocked = !s && dashboardBlocked(ds);
    if (rr[ds].why && !blocked) notes.push(`re-render (${ds}): n/a — ${rr[ds].why}`);
    check(
      ds === "real" ? "range-rerender" : "range-rerender-stress",
      `Time-range drag re-render, ${ds} release (median of ${s?.n ?? 0} changes)`,
      blocked ? Infinity : s ? s.median : null,
      blocked
        ? `dashboard not drawn within ${d.timeoutsS[ds]} s`
        : s
          ? `${r1(s.median)} ms (${r1(s.min)}–${r1(s.max)})`
          : "",
    );
  }

  // ---- map motion (bench/lib/mapMotion.ts) ----
  const motionOf = (ds: Dataset) => {
    const runs = d.motion?.[ds] ?? [];
    for (const r of runs.filter((x) => x.error)) notes.push(`map motion (${ds}): ${r.error}`);
    const samples = runs.filter((x) => !x.error).flatMap((x) => x.samples);
    const of = (kind: string | null) => samples.filter((x) => kind === null || x.kind === kind);
    const complete = samples.map((x) => x.completeMs).filter((x): x is number => x !== null);
    return {
      renderer: runs.find((x) => x.renderer)?.renderer ?? null,
      all: stat(of(null).map((x) => x.longestFrameMs)),
      pan: stat(of("pan").map((x) => x.longestFrameMs)),
      zoom: stat(of("zoom").map((x) => x.longestFrameMs)),
      longTasks: stat(samples.map((x) => x.longTaskMs)),
      complete: stat(complete),
      progressive: complete.length,
      n: samples.length,
    };
  };
  const motion = { real: motionOf("real"), stress: motionOf("stress") };
  for (const ds of DATASETS) {
    const m = motion[ds];
    if (!m.n && d.motion) notes.push(`map motion (${ds}): n/a — no gesture was measured`);
    check(
      ds === "real" ? "map-motion" : "map-motion-stress",
      `Map pan and zoom, ${ds} release: median longest frame per gesture (${m.n} gestures)`,
      m.all ? m.all.median : null,
      m.all ? `${r1(m.all.median)} ms (${r1(m.all.min)}–${r1(m.all.max)})` : "",
    );
  }

  const nodeStat = (ds: Dataset) => {
    const l = d.nodeLoad[ds];
    if (l.error) notes.push(`loadRelease in Node (${ds}): ${l.error}`);
    return l.error ? null : stat(l.warm);
  };
  const nodeStats = { real: nodeStat("real"), stress: nodeStat("stress") };
  for (const ds of DATASETS) {
    const s = nodeStats[ds];
    check(
      ds === "real" ? "load-real" : "load-stress",
      `Load + verify ${ds} release ${d.releases[ds].id} (${MB(d.releases[ds].bytes)}), Node`,
      s ? s.median : null,
      s ? `${r1(s.median)} ms (${r1(s.min)}–${r1(s.max)})` : "",
    );
  }

  // ---- tables ----
  const budgetTable = table(
    ["budget", "measured", "limit", "status"],
    budgetRows.map((b) => [b.label + (b.note ? ` — ${b.note}` : ""), b.shown, b.limit, STATUS[b.status]]),
  );

  const peerCols: PeerName[] = ["vega-lite", "plotly", "plot", "chartjs", "leaflet"];
  const chartTable = table(
    [
      "chart",
      "data",
      "ours: first paint",
      "ours: live widget",
      ...peerCols.map((p) => PEER_LABELS[p]),
      "first paint ÷ fastest peer",
    ],
    DATASETS.flatMap((ds) =>
      compared[ds].map((x) => [
        x.c.label,
        ds,
        fmtStat(x.ours),
        fmtStat(x.live),
        ...peerCols.map((p) => {
          const hit = x.peers.find((q) => q.peer === p);
          return hit ? fmtStat(hit.s) : "—";
        }),
        x.ratio ? `${x.ratio.toFixed(2)}×` : "n/a",
      ]),
    ),
  );

  const dashWidgets = [...new Set(DATASETS.flatMap((ds) => runsOf(ds, "dashboard").flatMap((r) => r.seen)))];
  const dataFetch = (ds: Dataset) => stat(runsOf(ds, "dashboard").map((r) => r.dataFetchMs));
  const dashTable = table(
    ["dashboard (index.html, 1440×900)", "real", "stress"],
    [
      [
        "whole dashboard on screen (prerendered copy where built), ms",
        fmtStat(dashStats.real?.seen ?? null),
        fmtStat(dashStats.stress?.seen ?? null),
      ],
      ["all widgets drawn live, ms", fmtStat(dashStats.real?.live ?? null), fmtStat(dashStats.stress?.live ?? null)],
      ...dashWidgets.map((id) => [
        `  ${id} drawn, ms`,
        ...DATASETS.map((ds) => fmtStat(stat(runsOf(ds, "dashboard").map((r) => r.ready[id])))),
      ]),
      ["minimal React + d3 line page drawn, ms", fmtStat(refStats.real), fmtStat(refStats.stress)],
      [
        "first contentful paint (browser), dashboard / minimal page, ms",
        ...DATASETS.map(
          (ds) =>
            `${fmtStat(stat(runsOf(ds, "dashboard").map((r) => r.fcpMs)))} / ` +
            fmtStat(stat(runsOf(ds, refKey).map((r) => r.fcpMs))),
        ),
      ],
      [
        "dashboard on screen ÷ minimal React + d3",
        ...DATASETS.map((ds) => (dashRatio(ds) ? `${dashRatio(ds)!.toFixed(2)}×` : "n/a")),
      ],
      [
        "dashboard live ÷ minimal React + d3",
        ...DATASETS.map((ds) => (dashRatio(ds, "live") ? `${dashRatio(ds, "live")!.toFixed(2)}×` : "n/a")),
      ],
      [
        `time-range re-render per change, ms (${d.dragSteps} changes × runs${rr.real.driver ? `, via ${rr.real.driver}` : ""})`,
        ...DATASETS.map((ds) => fmtStat(rr[ds].s) + (rr[ds].deferred ? ` (${rr[ds].deferred} deferred)` : "")),
      ],
      [
        "one range change after the range held still, drawn in full (as where a drag stops), ms (5 × runs)",
        ...DATASETS.map((ds) => fmtStat(rerenderFull(ds))),
      ],
      ["data fetched (first request → last byte), ms", fmtStat(dataFetch("real")), fmtStat(dataFetch("stress"))],
      ["peak JS heap", fmtHeap(heapStat("real", "dashboard")), fmtHeap(heapStat("stress", "dashboard"))],
    ],
  );

  const motionTable = table(
    ["map embed (800×700): 10 drag pans + 10 zooms per run", "real", "stress"],
    [
      ["symbols drawn as", ...DATASETS.map((ds) => motion[ds].renderer ?? "n/a")],
      ["longest frame per gesture, all, ms", ...DATASETS.map((ds) => fmtStat(motion[ds].all))],
      ["  pans (drag and release), ms", ...DATASETS.map((ds) => fmtStat(motion[ds].pan))],
      ["  zooms (+ / − buttons), ms", ...DATASETS.map((ds) => fmtStat(motion[ds].zoom))],
      ["long tasks per gesture, total ms", ...DATASETS.map((ds) => fmtStat(motion[ds].longTasks))],
      [
        "release → new picture complete, ms (repaints spread over frames)",
        ...DATASETS.map((ds) =>
          motion[ds].progressive
            ? `${fmtStat(motion[ds].complete)} (${motion[ds].progressive} of ${motion[ds].n})`
            : "— (painted at once)",
        ),
      ],
    ],
  );

  const sizeCells = (s: { js: SizeTotal; css: SizeTotal } | null) =>
    s
      ? [
          kB(s.js.gzip),
          kB(s.js.brotli),
          kB(s.css.gzip),
          kB(s.css.brotli),
          String(s.js.files.length + s.css.files.length),
        ]
      : ["n/a", "n/a", "n/a", "n/a", "—"];
  const embedTable = table(
    [
      "embed (800×700)",
      "first paint (prerendered), real, ms",
      "drawn, real, ms",
      "drawn, stress, ms",
      "JS gzip",
      "JS brotli",
      "CSS gzip",
      "CSS brotli",
      "files",
      "data fetched, real, ms",
      "peak heap (real)",
    ],
    d.widgets.map((id) => [
      id,
      fmtStat(stat(runsOf("real", `embed:${id}`).map((r) => r.painted?.[id]))),
      fmtStat(readyStat("real", `embed:${id}`, id)),
      fmtStat(readyStat("stress", `embed:${id}`, id)),
      ...sizeCells(embedSize(id)),
      fmtStat(stat(runsOf("real", `embed:${id}`).map((r) => r.dataFetchMs))),
      fmtHeap(heapStat("real", `embed:${id}`)),
    ]),
  );

  const peerKeys = [
    ...new Set(
      Object.keys(d.results)
        .filter((k) => k.startsWith("real|peer:"))
        .map((k) => k.slice(5)),
    ),
  ];
  const bytesTable = table(
    ["page", "JS gzip", "JS brotli", "CSS gzip", "CSS brotli", "files", "peak heap real / stress"],
    [
      [
        "dashboard first load (before the map)",
        ...sizeCells(firstLoad),
        fmtHeap(heapStat("real", "dashboard")) + " / " + fmtHeap(heapStat("stress", "dashboard")),
      ],
      [
        mapInEntry ? "map chunk (Leaflet is in the entry: not split)" : "map chunk (Leaflet + map code)",
        ...sizeCells(mapChunk),
        "—",
      ],
      ...peerKeys.map((k) => {
        const [, peer, kind] = k.split(":");
        return [
          `peer ${PEER_LABELS[peer as PeerName]} (${kind})`,
          ...sizeCells(peerSize(k)),
          fmtHeap(heapStat("real", k)) + " / " + fmtHeap(heapStat("stress", k)),
        ];
      }),
    ],
  );

  const browserStat = (ds: Dataset) => ({ cold: stat(d.browserLoad[ds].cold), warm: stat(d.browserLoad[ds].warm) });
  const loadTable = table(
    ["loadRelease (fetch/read, size, SHA-256, JSON, zod, references)", "release", "first call, ms", "repeat calls, ms"],
    DATASETS.flatMap((ds) => {
      const b = browserStat(ds);
      if (d.browserLoad[ds].error) notes.push(`loadRelease in Chromium (${ds}): ${d.browserLoad[ds].error}`);
      return [
        [
          `Node, filesystem (${ds})`,
          `${d.releases[ds].id}, ${MB(d.releases[ds].bytes)}`,
          d.nodeLoad[ds].cold ? r1(d.nodeLoad[ds].cold!) : "n/a",
          fmtStat(nodeStats[ds]),
        ],
        [`Chromium, HTTP + WebCrypto (${ds})`, `${d.releases[ds].id}`, fmtStat(b.cold), fmtStat(b.warm)],
      ];
    }),
  );

  const m = d.machine;
  const machineLine =
    `${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node}; Chromium ${m.chromium}; ` +
    `load average ${m.loadBefore.join(" / ")} before, ${(m.loadAfter ?? []).join(" / ")} after`;
  const header =
    `${d.runs} runs per measurement (${d.stressRuns} at stress size), cold cache each; times are ms from navigation ` +
    `start, median (min–max). ${d.date}, ${d.durationS} s.`;
  const uniqueNotes = [...new Set(notes)];
  const sections = [
    `### Budgets\n\n${budgetTable}`,
    `### First chart drawn, ms (one chart per page, same data)\n\n${chartTable}`,
    `### Dashboard\n\n${dashTable}`,
    `### Map motion (pan and zoom)\n\n${motionTable}`,
    `### Embeds (embed.html?widget=<id>&release=<id>)\n\n${embedTable}`,
    `### Bytes shipped and peak JS heap\n\n${bytesTable}`,
    `### Heaviest files the dashboard loads\n\n${table(["file", "when", "gzip", "brotli", "contains (by signature)"], heaviest)}`,
    `### Loading and verifying a release\n\n${loadTable}`,
    ...(uniqueNotes.length ? [`### Not measured\n\n${uniqueNotes.map((n) => `- ${n}`).join("\n")}`] : []),
  ];
  const markdown = `${header}\n\n${sections.join("\n\n")}\n`;
  const resultsFile =
    `# Benchmark results\n\nThe last \`npm run bench\` (see [README.md](README.md) for how to run and read it). ` +
    `Earlier runs and what changed between them are under [History](#history) at the end: a run rewrites ` +
    `everything above it and keeps that section.\n\n` +
    `**Machine:** ${machineLine}\n\n${markdown}`;
  const summary = {
    over: budgetRows.filter((b) => b.status === "over").map((b) => b.label),
    na: budgetRows.filter((b) => b.status === "n/a").map((b) => b.label),
    notes: uniqueNotes,
  };
  return { markdown: `Machine: ${machineLine}\n${markdown}`, resultsFile, budgetRows, summary };
}

export const HISTORY_HEADING = "## History";

/**
 * The new RESULTS.md with the History section of the old one kept at its end: the tables are the last run's,
 * the history is written by hand (one paragraph per run that mattered) and must survive every run.
 */
export function withHistory(resultsFile: string, previous: string | null): string {
  const at = previous ? previous.search(/^## History[ \t]*$/m) : -1;
  const history =
    at >= 0
      ? previous!.slice(at).trimEnd()
      : `${HISTORY_HEADING}\n\nNewest first: the date and time of a run (UTC), the release it measured, and what changed.`;
  return `${resultsFile.trimEnd()}\n\n${history}\n`;
}
