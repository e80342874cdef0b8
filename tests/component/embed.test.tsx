import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KeyFigures } from "../../src/components/KeyFigures";
import { loadRelease } from "../../src/data/loader";
import { RELEASE_FILE_NAMES } from "../../src/data/schema";
import { EmbedApp } from "../../src/embed/EmbedApp";
import { newFrameId } from "../../src/embed/embedCode";
import { LAZY_WIDGETS } from "../../src/embed/lazyWidgets";
import { dashboardUrl, embedUrl, parseEmbedParams } from "../../src/embed/params";
import { ShareButton } from "../../src/embed/ShareButton";
import { exportWidgetSvg } from "../../src/export/widgetExport";
import { translator } from "../../src/i18n";
import { DEFAULT_VIEW, useStore } from "../../src/state/store";
import { EMBED_WIDGETS } from "../../src/app/registry";
import { keyFiguresWidget } from "../../src/widgets/keyFiguresWidget";
import type { WidgetContext } from "../../src/widgets/types";
import { WidgetFrame } from "../../src/widgets/WidgetFrame";
import { fixtureRecords, memoryReader, type FileBytes } from "../testing/fixture";

const enc = new TextEncoder();
const BASE = "https://tracker.example/sub/embed.html?widget=key-figures";

/** Two releases, newest first: the fixture (2024-11-15) and a later one where the prisoner count changed. */
function twoReleases(): FileBytes {
  const files: FileBytes = {};
  const entry = (id: string, records: ReturnType<typeof fixtureRecords>) => ({
    id,
    title: { en: `Data as of ${id}` },
    period: { start: "2024-11-02", end: id },
    asOf: id,
    published: id,
    changelog: ["test"],
    files: RELEASE_FILE_NAMES.map((name) => {
      const bytes = enc.encode(JSON.stringify(records[name]));
      files[`releases/${id}/${name}`] = bytes;
      return {
        path: `releases/${id}/${name}`,
        bytes: bytes.byteLength,
        sha256: createHash("sha256").update(bytes).digest("hex"),
      };
    }),
  });
  const newer = fixtureRecords();
  const series = newer["series.json"] as { series: { observations: unknown[] }[] };
  series.series[0]!.observations.push({ date: "2025-12-31", value: 1131, qualifier: "exact", sources: ["viasna"] });
  const manifest = { schemaVersion: 1, releases: [entry("2026-03-05", newer), entry("2024-11-15", fixtureRecords())] };
  files["manifest.json"] = enc.encode(JSON.stringify(manifest));
  return files;
}

const read = memoryReader(twoReleases());

async function fixtureContext(): Promise<WidgetContext> {
  const { release } = await loadRelease(read, "2024-11-15");
  return {
    release,
    lang: "en",
    t: translator("en"),
    range: null,
    selection: null,
    categories: [],
    setView: (patch) => useStore.getState().setView(patch),
  };
}

beforeEach(() => {
  useStore.setState({ ...DEFAULT_VIEW });
});

describe("embed registry", () => {
  it("lazily loads exactly the embeddable widgets, each under its own id", async () => {
    expect(Object.keys(LAZY_WIDGETS).sort()).toEqual(EMBED_WIDGETS.map((w) => w.id).sort());
    for (const [id, load] of Object.entries(LAZY_WIDGETS)) expect((await load()).id).toBe(id);
  });
});

describe("embed URL", () => {
  it("parses the public parameters and ignores unsafe frame ids", () => {
    expect(parseEmbedParams("?widget=pardon-timeline&release=2024-11-15&lang=be&theme=dark&frame=brt-a1")).toEqual({
      widget: "pardon-timeline",
      releaseId: "2024-11-15",
      lang: "be",
      theme: "dark",
      frame: "brt-a1",
      range: null,
      plain: false,
      transparent: false,
      compact: false,
      maxHeight: null,
    });
    const p = parseEmbedParams('?widget=x&lang=de&theme=neon&frame="><script>&from=2024-01-01&to=2024-06-30');
    expect([p.lang, p.theme, p.frame, p.releaseId]).toEqual(["en", "auto", null, null]);
    // Without lang= an embed speaks the reader's browser language when it is one of ours.
    expect(parseEmbedParams("?widget=x", ["de-DE", "be-BY", "ru"]).lang).toBe("be");
    expect(parseEmbedParams("?widget=x&lang=ru", ["be"]).lang).toBe("ru");
    expect(p.range).toEqual({ start: "2024-01-01", end: "2024-06-30" });
  });

  it("builds embed and dashboard URLs against the site's base path", () => {
    const params = { widget: "treason-trend", releaseId: "2024-11-15", lang: "ru" as const, theme: "auto" as const };
    expect(embedUrl(BASE, { ...params, frame: "brt-1", range: null })).toBe(
      "https://tracker.example/sub/embed.html?widget=treason-trend&release=2024-11-15&lang=ru&theme=auto&frame=brt-1",
    );
    expect(dashboardUrl(BASE, params)).toBe(
      "https://tracker.example/sub/index.html?release=2024-11-15&lang=ru#treason-trend",
    );
  });

  it("gives each embed code a short instance id", () => {
    expect(newFrameId(() => 0.5)).toMatch(/^brt-[0-9a-z]{6}$/);
  });
});

