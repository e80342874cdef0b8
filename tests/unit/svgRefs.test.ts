/**
 * Exported chart SVGs carry what they refer to: patterns defined in another <svg> of the page are copied in,
 * under ids of the file's own, and nothing is left pointing at an element the file does not have.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { CaptionInfo } from "../../src/export/caption";
import { chartToSvg } from "../../src/export/svg";

const info: CaptionInfo = {
  title: "Pardon stages",
  summary: "Three stages released 120 people.",
  qualifierNote: "Hollow or dashed marks are not exact figures.",
  sourceLine: "Source: Viasna",
  releaseLine: "Release 2024-11-15",
  licence: "Data: CC BY 4.0",
};

/**
 * A widget laid out like the pardon timeline: patterns in a defs block of their own, a legend whose swatches use
 * them, and a plot whose bars do (by attribute, by inline style, and by the absolute url a browser may compute).
 */
function widget(id: string, extraBars = ""): HTMLElement {
  const here = document.URL.split("#")[0];
  const section = document.createElement("section");
  section.setAttribute("data-widget", id);
  section.innerHTML = `
    <svg class="pattern-defs" width="0" height="0">
      <defs>
        <linearGradient id="${id}-fade"><stop offset="0" stop-color="rgb(10, 20, 30)" /></linearGradient>
        <pattern id="${id}-amnesty" width="5" height="5" patternUnits="userSpaceOnUse">
          <rect width="5" height="5" fill="url(#${id}-fade)" />
          <circle cx="2.5" cy="2.5" r="1.4" fill="rgb(200, 40, 40)" />
        </pattern>
        <pattern id="${id}-us" href="#${id}-amnesty" patternTransform="rotate(45)" />
      </defs>
    </svg>
    <svg id="${id}-sprites" width="0" height="0"><circle id="${id}-dot" r="3" fill="rgb(1, 1, 1)" /></svg>
    <ul class="pardon-legend">
      <li><svg width="22" height="14" viewBox="0 0 22 14"><rect width="12" height="12" fill="url(#${id}-amnesty)" /></svg>Amnesty</li>
      <li><svg width="22" height="14" viewBox="0 0 22 14"><rect width="12" height="12" fill="url(#${id}-us)" /></svg>US-brokered release</li>
      <li style="display:none"><svg width="22" height="14"><rect width="4" height="4" /></svg>Hidden key</li>
    </ul>
    <div class="chart">
      <svg width="400" height="200" viewBox="0 0 400 200">
        <defs><clipPath id="${id}-clip"><rect width="380" height="200" /></clipPath></defs>
        <g clip-path="url(#${id}-clip)">
          <rect class="bar-a" x="10" y="10" width="20" height="100" fill="url(#${id}-amnesty)" />
          <rect class="bar-b" x="40" y="10" width="20" height="100" style="fill: url(&quot;${here}#${id}-us&quot;)" />
          <rect class="bar-lost" x="70" y="10" width="20" height="100" fill="url(#${id}-nowhere)" stroke="rgb(1, 2, 3)" />
          <rect class="bar-other-file" x="100" y="10" width="20" height="100" fill="url(other.svg#${id}-amnesty)" />
          <rect class="bar-own-fallback" x="130" y="10" width="20" height="100" fill="url(#${id}-gone) rgb(9, 9, 9)" />
          <use class="dot" href="#${id}-dot" x="200" y="50" />
          <use class="lost-dot" href="#${id}-vanished" x="220" y="50" />
          <line class="lost-arrow" x1="0" x2="50" marker-end="url(#${id}-gone-marker)" clip-path="url(#${id}-gone-clip)" />
          ${extraBars}
        </g>
      </svg>
    </div>`;
  document.body.appendChild(section);
  return section;
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  expect(doc.querySelector("parsererror")).toBeNull();
  return doc;
}

