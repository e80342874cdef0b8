/** Every widget's headline (the line embeds use for "Newer data: …") on the real releases. */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";
import { EMBED_WIDGETS } from "../../src/app/registry";
import type { WidgetContext } from "../../src/widgets/types";
import { realRelease } from "../testing/peopleFixture";

async function ctx(id: "2024-11-15" | "2026-03-05"): Promise<WidgetContext> {
  const release = await realRelease(id);
  return { release, lang: "en", t: translator("en"), range: null, selection: null, categories: [], setView: () => {} };
}

describe("widget headlines", () => {
  it("name the newest pardon stage and the detention count", async () => {
    const c = await ctx("2024-11-15");
    const byId = Object.fromEntries(EMBED_WIDGETS.map((w) => [w.id, w]));
    expect(byId["pardon-timeline"]!.headline!(c)).toBe("31 people were released in the stage of 7 November 2024");
    expect(byId["detention-map"]!.headline!(c)).toMatch(/^33 detention events from .* in 9 places\.$/);
  });

  it("exist for every embeddable widget and are short", async () => {
    const c = await ctx("2026-03-05");
    for (const w of EMBED_WIDGETS) {
      const line = (w.headline ?? w.summary)(c);
      expect(line.length, w.id).toBeGreaterThan(10);
      expect(line.length, w.id).toBeLessThan(200);
    }
  });
});
