/** The embed URL's newsroom options (src/embed/params.ts): public API, so invalid values must be ignored. */
import { describe, expect, it } from "vitest";
import { hostThemeOf } from "../../src/embed/hostTheme";
import { embedUrl, parseEmbedParams, parseMaxHeight } from "../../src/embed/params";

describe("embed options in the URL", () => {
  it("turns plain, transparent and compact on with 1 or true, and leaves them off otherwise", () => {
    const on = parseEmbedParams("?widget=x&plain=1&transparent=true&compact=1");
    expect([on.plain, on.transparent, on.compact]).toEqual([true, true, true]);
    for (const v of ["0", "", "yes", "on", "TRUE", "2"]) {
      const p = parseEmbedParams(`?widget=x&plain=${v}&transparent=${v}&compact=${v}`);
      expect([p.plain, p.transparent, p.compact], v).toEqual([false, false, false]);
    }
    const none = parseEmbedParams("?widget=x");
    expect([none.plain, none.transparent, none.compact, none.maxHeight]).toEqual([false, false, false, null]);
  });

  it("reads maxheight as whole pixels, clamped to 200–10000, and ignores anything else", () => {
    expect(parseEmbedParams("?widget=x&maxheight=600").maxHeight).toBe(600);
    expect(parseMaxHeight("150")).toBe(200);
    expect(parseMaxHeight("0")).toBe(200);
    expect(parseMaxHeight("50000")).toBe(10000);
    for (const v of [null, "", "-300", "600px", "6e2", "60.5", " 600", "abc", "1234567"]) {
      expect(parseMaxHeight(v), String(v)).toBeNull();
    }
  });

  it("writes the options it was given, and nothing for options left off", () => {
    const base = { widget: "treason-trend", releaseId: null, lang: "be" as const, theme: "dark" as const, range: null };
    expect(embedUrl("https://x.org/t/", { ...base, frame: "brt-1" })).toBe(
      "https://x.org/t/embed.html?widget=treason-trend&lang=be&theme=dark&frame=brt-1",
    );
    const url = embedUrl("https://x.org/t/", {
      ...base,
      frame: null,
      plain: true,
      transparent: true,
      compact: true,
      maxHeight: 480,
    });
    expect(url).toBe(
      "https://x.org/t/embed.html?widget=treason-trend&lang=be&theme=dark&plain=1&transparent=1&compact=1&maxheight=480",
    );
    // What the URL says is what the embed reads back.
    const back = parseEmbedParams(new URL(url).search);
    expect([back.plain, back.transparent, back.compact, back.maxHeight]).toEqual([true, true, true, 480]);
  });
});

describe("theme message from the host page", () => {
  it("accepts light, dark and auto, for this frame or for any frame", () => {
    expect(hostThemeOf({ type: "brt:embed:theme", theme: "dark", frame: "brt-1" }, "brt-1")).toBe("dark");
    expect(hostThemeOf({ type: "brt:embed:theme", theme: "light" }, "brt-1")).toBe("light");
    expect(hostThemeOf({ type: "brt:embed:theme", theme: "auto", frame: null }, null)).toBe("auto");
  });

  it("ignores another frame's message, other message types and values that are not themes", () => {
    expect(hostThemeOf({ type: "brt:embed:theme", theme: "dark", frame: "brt-2" }, "brt-1")).toBeNull();
    expect(hostThemeOf({ type: "brt:embed:height", theme: "dark" }, null)).toBeNull();
    for (const theme of ["neon", "DARK", "", 1, null, { toString: () => "dark" }]) {
      expect(hostThemeOf({ type: "brt:embed:theme", theme }, null), String(theme)).toBeNull();
    }
    expect(hostThemeOf("brt:embed:theme dark", null)).toBeNull();
    expect(hostThemeOf(null, null)).toBeNull();
  });
});
