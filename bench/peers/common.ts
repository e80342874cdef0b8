/**
 * What every peer page shares: read the newest release straight from data/ (the way a newsroom
 * developer would: fetch the JSON, no hashing, no validation), shape the three datasets, and tell the
 * harness when the chart is drawn by setting data-ready="true" on #chart (the same signal the
 * harness looks for in the app).
 */
export type ChartKind = "bar" | "line" | "map";

export const params = new URLSearchParams(location.search);
export const kind = (params.get("chart") ?? "line") as ChartKind;
const dataRoot = params.get("data") ?? "../data";

export const WIDTH = 680;
export const HEIGHT = 380;

export const container = document.getElementById("chart") as HTMLDivElement;

export function markReady(): void {
  container.setAttribute("data-ready", "true");
}

/** The harness reports "n/a" for a chart kind a library does not draw (without plugins or network). */
export function notApplicable(reason: string): void {
  container.setAttribute("data-ready", "n/a");
  container.textContent = reason;
}

interface ManifestJson {
  releases: { id: string }[];
}
interface Measure {
  value: number;
}

let newest: Promise<string> | undefined;
async function releaseFile<T>(name: string): Promise<T> {
  newest ??= fetch(`${dataRoot}/manifest.json`)
    .then((r) => r.json() as Promise<ManifestJson>)
    .then((m) => m.releases[0]!.id);
  const id = await newest;
  return (await fetch(`${dataRoot}/releases/${id}/${name}`)).json() as Promise<T>;
}

/** Partial ISO dates ("2020-12", "2025") parse as UTC like full ones. */
const toDate = (iso: string) => new Date(iso);

export interface Bar {
  date: Date;
  count: number;
}
/** One bar per pardon stage: the first (preferred) claim of its count. */
export async function pardonBars(): Promise<Bar[]> {
  const { pardons } = await releaseFile<{ pardons: { date: string; count: Measure[] }[] }>("pardons.json");
  return pardons.map((p) => ({ date: toDate(p.date), count: p.count[0]!.value }));
}

export interface Point {
  date: Date;
  value: number;
}
/** The political-prisoner series, every observation, in date order. */
export async function prisonerLine(): Promise<Point[]> {
  const { series } = await releaseFile<{ series: { id: string; observations: { date: string; value: number }[] }[] }>(
    "series.json",
  );
  const obs = series.find((s) => s.id === "prisoners_in_custody")?.observations ?? [];
  return obs.map((o) => ({ date: toDate(o.date), value: o.value })).sort((a, b) => +a.date - +b.date);
}

export interface Dot {
  lon: number;
  lat: number;
  count: number;
}
/** Detention events at places: one dot per event at the mean position of its places (never split). */
export async function detentionDots(): Promise<Dot[]> {
  const [{ detentions }, { places }] = await Promise.all([
    releaseFile<{ detentions: { scope: string; places: string[]; count: Measure[] }[] }>("detentions.json"),
    releaseFile<{ places: { id: string; lat?: number; lon?: number }[] }>("places.json"),
  ]);
  const byId = new Map(places.map((p) => [p.id, p]));
  const dots: Dot[] = [];
  for (const d of detentions) {
    const located = d.places.map((id) => byId.get(id)).filter((p) => p?.lat !== undefined && p.lon !== undefined);
    if (d.scope !== "places" || located.length === 0) continue;
    const lat = located.reduce((s, p) => s + p!.lat!, 0) / located.length;
    const lon = located.reduce((s, p) => s + p!.lon!, 0) / located.length;
    dots.push({ lat, lon, count: d.count[0]?.value ?? 1 });
  }
  return dots;
}

/** The same offline outline of Belarus and its neighbours the app uses (copied next to the page). */
export async function outline(): Promise<GeoJSON.FeatureCollection> {
  return (await fetch("./belarus.geo.json")).json() as Promise<GeoJSON.FeatureCollection>;
}

/** Runs the page's drawing function for the requested chart kind and reports failures visibly. */
export function run(
  draw: Partial<Record<ChartKind, () => Promise<void>>>,
  missing = "not drawn by this library",
): void {
  const fn = draw[kind];
  if (!fn) {
    notApplicable(missing);
    return;
  }
  fn().catch((e: unknown) => {
    container.setAttribute("data-ready", "error");
    container.textContent = String(e);
    console.error(e);
  });
}
