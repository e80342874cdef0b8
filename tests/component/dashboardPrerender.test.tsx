/**
 * The build's prerendered dashboard (src/app/prerender.tsx): the page of a URL without a view, for the real newest
 * release, in the reader's language: every widget with its figures and marks, as a still picture.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prerenderDashboard } from "../../src/app/prerender";
import { loadRelease } from "../../src/data/loader";
import { translator } from "../../src/i18n";
import { WIDGETS } from "../../src/app/registry";

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
    const box = parse(await prerenderDashboard(manifest, release, "en"));
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
    // The map is its still picture: Leaflet cannot run at build time.
    expect(
      box.querySelectorAll('[data-widget="detention-map"] svg.static-map .static-map-symbol').length,
    ).toBeGreaterThan(2);
    // A source line's first citations are links; the folded rest ("and 71 more sources") cannot be opened in a
    // picture, so only its summary is there.
    const more = trend.querySelector("details.sources-more")!;
    expect(more.querySelector("summary")?.textContent).toMatch(/^and \d+ more sources$/);
    expect(more.querySelectorAll("a")).toHaveLength(0);
    expect(trend.querySelectorAll(".source-line a[href^='http']").length).toBeGreaterThan(2);
    // No "Loading…" and no error: the copy is the ready page.
    expect(box.querySelector(".loading, .error-panel")).toBeNull();
  });

  it("is a still picture in the reader's language: nothing reachable by Tab, every button disabled", async () => {
    const { manifest, release } = await loadRelease(read, null);
    const html = await prerenderDashboard(manifest, release, "be", 320);
    const box = parse(html);
    expect(box.querySelector("h1")?.textContent).toBe(translator("be")("app.title"));
    expect(box.querySelector('[data-widget="pardon-timeline"] h2')?.textContent).toBe(
      translator("be")("pardons.title"),
    );
    // Charts drawn for a phone, with a viewBox so CSS can scale them.
    const chart = box.querySelector('[data-widget="treason-trend"] svg[width="320"]');
    expect(chart?.getAttribute("viewBox")).toMatch(/^0 0 320 \d+/);
    const focusable = box.querySelectorAll(
      'a, button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    );
    expect(focusable.length).toBeGreaterThan(10);
    for (const el of focusable) expect(el.getAttribute("tabindex"), el.outerHTML.slice(0, 80)).toBe("-1");
    for (const button of box.querySelectorAll("button")) expect(button.disabled).toBe(true);
    expect(html).not.toContain("<template");
  });
});