/** Every id the file refers to, by url(#…) anywhere in its markup or by href="#…". */
function referencedIds(svg: string): string[] {
  return [...svg.matchAll(/url\(\s*(?:&quot;|["'])?#([^"')&]+)/g), ...svg.matchAll(/href="#([^"]+)"/g)].map(
    (m) => m[1]!,
  );
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("chartToSvg: references", () => {
  it("copies every pattern the chart and its legend use from another svg, with consistent ids", () => {
    const out = chartToSvg(widget("pt1"), info)!;
    const doc = parse(out.svg);
    const ids = [...doc.querySelectorAll("[id]")].map((n) => n.id);

    // Both patterns, the gradient one of them paints with, and the <use> target are in the file, once each.
    expect(doc.querySelectorAll("defs pattern")).toHaveLength(2);
    expect(doc.querySelectorAll("defs linearGradient")).toHaveLength(1);
    expect(doc.querySelectorAll("defs circle[r='3']")).toHaveLength(1);
    expect(new Set(ids).size).toBe(ids.length);

    // Every reference resolves inside the file; none is left to the page's ids.
    const refs = referencedIds(out.svg);
    expect(refs.length).toBeGreaterThanOrEqual(7);
    for (const id of refs) expect(ids).toContain(id);
    expect(out.svg).not.toMatch(/#pt1-/);
    expect(out.svg).not.toContain("other.svg");

    // The bar and the legend swatch of a kind point at the same copied pattern.
    const amnesty = doc
      .querySelector(".bar-a")!
      .getAttribute("fill")!
      .match(/#([^)]+)/)![1]!;
    expect(doc.getElementById(amnesty)!.localName).toBe("pattern");
    const swatches = [...doc.querySelectorAll("g.legend svg rect")].map((r) => r.getAttribute("fill"));
    expect(swatches).toContain(`url(#${amnesty})`);
    // The style form (here as an absolute url, the way a browser may compute it) is rewritten too.
    const us = doc
      .querySelector(".bar-b")!
      .getAttribute("style")!
      .match(/url\(#([^)]+)\)/)![1]!;
    expect(doc.getElementById(us)!.localName).toBe("pattern");
    expect(doc.getElementById(us)!.getAttribute("href")).toBe(`#${amnesty}`);
    // The chart's own clip path keeps working under its new id.
    const clip = doc
      .querySelector("g[clip-path]")!
      .getAttribute("clip-path")!
      .match(/#([^)]+)/)![1]!;
    expect(doc.getElementById(clip)!.localName).toBe("clipPath");
  });

  it("gives a reference it cannot resolve a solid paint, never a dangling url", () => {
    const doc = parse(chartToSvg(widget("pt2"), info)!.svg);
    // No pattern: the bar takes its own outline colour, not "none" (which would read as hollow, i.e. inexact).
    expect(doc.querySelector(".bar-lost")!.getAttribute("fill")).toBe("rgb(1, 2, 3)");
    expect(doc.querySelector(".bar-own-fallback")!.getAttribute("fill")).toBe("rgb(9, 9, 9)");
    // A pattern in another file is not this file's: the text colour stands in.
    expect(doc.querySelector(".bar-other-file")!.getAttribute("fill")).toMatch(/^(#|rgb)/);
    expect(doc.querySelector(".lost-dot")).toBeNull();
    // A marker or clip path that is not there is left off: the line is drawn plain and whole.
    const arrow = doc.querySelector(".lost-arrow")!;
    expect([arrow.getAttribute("marker-end"), arrow.getAttribute("clip-path")]).toEqual([null, null]);
    expect(doc.querySelector(".dot")).not.toBeNull();
    const text = new XMLSerializer().serializeToString(doc);
    expect(text).not.toMatch(/nowhere|vanished|gone/);
    // Whatever is left names an element of the file.
    for (const [, id] of text.matchAll(/url\(#([^)]+)\)/g)) expect(doc.getElementById(id!)).not.toBeNull();
  });

  it("gives two exports different ids, so both can be inlined in one page", () => {
    const a = chartToSvg(widget("pt3"), info)!.svg;
    document.body.innerHTML = "";
    const b = chartToSvg(widget("pt3", '<rect x="300" width="5" height="5" fill="url(#pt3-amnesty)" />'), info)!.svg;
    const idsOf = (svg: string) => new Set([...parse(svg).querySelectorAll("[id]")].map((n) => n.id));
    const shared = [...idsOf(a)].filter((id) => idsOf(b).has(id));
    expect(shared).toEqual([]);
    // The same view exported twice is the same file.
    document.body.innerHTML = "";
    expect(chartToSvg(widget("pt3"), info)!.svg).toBe(a);
  });
});

describe("chartToSvg: legend", () => {
  it("draws the keys the widget shows, with their glyphs, between the chart and the caption", () => {
    const doc = parse(chartToSvg(widget("pt4"), info)!.svg);
    const legend = doc.querySelector("g.legend")!;
    const labels = [...legend.querySelectorAll("text")].map((t) => t.textContent);
    expect(labels).toEqual(["Amnesty", "US-brokered release"]);
    expect(legend.querySelectorAll(":scope > svg")).toHaveLength(2);
    const y = (sel: string) => Number(doc.querySelector(sel)!.getAttribute("y"));
    const chartBottom = y("svg > svg") + 200;
    expect(y("g.legend text")).toBeGreaterThan(chartBottom);
    expect(y("g.caption text")).toBeGreaterThan(y("g.legend text"));
  });

  it("wraps a long key to the file's width", () => {
    const section = widget("pt5");
    section.querySelector(".pardon-legend li")!.lastChild!.textContent =
      "Released under the amnesty law of 2024, counted by the human rights centre from court lists and letters";
    const out = chartToSvg(section, info)!;
    const texts = [...parse(out.svg).querySelectorAll("g.legend text")];
    const lines = texts.map((t) => t.textContent).slice(0, 3);
    expect(lines[0]).toBe("Released under the amnesty law of 2024, counted by");
    // The whole key is there, in order, over more than one line.
    expect(lines.join(" ")).toBe(
      "Released under the amnesty law of 2024, counted by the human rights centre from court lists and letters",
    );
    // Each line ends inside the file (by the same average glyph width the caption wraps with).
    for (const t of texts) {
      expect(Number(t.getAttribute("x")) + t.textContent!.length * 12 * 0.58).toBeLessThanOrEqual(out.width - 16);
    }
  });
});
