/**
 * The build's prerendered dashboard (src/app/prerender.tsx): the page of a URL without a view, for the real newest
 * release, in English: every widget with its figures and marks, as the app's own markup, which the browser
 * hydrates (src/app/main.tsx). So it is the live page's first render: real controls, the app's ids.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prerenderDashboard } from "../../src/app/prerender";
import { isPrerenderedView } from "../../src/app/prerenderedView";
import { manifestKey } from "../../src/data/manifestKey";
import { loadManifest, loadReaderManifest, loadRelease } from "../../src/data/loader";
import { WIDGETS } from "../../src/app/registry";
import { viewFromSearch } from "../../src/state/view";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const read = async (file: string) => new Uint8Array(readFileSync(path.join(DATA, file)));

function parse(html: string): HTMLElement {
  const box = document.createElement("div");
  box.innerHTML = html;
  return box;
}

describe("prerendered dashboard", () => {
  it("shows the header, the key figures and every widget of the newest release, with marks, in English", async () => {
    const { manifest, release } = await loadRelease(read, null);
    const box = parse(await prerenderDashboard(manifest, release));
    expect(box.querySelector("h1")?.textContent).toBe("Belarus Repression Tracker");
    // The release picker shows the newest release as chosen.
    expect(box.querySelector<HTMLSelectElement>(".site-header select")?.value ?? "").toBe(release.entry.id);
    expect(box.querySelectorAll(".key-value").length).toBeGreaterThan(2);
    const ids = [...box.querySelectorAll(".widgets section.widget")].map((w) => w.getAttribute("data-widget"));
    expect(ids).toEqual(WIDGETS.map((w) => w.id));
    const trend = box.querySelector('[data-widget="prisoners-trend"]')!;
    expect(trend.querySelector("h2")?.textContent).toBe("Political prisoners over time");
    expect(trend.querySelector(".as-of")?.textContent).toContain(`Release ${release.entry.id}`);
    expect(trend.querySelectorAll("svg circle, svg path.segment").length).toBeGreaterThan(20);
    // The map is its still picture (Leaflet cannot run at build time); the browser mounts Leaflet after hydrating.
    expect(
      box.querySelectorAll('[data-widget="detention-map"] svg.static-map .static-map-symbol').length,
    ).toBeGreaterThan(2);
    // The folded rest of a source line: its links come in when it is opened (or printed), in the live page.
    const more = trend.querySelector("details.sources-more")!;
    expect(more.querySelector("summary")?.textContent).toMatch(/^and \d+ more sources$/);
    expect(more.querySelectorAll("a")).toHaveLength(0);
    // No "Loading…" and no error: the markup is the ready page.
    expect(box.querySelector(".loading, .error-panel")).toBeNull();
  });

  it("is the live page's markup, not a picture: controls enabled and in Tab order, the app's own ids", async () => {
    const { manifest, release } = await loadRelease(read, null);
    const html = await prerenderDashboard(manifest, release);
    const box = parse(html);
    const enabled = [...box.querySelectorAll("button")].filter((b) => !b.disabled);
    // Every widget's Share and "Add to my briefing", and more (only "Reset range" waits for a range).
    expect(enabled.length).toBeGreaterThan(2 * WIDGETS.length);
    expect(box.querySelectorAll('a[tabindex="-1"], button[tabindex="-1"], select[tabindex="-1"]')).toHaveLength(0);
    // useId numbers ids as the browser does (P0-n), so hydration finds the same ones.
    expect(box.querySelector('[id^="P0-"]')).not.toBeNull();
    expect(html).not.toMatch(/id="Ppre/);
  });
});

describe("the prerendered view", () => {
  it("is the URL without a view, in English; any other language, release, range or panel is not", () => {
    expect(isPrerenderedView(viewFromSearch(""))).toBe(true);
    expect(isPrerenderedView(viewFromSearch("?lang=en&utm_source=x", ["ru-RU"]))).toBe(true);
    expect(isPrerenderedView(viewFromSearch("", ["be-BY", "en"]))).toBe(false);
    for (const search of ["?lang=ru", "?release=2024-11-15", "?from=2024-01-01&to=2024-12-31", "?panel=sources"])
      expect(isPrerenderedView(viewFromSearch(search)), search).toBe(false);
    expect(isPrerenderedView(viewFromSearch("?theme=dark")), "the header's picker shows the theme").toBe(false);
  });
});

describe("the manifest the markup was rendered from", () => {
  it("has the same fingerprint as the reader's copy of it, and another once an entry is broken or added", async () => {
    const built = await loadManifest(read);
    const reader = await loadReaderManifest(read);
    expect(manifestKey(reader)).toMatch(/^[0-9a-f]{8}$/);
    expect(manifestKey(reader)).toBe(manifestKey(built));
    const [bad, ...rest] = reader.releases.slice().reverse();
    const broken = { ...reader, releases: rest.reverse(), invalid: [{ id: bad!.id, error: new Error("invalid") }] };
    expect(manifestKey(broken as typeof reader)).not.toBe(manifestKey(reader));
    const added = { ...reader, releases: [{ ...reader.releases[0]!, id: "2099-01-01" }, ...reader.releases] };
    expect(manifestKey(added)).not.toBe(manifestKey(reader));
  });
});
