import { render } from "@testing-library/react";
import { beforeAll, describe, expect, it } from "vitest";
import { SourcesSlide } from "../../src/briefing/SourcesSlide";
import { SourceLinks } from "../../src/components/SourceLinks";
import type { ReleaseData } from "../../src/data/schema";
import { translator } from "../../src/i18n";
import { SourceDirectory } from "../../src/people/SourceDirectory";
import { realRelease } from "../testing/peopleFixture";

// A release whose data slipped a script URL (and a data: URL) past the schema: the page must not make links of them.
let release: ReleaseData;
const BAD = ["javascript:alert(document.domain)", " JaVa\tScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>"];
beforeAll(async () => {
  const real = await realRelease("2024-11-15");
  release = {
    ...real,
    sources: real.sources.map((s, i) => (i < BAD.length ? { ...s, url: BAD[i] } : s)),
  };
});

const ids = () => release.sources.slice(0, BAD.length + 1).map((s) => s.id);
const hrefs = (root: Element) => [...root.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")!);

describe("source URLs that are not http(s)", () => {
  it("are not links in a citation: the source is cited as one without a public link", () => {
    const { container } = render(<SourceLinks release={release} ids={ids()} />);
    const links = hrefs(container);
    expect(links).toHaveLength(BAD.length + 1);
    expect(links.filter((h) => /script|data:/i.test(h))).toEqual([]);
    // The bad ones point at their entry on our sources page; the good one at its publisher.
    expect(links.slice(0, BAD.length)).toEqual(
      release.sources.slice(0, BAD.length).map((s) => `?panel=sources#source-${s.id}`),
    );
    expect(links[BAD.length]).toBe(release.sources[BAD.length]!.url);
  });

  it("are plain text in the sources directory", () => {
    const { container } = render(<SourceDirectory release={release} lang="en" t={translator("en")} />);
    expect(hrefs(container).filter((h) => /script|data:/i.test(h))).toEqual([]);
    const entry = container.querySelector(`#source-${release.sources[0]!.id}`)!;
    expect(entry.querySelector("a")).toBeNull();
    expect(entry.textContent).toContain("no public link (javascript:alert(document.domain))");
  });

  it("are plain text in a briefing's printed source list", () => {
    const { container } = render(
      <SourcesSlide groups={[{ release, ids: ids() }]} release={release} lang="en" variant="page" />,
    );
    expect(hrefs(container).filter((h) => /script|data:/i.test(h))).toEqual([]);
    expect(container.textContent).toContain("javascript:alert(document.domain)");
    expect(hrefs(container)).toContain(release.sources[BAD.length]!.url);
  });
});
