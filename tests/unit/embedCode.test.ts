import { describe, expect, it } from "vitest";
import {
  HEIGHT_MARGIN,
  defaultHeight,
  heightBands,
  iframeCode,
  noscriptCode,
  scriptCode,
  staticImageUrl,
  tallest,
  type IframeOptions,
} from "../../src/embed/embedCode";
import type { EmbedHeights } from "../../src/embed/heightBands";
import measured from "../../src/embed/heights.json";
import { EMBED_WIDGET_IDS } from "../../src/embed/lazyWidgets";
import { LANGS } from "../../src/i18n/format";

const margin = (h: number) => Math.ceil((h * (1 + HEIGHT_MARGIN.share) + HEIGHT_MARGIN.px) / 10) * 10;

/** Two releases of one widget: the older one is taller at every width (say, it shows the "newer data" notice). */
const FILE: EmbedHeights = {
  note: "test",
  chromium: "test",
  widths: [280, 320, 360, 400, 480, 560, 640, 800, 1000, 1280],
  bandStarts: [0, 320, 360, 400, 480, 560, 640, 800, 1000],
  all: {
    chart: {
      en: [1900, 1700, 1500, 1400, 1300, 1250, 1250, 1100, 1000],
    },
  },
  releases: {
    new: {
      chart: {
        en: [1800, 1600, 1450, 1350, 1200, 1200, 1150, 1050, 950],
      },
    },
  },
};

const fallback = {
  href: "https://x.org/index.html?lang=en#chart",
  image640: "https://x.org/embed-static/latest/chart.en.640.svg",
  image320: "https://x.org/embed-static/latest/chart.en.320.svg",
  alt: 'About 1,000 "pardoned" <b>&</b> counted',
};

function options(width: number | null, releaseId: string | null = "new"): IframeOptions {
  return {
    src: "https://x.org/embed.html?widget=chart&a=1",
    title: 'A "quoted" <title>',
    width,
    bands: heightBands("chart", releaseId, "en", width, FILE),
    frame: "brt-abc123",
    fallback,
  };
}

describe("heights of the script-less code", () => {
  it("takes a pinned release's own heights per band, with the margin, and merges equal bands", () => {
    expect(heightBands("chart", "new", "en", null, FILE)).toEqual([
      { minWidth: 0, height: margin(1800) },
      { minWidth: 320, height: margin(1600) },
      { minWidth: 360, height: margin(1450) },
      { minWidth: 400, height: margin(1350) },
      { minWidth: 480, height: margin(1200) }, // 560 is as tall: one band
      { minWidth: 640, height: margin(1150) },
      { minWidth: 800, height: margin(1050) },
      { minWidth: 1000, height: margin(950) },
    ]);
    // The margin is real: at least HEIGHT_MARGIN.px more than measured, whole tens.
    for (const b of heightBands("chart", "new", "en", null, FILE)) expect(b.height % 10).toBe(0);
    expect(margin(1000)).toBeGreaterThanOrEqual(1000 + HEIGHT_MARGIN.px);
  });

  it("follows the newest release, or a release newer than the file, with the tallest of every release", () => {
    expect(heightBands("chart", null, "en", null, FILE)[0]).toEqual({ minWidth: 0, height: margin(1900) });
    expect(heightBands("chart", "2099-01-01", "en", null, FILE)[0]).toEqual({ minWidth: 0, height: margin(1900) });
  });

  it("drops bands wider than a fixed width", () => {
    expect(heightBands("chart", "new", "en", 360, FILE).map((b) => b.minWidth)).toEqual([0, 320, 360]);
  });

  it("falls back to the default height for a widget that was never measured", () => {
    expect(heightBands("new-widget", null, "en", 640, FILE)).toEqual([{ minWidth: 0, height: defaultHeight(640) }]);
  });

  it("has measurements of every embeddable widget in every language, as tall as the issue found needed", () => {
    const file = measured as EmbedHeights;
    for (const id of EMBED_WIDGET_IDS)
      for (const lang of LANGS) expect(file.all[id]?.[lang], `${id} ${lang}`).toBeTruthy();
    // Issue 18 measured these at 360 px: the iframe code must be at least this tall there.
    const at360 = (widget: string) => heightBands(widget, null, "en", null).findLast((b) => b.minWidth <= 360)!.height;
    expect(at360("pardon-timeline")).toBeGreaterThanOrEqual(1468);
    expect(at360("prisoners-trend")).toBeGreaterThanOrEqual(1551);
    expect(at360("detention-map")).toBeGreaterThanOrEqual(2785);
  });
});

