/**
 * The schema's rules on links, text and dates, as the dashboard reports them: a release breaking one
 * fails to load with the file, the JSON path and a message naming the problem.
 */
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/errors";
import { loadRelease } from "../../src/data/loader";
import { IsoDate, IsoDay, ReleaseEntry, Source } from "../../src/data/schema";
import { fixtureFiles, fixtureRecords, memoryReader, FIXTURE_ID } from "../testing/fixture";

type Records = ReturnType<typeof fixtureRecords>;
const file = (name: string) => `releases/${FIXTURE_ID}/${name}`;

/** Loads the fixture after `edit` and returns the error the dashboard would show. */
async function loadError(edit: (records: Records) => void): Promise<string> {
  const records = fixtureRecords();
  edit(records);
  try {
    await loadRelease(memoryReader(fixtureFiles(records).files), FIXTURE_ID);
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  throw new Error("expected the load to fail");
}

const sources = (r: Records) => (r["sources.json"] as { sources: Record<string, string>[] }).sources;
const detentions = (r: Records) => (r["detentions.json"] as { detentions: Record<string, unknown>[] }).detentions;

describe("source links", () => {
  it("refuses a javascript: URL", async () => {
    const message = await loadError((r) => (sources(r)[1]!.url = "javascript:alert(document.cookie)"));
    expect(message).toBe(
      `${file("sources.json")}: sources[1].url: expected an http(s) URL, got "javascript:alert(document.cookie)"`,
    );
  });

  it("refuses data: and file: addresses, and accepts http and https", () => {
    const url = (u: string) => Source.safeParse({ id: "s", title: "t", publisher: "p", url: u });
    expect(url("data:text/html,<script>alert(1)</script>").error?.issues[0]?.message).toBe("expected an http(s) URL");
    expect(url("file:///etc/passwd").error?.issues[0]?.message).toBe("expected an http(s) URL");
    expect(url("https://spring96.org/en/news/116662").success).toBe(true);
    expect(url("http://example.org/page").success).toBe(true);
  });
});

describe("data text", () => {
  it("refuses a control character in a title and names it", async () => {
    const message = await loadError((r) => (sources(r)[0]!.title = "Newsletter\u0007 2–15 Nov"));
    expect(message).toBe(
      `${file("sources.json")}: sources[0].title: contains a control character U+0007; remove it, got "Newsletter\\u0007 2–15 Nov"`,
    );
  });

  it("refuses a right-to-left override in a context and names it", async () => {
    const message = await loadError((r) => (detentions(r)[0]!.context = { en: "Pre-election \u202Esdiar" }));
    expect(message).toContain(`${file("detentions.json")}: detentions[0].context.en: `);
    expect(message).toContain(
      "contains an invisible text-direction character U+202E, which can make text display in another order than it is stored",
    );
  });

  it("refuses line breaks and tabs in notes too, and keeps ordinary punctuation", () => {
    const note = (n: string) => Source.safeParse({ id: "s", title: "t", publisher: "p", note: n });
    expect(note("first line\nsecond").error?.issues[0]?.message).toBe("contains a control character U+000A; remove it");
    expect(note("a\tb").error?.issues[0]?.message).toBe("contains a control character U+0009; remove it");
    expect(note("a\u2067b").error?.issues[0]?.message).toContain("text-direction character U+2067");
    expect(note("“At least 50” – Smarhon, Сморгонь; 2–15 Nov").success).toBe(true);
  });
});

describe("dates", () => {
  it("refuses 2024-02-30 in a release as no date of the calendar", async () => {
    const message = await loadError((r) => (detentions(r)[0]!.start = "2024-02-30"));
    expect(message).toBe(`${file("detentions.json")}: detentions[0].start: "2024-02-30" is not a date of the calendar`);
  });

  it("refuses impossible days, months and year 0000, full or partial", () => {
    const why = (d: string) => IsoDate.safeParse(d).error?.issues[0]?.message;
    expect(why("2025-13-45")).toBe('"2025-13-45" is not a date of the calendar');
    expect(why("0000-00-00")).toBe('"0000-00-00" is not a date of the calendar');
    expect(why("2023-02-29")).toBe('"2023-02-29" is not a date of the calendar');
    expect(why("2024-04-31")).toBe('"2024-04-31" is not a date of the calendar');
    expect(why("2025-13")).toBe('"2025-13" is not a date of the calendar');
    expect(why("0000")).toBe('"0000" is not a date of the calendar');
    expect(why("20.11.2024")).toBe("expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
    for (const ok of ["2024-02-29", "2025-12", "2025", "2024-12-31"]) expect(why(ok)).toBeUndefined();
    expect(IsoDay.safeParse("2024-02-30").error?.issues[0]?.message).toBe('"2024-02-30" is not a date of the calendar');
    expect(IsoDay.safeParse("2024-11").error?.issues[0]?.message).toBe("expected a date as YYYY-MM-DD");
  });

  it("wants a release id to start with a real day, then an optional suffix", () => {
    const id = (v: string) => ReleaseEntry.shape.id.safeParse(v).error?.issues[0]?.message;
    expect(id("2026-12-06-r2")).toBeUndefined();
    expect(id("2026-02-30")).toBe('release id "2026-02-30" does not start with a date of the calendar');
    expect(id("2026-12-06r2")).toBe(
      "expected a release id starting with YYYY-MM-DD (then, optionally, a suffix such as -r2)",
    );
  });
});
