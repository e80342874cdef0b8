import { describe, expect, it } from "vitest";
import { searchFromView, viewFromSearch } from "../../src/state/url";
import { DEFAULT_VIEW } from "../../src/state/store";

describe("URL ⇄ view", () => {
  it("reads the public parameters", () => {
    const v = viewFromSearch(
      "?release=2024-11-15&lang=be&theme=dark&from=2024-11-01&to=2024-11-15&sel=pardon%3A2024-11-07&cat=raid",
    );
    expect(v.releaseId).toBe("2024-11-15");
    expect(v.lang).toBe("be");
    expect(v.theme).toBe("dark");
    expect(v.range).toEqual({ start: "2024-11-01", end: "2024-11-15" });
    expect(v.selection).toBe("pardon:2024-11-07");
    expect(v.categories).toEqual(["raid"]);
  });

  it("round-trips a view through the URL", () => {
    const view = {
      ...DEFAULT_VIEW,
      releaseId: "2024-11-15",
      lang: "ru" as const,
      range: { start: "2024-07-01", end: "2024-12-31" },
      tables: ["pardon-timeline"],
    };
    expect(viewFromSearch(searchFromView(view))).toEqual(view);
  });

  it("ignores invalid values instead of failing", () => {
    const v = viewFromSearch("?lang=xx&theme=neon&from=2024-13-01&to=garbage&panel=nope");
    expect(v.lang).toBe("en");
    expect(v.theme).toBe("auto");
    expect(v.range).toBeNull();
    expect(v.panel).toBe("dashboard");
  });

  it("takes the browser language when the URL has none, then English", () => {
    expect(viewFromSearch("", ["ru-RU", "en"]).lang).toBe("ru");
    expect(viewFromSearch("", ["de-DE"]).lang).toBe("en");
    expect(viewFromSearch("?lang=en", ["be"]).lang).toBe("en");
  });

  it("writes nothing for the default view", () => {
    expect(searchFromView(DEFAULT_VIEW)).toBe("");
  });
});
