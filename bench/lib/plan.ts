/** What gets measured: the pages, per dataset, and which of them are compared with which. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, type PeerName } from "./build.ts";

export type Dataset = "real" | "stress";
export type ChartKind = "bar" | "line" | "map";

/** Our widget that draws each kind of chart, and the peers that draw it too. */
export const COMPARISONS: Record<ChartKind, { widget: string; label: string; peers: PeerName[] }> = {
  bar: { widget: "pardon-timeline", label: "bar: pardon stages", peers: ["vega-lite", "plotly", "plot", "chartjs"] },
  line: {
    widget: "prisoners-trend",
    label: "line: political prisoners",
    peers: ["vega-lite", "plotly", "plot", "chartjs"],
  },
  map: { widget: "detention-map", label: "map: detention events", peers: ["vega-lite", "plotly", "plot", "leaflet"] },
};

/** The reference page for the whole-dashboard budget (not counted as a peer in the chart ratios). */
export const REFERENCE: { peer: PeerName; kind: ChartKind } = { peer: "minimal-react-d3", kind: "line" };

export const PEER_LABELS: Record<PeerName, string> = {
  "vega-lite": "Vega-Lite",
  plotly: "Plotly",
  plot: "Obs. Plot",
  chartjs: "Chart.js",
  leaflet: "Leaflet",
  "minimal-react-d3": "React+d3 (min)",
};

const FALLBACK_WIDGETS = ["pardon-timeline", "prisoners-trend", "treason-trend", "detention-map", "key-figures"];

/**
 * The embeddable widget ids, read from the embed registry's source (src/embed/lazyWidgets.ts) rather than
 * imported, so the harness never executes app code in Node and keeps working while that file changes.
 */
export function embedWidgetIds(): string[] {
  try {
    const text = readFileSync(path.join(ROOT, "src/embed/lazyWidgets.ts"), "utf8");
    const ids = [...text.matchAll(/^\s*"([a-z0-9-]+)":\s*\(\)\s*=>/gm)].map((m) => m[1]!);
    return ids.length ? ids : FALLBACK_WIDGETS;
  } catch {
    return FALLBACK_WIDGETS;
  }
}

export interface ReleaseInfo {
  id: string;
  asOf: string;
  bytes: number;
  /** First day with data in the prisoner series or the detentions: where a drag starts. */
  firstDay: string;
}

export function releaseInfo(dataDir: string): ReleaseInfo {
  const manifest = JSON.parse(readFileSync(path.join(dataDir, "manifest.json"), "utf8")) as {
    releases: { id: string; asOf: string; files: { path: string; bytes: number }[] }[];
  };
  const entry = manifest.releases[0]!;
  const read = <T>(name: string) =>
    JSON.parse(readFileSync(path.join(dataDir, "releases", entry.id, name), "utf8")) as T;
  const { series } = read<{ series: { id: string; observations: { date: string }[] }[] }>("series.json");
  const { detentions } = read<{ detentions: { start: string }[] }>("detentions.json");
  const dates = [
    ...(series.find((s) => s.id === "prisoners_in_custody")?.observations ?? []).map((o) => o.date),
    ...detentions.map((d) => d.start),
  ].map((d) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d));
  const firstDay = dates.reduce((a, b) => (b < a ? b : a), entry.asOf);
  return { id: entry.id, asOf: entry.asOf, bytes: entry.files.reduce((s, f) => s + f.bytes, 0), firstDay };
}

/** A drag across the data: the start held, the end moving from 40 % of the span to the last day. */
export function dragRanges(info: ReleaseInfo, steps: number): { start: string; end: string }[] {
  const t0 = Date.parse(`${info.firstDay}T00:00:00Z`);
  const t1 = Date.parse(`${info.asOf}T00:00:00Z`);
  return Array.from({ length: steps }, (_, i) => {
    const end = t0 + (t1 - t0) * (0.4 + (0.6 * i) / (steps - 1));
    return { start: info.firstDay, end: new Date(end).toISOString().slice(0, 10) };
  });
}