describe("script-less iframe code", () => {
  it("is a size container with the tallest height inline and one container query per narrower height", () => {
    const o = options(null);
    const code = iframeCode(o);
    const top = tallest(o.bands);
    expect(top).toBe(margin(1800));
    expect(code).toMatch(/^<div style="container-type:inline-size;width:100%;">/);
    expect(code).toContain(
      `<iframe class="brt-h-brt-abc123" src="https://x.org/embed.html?widget=chart&amp;a=1" ` +
        `title="A &quot;quoted&quot; &lt;title&gt;" width="100%" height="${top}" ` +
        `style="display:block;width:100%;height:${top}px;border:0" loading="lazy" data-brt-embed="brt-abc123"></iframe>`,
    );
    const css = code.slice(code.indexOf("<style>") + 7, code.indexOf("</style>"));
    const rules = [
      ...css.matchAll(/@container \(min-width:(\d+)px\)\{iframe\.brt-h-brt-abc123\{height:(\d+)px!important\}\}/g),
    ];
    // Nothing but these rules and the one hiding the empty frame without JavaScript, every brace closed, widths
    // ascending so the widest matching rule wins.
    expect(
      rules.map((r) => r[0]).join("") + "@media (scripting:none){iframe.brt-h-brt-abc123{display:none!important}}",
    ).toBe(css);
    expect(rules.map((r) => [Number(r[1]), Number(r[2])])).toEqual(
      o.bands.filter((b) => b.minWidth > 0).map((b) => [b.minWidth, b.height]),
    );
    expect(code.endsWith("</style>")).toBe(true);
  });

  it("keeps a fixed width on the wrapper and has no height rule when one height fits every width", () => {
    const code = iframeCode({ ...options(640), bands: [{ minWidth: 0, height: 900 }] });
    expect(code).toMatch(/^<div style="container-type:inline-size;width:100%;max-width:640px;">/);
    expect(code).toContain('width="640" height="900"');
    expect(code).not.toContain("@container");
    expect(code).toContain("<style>@media (scripting:none){iframe.brt-h-brt-abc123{display:none!important}}</style>");
  });

  it("carries the noscript picture after the iframe", () => {
    const code = iframeCode(options(640));
    expect(code.indexOf("<noscript>")).toBeGreaterThan(code.indexOf("</iframe>"));
  });
});

describe("script code", () => {
  it("has no !important rule that would stop embed.js resizing, and starts at the tallest height", () => {
    const o = options(640);
    const code = scriptCode(o, "https://x.org/embed.js");
    // Its only CSS hides the empty frame when the host runs no JavaScript; nothing sets a height.
    const css = code.slice(code.indexOf("<style>") + 7, code.indexOf("</style>"));
    expect(css).toBe("@media (scripting:none){iframe.brt-h-brt-abc123{display:none!important}}");
    expect(code).not.toMatch(/height:[^;"]*!important/);
    expect(code).toContain(
      `height="${tallest(o.bands)}" style="width:100%;max-width:640px;height:${tallest(o.bands)}px`,
    );
    expect(code).toMatch(
      /<\/iframe>\n<noscript>.*<\/noscript>\n<style>.*<\/style>\n<script src="https:\/\/x.org\/embed.js" async><\/script>$/,
    );
  });
});

describe("noscript picture", () => {
  it("links the 640 and 320 px pictures to the dashboard, with the summary as escaped alt text", () => {
    expect(noscriptCode(fallback)).toBe(
      '<noscript><a href="https://x.org/index.html?lang=en#chart"><picture>' +
        '<source media="(max-width: 480px)" srcset="https://x.org/embed-static/latest/chart.en.320.svg">' +
        '<img src="https://x.org/embed-static/latest/chart.en.640.svg" ' +
        'alt="About 1,000 &quot;pardoned&quot; &lt;b&gt;&amp;&lt;/b&gt; counted" width="640" style="max-width:100%;height:auto">' +
        "</picture></a></noscript>",
    );
  });

  it("names the pinned release's folder, or latest", () => {
    const p = { widget: "pardon-timeline", lang: "be" as const };
    expect(staticImageUrl("https://x.org/t/index.html?a=1", { ...p, releaseId: "2026-12-06-r2" }, 320)).toBe(
      "https://x.org/t/embed-static/2026-12-06-r2/pardon-timeline.be.320.svg",
    );
    expect(staticImageUrl("https://x.org/t/", { ...p, releaseId: null }, 640)).toBe(
      "https://x.org/t/embed-static/latest/pardon-timeline.be.640.svg",
    );
  });
});