/** The widget frame (the key-figures card inside carries its own, visually hidden, heading region). */
async function findWidget(): Promise<HTMLElement> {
  await screen.findByText(
    (_, el) => el?.matches('[data-widget="key-figures"] [data-key="prisoners"] .key-value') ?? false,
  );
  return document.querySelector('[data-widget="key-figures"]') as HTMLElement;
}

describe("EmbedApp", () => {
  it("shows the pinned release, then says what the newest release has for this widget", async () => {
    useStore.getState().setView({ lang: "en" });
    render(<EmbedApp params={parseEmbedParams("?widget=key-figures&release=2024-11-15")} read={read} base={BASE} />);
    const section = await findWidget();
    expect(section.querySelector('[data-key="prisoners"] .key-value')!.textContent).toBe("1,275");
    expect(section.querySelector(".as-of")!.textContent).toContain("Release 2024-11-15");
    const notice = await screen.findByRole("complementary", { name: "Newer data available" });
    expect(notice.textContent).toContain("Newer data: 1,131 political prisoners in custody (as of 31 December 2025).");
    expect(notice.textContent).toContain("This chart stays on release 2024-11-15.");
    // The pinned view itself did not change.
    expect(section.querySelector('[data-key="prisoners"] .key-value')!.textContent).toBe("1,275");
    const back = screen.getByRole("link", { name: /Open on the full dashboard/ });
    expect(back.getAttribute("href")).toBe("index.html?release=2024-11-15&lang=en#key-figures");
    expect(back.getAttribute("target")).toBe("_blank");
    // No Share button inside an embed, nor the dashboard's "Add to my briefing".
    expect(screen.queryByRole("button", { name: /^Share/ })).toBeNull();
    expect(screen.queryByRole("button", { name: /Add to my briefing/ })).toBeNull();
    fireEvent.click(within(notice).getByRole("button", { name: "Dismiss this note" }));
    expect(screen.queryByRole("complementary", { name: "Newer data available" })).toBeNull();
  });

  it("follows the newest release without a notice when no release is given", async () => {
    render(<EmbedApp params={parseEmbedParams("?widget=key-figures")} read={read} base={BASE} />);
    const section = await findWidget();
    expect(section.querySelector('[data-key="prisoners"] .key-value')!.textContent).toBe("1,131");
    expect(screen.queryByRole("complementary")).toBeNull();
  });

  it("speaks Belarusian", async () => {
    useStore.getState().setView({ lang: "be" });
    render(<EmbedApp params={parseEmbedParams("?widget=key-figures&lang=be")} read={read} base={BASE} />);
    const section = await findWidget();
    expect(section.querySelector("h2")!.textContent).toBe("Галоўныя лічбы");
    // The label agrees with its figure: 1 131 → singular, "у 1 этапе" after the stage count.
    const label = (key: string) => section.querySelector(`[data-key="${key}"] .key-label`)!.textContent;
    expect(section.querySelector('[data-key="prisoners"] .key-value')!.textContent).toBe("1 131");
    expect(label("prisoners")).toBe("палітвязень пад вартай");
    expect(label("pardoned")).toBe("чалавек вызвалены з 3 ліпеня 2024 г. у 1 этапе");
    expect(label("deaths")).toBe("палітвязняў памерлі ў зняволенні з 2020 г.");
    expect(screen.getByRole("link", { name: /Адкрыць на поўнай панэлі/ })).toBeTruthy();
  });

  it("names an unknown widget and an unknown release", async () => {
    const { unmount } = render(
      <EmbedApp params={parseEmbedParams("?widget=pie-chart&release=2024-11-15")} read={read} base={BASE} />,
    );
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Unknown chart");
    expect(alert.textContent).toContain('there is no widget "pie-chart" (available: pardon-timeline,');
    unmount();
    render(<EmbedApp params={parseEmbedParams("?widget=key-figures&release=1999-01-01")} read={read} base={BASE} />);
    const unknown = await screen.findByRole("alert");
    expect(unknown.textContent).toContain("Unknown release");
    expect(unknown.textContent).toContain('there is no release "1999-01-01" (available: 2026-03-05, 2024-11-15)');
  });

  it("does not repeat a link's own words about an unknown widget or release", async () => {
    const words = "Your access is blocked. Call +1 555 0100 now";
    const q = encodeURIComponent(words);
    const { unmount } = render(<EmbedApp params={parseEmbedParams(`?widget=${q}`)} read={read} base={BASE} />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("the requested widget does not exist (available: pardon-timeline,");
    expect(alert.textContent).not.toContain("555");
    unmount();
    render(<EmbedApp params={parseEmbedParams(`?widget=key-figures&release=${q}`)} read={read} base={BASE} />);
    const unknown = await screen.findByRole("alert");
    expect(unknown.textContent).toContain("the requested release does not exist (available: 2026-03-05, 2024-11-15)");
    expect(unknown.textContent).not.toContain("555");
  });
});

describe("key-figures widget", () => {
  it("tables the same figures the card shows, with qualifiers and sources", async () => {
    const ctx = await fixtureContext();
    const { container } = render(<KeyFigures release={ctx.release} lang="en" />);
    const shown = [...container.querySelectorAll(".key-value")].map((n) => n.textContent);
    const table = keyFiguresWidget.table(ctx);
    expect(table.rows.filter((r) => r.key.endsWith("-0")).map((r) => r.cells[1])).toEqual(shown);
    expect(table.rows.every((r) => r.sources.length > 0)).toBe(true);
    expect(keyFiguresWidget.headline!(ctx)).toBe("1,275 political prisoners in custody (as of 15 November 2024)");
  });
});

describe("Share dialog", () => {
  // The build's index of still pictures, as the dialog asks for it (no network in tests).
  const asked: string[] = [];
  beforeEach(() => {
    asked.length = 0;
    vi.stubGlobal("fetch", async (url: string) => {
      asked.push(String(url));
      if (!String(url).endsWith("/embed-static/2024-11-15/index.json")) return new Response("", { status: 404 });
      const index = {
        release: "2024-11-15",
        widgets: {
          "key-figures": {
            en: {
              alt: "…",
              sizes: { 320: { width: 320, height: 812 }, 640: { width: 640, height: 455 } },
            },
          },
        },
      };
      return new Response(JSON.stringify(index), { status: 200 });
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  async function openDialog() {
    const ctx = await fixtureContext();
    // The dashboard's frame: Share is one of its actions (App.tsx).
    render(<WidgetFrame def={keyFiguresWidget} ctx={ctx} actions={<ShareButton def={keyFiguresWidget} ctx={ctx} />} />);
    const share = screen.getByRole("button", { name: "Share: Key figures" });
    share.focus();
    fireEvent.click(share);
    const dialog = await screen.findByRole("dialog", { name: "Share or embed: Key figures" });
    return { ctx, share, dialog };
  }

  it("offers pinned or following embed code, a link, downloads and citations", async () => {
    const { ctx, dialog } = await openDialog();
    expect(document.activeElement).toBe(within(dialog).getByRole("button", { name: "Close" }));
    const code = within(dialog).getByLabelText(/^Iframe code without a script/) as HTMLTextAreaElement;
    expect(code.value).toMatch(
      /<iframe class="brt-h-brt-[a-z0-9]{6}" src="http:\/\/localhost(:\d+)?\/embed.html\?widget=key-figures&amp;release=2024-11-15&amp;lang=en&amp;theme=auto&amp;frame=brt-/,
    );
    // What each code does is said next to it (and is the field's description).
    expect(code.getAttribute("aria-describedby")).toBeTruthy();
    expect(document.getElementById(code.getAttribute("aria-describedby")!)?.textContent).toMatch(
      /^Fixed heights per column width, no script: the chart is never cut off/,
    );
    // Readers without JavaScript get the pinned release's picture, described by the widget's summary.
    expect(code.value).toContain("/embed-static/2024-11-15/key-figures.en.640.svg");
    // With the build's sizes, the page reserves each picture's height before it arrives.
    await waitFor(() => expect(code.value).toMatch(/key-figures\.en\.320\.svg" width="320" height="812">/));
    expect(code.value).toMatch(/key-figures\.en\.640\.svg" alt="[^"]*" width="640" height="455" /);
    expect(asked).toContain("http://localhost:3000/embed-static/2024-11-15/index.json");
    expect(code.value).toContain(`alt="${keyFiguresWidget.summary(ctx).replace(/"/g, "&quot;")}"`);
    fireEvent.click(within(dialog).getByLabelText(/^Follow the newest release/));
    expect(code.value).not.toContain("release=");
    fireEvent.change(within(dialog).getByLabelText("Language"), { target: { value: "ru" } });
    fireEvent.change(within(dialog).getByLabelText("Theme"), { target: { value: "dark" } });
    expect(code.value).toContain("lang=ru&amp;theme=dark");
    // The picture's alt text is in the embed's language once its messages have loaded.
    const ru = { ...ctx, lang: "ru" as const, t: translator("ru") };
    await waitFor(() =>
      expect(code.value).toContain(`alt="${keyFiguresWidget.summary({ ...ru, t: translator("ru") })}"`),
    );
    expect(code.value).toContain("/embed-static/latest/key-figures.ru.320.svg");
    fireEvent.click(within(dialog).getByLabelText("Wide (960 px)"));
    expect(code.value).toContain("max-width:960px");
    expect(code.value).toMatch(/width="960" height="\d+"/);
    const script = within(dialog).getByLabelText(/auto-height script/) as HTMLTextAreaElement;
    expect(script.value).toContain('<script src="http://localhost');
    expect(script.value).toContain('/embed.js" async></script>');
    const preview = dialog.querySelector("iframe")!;
    expect(preview.getAttribute("src")).toContain("frame=preview-brt-");
    expect(preview.getAttribute("title")).toBe("Preview: Key figures");
    for (const name of ["SVG", "PNG 1×", "PNG 2×", "CSV of what is shown", "CSV of the full series"]) {
      expect(within(dialog).getByRole("button", { name: new RegExp(`^${name}`) })).toBeTruthy();
    }
    expect((within(dialog).getByLabelText("Plain text") as HTMLTextAreaElement).value).toContain(
      "data release 2024-11-15 (as of 15 November 2024)",
    );
    expect((within(dialog).getByLabelText("BibTeX") as HTMLTextAreaElement).value).toMatch(
      /^@misc\{brt-key-figures-2024-11-15,/,
    );
    expect((within(dialog).getByLabelText("APA") as HTMLTextAreaElement).value).toContain("[Data set]");
  });

  it("copies with feedback, and falls back to selecting the text", async () => {
    const { dialog } = await openDialog();
    const writes: string[] = [];
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: async (s: string) => void writes.push(s) },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Copy link" })));
    expect(writes).toEqual([(within(dialog).getByLabelText("Link to this view") as HTMLTextAreaElement).value]);
    expect(writes[0]).toMatch(/index.html\?release=2024-11-15&lang=en#key-figures$/);
    expect(
      within(dialog)
        .getAllByRole("status")
        .some((s) => s.textContent === "Copied"),
    ).toBe(true);
    Object.defineProperty(navigator, "clipboard", {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error("denied")) },
    });
    await act(async () => fireEvent.click(within(dialog).getByRole("button", { name: "Copy APA" })));
    expect(document.activeElement).toBe(within(dialog).getByLabelText("APA"));
    expect(dialog.textContent).toContain("press Ctrl+C");
  });

  it("wraps Tab inside, closes on Esc and returns focus to Share", async () => {
    const { dialog, share } = await openDialog();
    const close = within(dialog).getByRole("button", { name: "Close" });
    fireEvent.keyDown(close, { key: "Tab", shiftKey: true });
    const last = document.activeElement!;
    expect(dialog.contains(last)).toBe(true);
    expect(last).not.toBe(close);
    fireEvent.keyDown(last, { key: "Tab" });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(dialog, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
    expect(document.activeElement).toBe(share);
  });
});

describe("SVG export", () => {
  it("draws the key-figure cards for key figures with the full caption", async () => {
    const ctx = await fixtureContext();
    render(<WidgetFrame def={keyFiguresWidget} ctx={ctx} />);
    const out = exportWidgetSvg(keyFiguresWidget, ctx, "https://x.org/index.html?release=2024-11-15#key-figures");
    expect(out.kind).toBe("picture");
    const doc = new DOMParser().parseFromString(out.svg, "image/svg+xml");
    expect(doc.querySelector("parsererror")).toBeNull();
    expect(doc.querySelectorAll(".key-figure").length).toBeGreaterThan(0);
    const text = doc.documentElement.textContent!;
    for (const s of [
      "Key figures",
      "1,275",
      "political prisoners in custody",
      "Release 2024-11-15",
      "Data: CC BY 4.0, Belarus Repression Tracker; sources as listed",
      "Human Constanta",
    ]) {
      expect(text).toContain(s);
    }
    expect(doc.querySelector("svg > rect")!.getAttribute("height")).toBe(String(out.height));
    expect(out.svg).not.toContain("var(");
  });

  it("clones a chart's SVG with its styles inlined", async () => {
    const ctx = await fixtureContext();
    const chart = {
      ...keyFiguresWidget,
      id: "test-chart",
      Component: () => (
        <div className="chart">
          <svg width="400" height="200" viewBox="0 0 400 200" role="img" aria-label="A test chart">
            <circle cx="10" cy="10" r="5" fill="var(--c-pardon)" tabIndex={0} style={{ stroke: "rgb(1, 2, 3)" }} />
            <text x="20" y="20">
              31
            </text>
          </svg>
        </div>
      ),
    };
    const { container } = render(<WidgetFrame def={chart} ctx={ctx} />);
    expect(container.querySelector("svg")).toBeTruthy();
    const out = exportWidgetSvg(chart, ctx, "https://x.org/");
    expect(out.kind).toBe("chart");
    expect(out.width).toBe(432);
    const doc = new DOMParser().parseFromString(out.svg, "image/svg+xml");
    const circle = doc.querySelector("circle")!;
    expect(circle.getAttribute("fill")).toBeNull(); // the CSS variable is gone …
    expect(circle.getAttribute("style")).toContain("stroke:"); // … computed paint is inline
    expect(circle.getAttribute("tabindex")).toBeNull();
    expect(doc.documentElement.textContent).toContain("31");
    expect(doc.querySelector("svg > svg")!.getAttribute("aria-label")).toBe("A test chart");
  });
});

describe("host script public/embed.js", () => {
  const script = readFileSync(path.resolve(import.meta.dirname, "../../public/embed.js"), "utf8");

  function setup() {
    document.body.innerHTML = `
      <iframe id="a" src="http://127.0.0.1:4173/embed.html?widget=x&frame=fa" data-brt-embed="fa" style="height:300px"></iframe>
      <iframe id="b" src="http://127.0.0.1:4173/embed.html?widget=x&frame=fb" style="height:300px"></iframe>`;
    delete (window as { __brtEmbedHost?: boolean }).__brtEmbedHost;
    new Function(script)();
    const a = document.getElementById("a") as HTMLIFrameElement;
    const b = document.getElementById("b") as HTMLIFrameElement;
    return { a, b };
  }
  const send = (source: Window | null, origin: string, data: unknown) =>
    window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
  const msg = (height: number, frame = "fa") => ({ type: "brt:embed:height", widget: "x", frame, height });

  it("resizes only its own iframes, from their own window and origin, with the right type and id", () => {
    const { a, b } = setup();
    send(a.contentWindow, "http://127.0.0.1:4173", msg(512));
    expect(a.style.height).toBe("512px");
    send(window, "http://127.0.0.1:4173", msg(40)); // the host page itself
    send(a.contentWindow, "http://evil.example", msg(41)); // wrong origin
    send(a.contentWindow, "http://127.0.0.1:4173", { ...msg(42), type: "other" }); // wrong type
    send(a.contentWindow, "http://127.0.0.1:4173", msg(43, "fb")); // another instance's id
    send(a.contentWindow, "http://127.0.0.1:4173", msg(-5)); // nonsense
    expect(a.style.height).toBe("512px");
    send(b.contentWindow, "http://127.0.0.1:4173", msg(44, "fb")); // not marked as ours
    expect(b.style.height).toBe("300px");
  });
});
