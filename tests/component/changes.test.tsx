import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ChangesPanel } from "../../src/changes/ChangesPanel";
import { CorrectionMark } from "../../src/changes/CorrectionMark";
import { correctionsFor } from "../../src/data/diff";
import { DataError } from "../../src/data/errors";
import type { ReadBytes } from "../../src/data/loader";
import type { Manifest } from "../../src/data/schema";
import { releaseFor } from "../../src/state/releases";
import { newerFixture, releaseFromFixture, servedRelease } from "../fixtures/releases";

const older = releaseFromFixture("2024-11-15");
const newer = newerFixture("2024-11-29");
const served = servedRelease(older);
const manifest: Manifest = {
  schemaVersion: 1,
  releases: [newer.entry, served.entry],
};
let reads = 0;
const read: ReadBytes = async (p) => {
  reads++;
  const bytes = served.files[p];
  if (!bytes) throw new DataError("network", p, "", "file not found");
  return bytes;
};

function open(heading = "What changed in this release") {
  const summary = screen.getByText(heading);
  fireEvent.click(summary);
  const details = summary.closest("details")!;
  details.open = true;
  fireEvent(details, new Event("toggle"));
  return details;
}

describe("ChangesPanel", () => {
  it("reuses the previous release the correction marks loaded, and asks again after a failed load", async () => {
    let count = 0;
    let fail = true;
    const flaky: ReadBytes = async (p) => {
      count++;
      if (fail) throw new DataError("network", p, "", "could not be downloaded");
      return read(p);
    };
    await expect(releaseFor(served.entry, flaky)).rejects.toThrow("could not be downloaded");
    fail = false;
    // What useCorrections does once the page has drawn.
    await releaseFor(served.entry, flaky);
    count = 0;
    render(<ChangesPanel manifest={manifest} release={newer} lang="en" read={flaky} />);
    open();
    await screen.findByText("Pardon stage of 20 November 2024");
    expect(count).toBe(0);
  });

  it("loads the previous release only when opened, then lists what changed with before and after", async () => {
    reads = 0;
    render(<ChangesPanel manifest={manifest} release={newer} lang="en" read={read} />);
    expect(reads).toBe(0);
    const panel = open();
    await screen.findByText("Pardon stage of 20 November 2024");
    expect(panel.textContent).toContain("Compared with the previous release, 2024-11-15 (15 November 2024).");
    expect(panel.textContent).toContain("Release 2024-11-29");

    const pardons = panel.querySelector('[data-kind="pardons"]')!;
    expect(pardons.querySelector("summary")!.textContent).toContain("1 added, 1 changed, 0 removed");
    const added = within(pardons.querySelector('[data-id="2024-11-20"]') as HTMLElement);
    expect(added.getByText("Added")).toBeTruthy();
    const row = added.getByRole("row", { name: /People/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["none", "32 Viasna, 2024-10-31"]);
    expect(pardons.querySelector('[data-id="2024-11-07"]')!.textContent).toContain("Changed: sources");

    const detention = panel.querySelector('[data-kind="detentions"] [data-id="smarhon-slonim"]')!;
    expect(detention.querySelector(".change-before")!.textContent).toContain("at least 50");
    expect(detention.querySelector(".change-after .mark-at_least")!.textContent).toBe("at least 60");
    expect(detention.querySelector(".change-after")!.textContent).toContain("Viasna");

    const obs = panel.querySelector('[data-kind="observations"] [data-id="prisoners_in_custody:2024-11-20"]')!;
    expect(obs.textContent).toContain("Political prisoners in custody, 20 November 2024");
    expect(obs.textContent).toContain("1,275");
    expect(panel.querySelector('[data-kind="events"] .change-removed')!.textContent).toContain("Election date set");
  });

  it("names a detention event the release leaves out by its dates only, without its words or figures", async () => {
    // A correction release that leaves out a small count the safety policy does not let it show.
    const left = older.detentions.find((d) => d.id === "smarhon-slonim")!;
    const corrected = { ...newer, detentions: newer.detentions.filter((d) => d.id !== left.id) };
    render(<ChangesPanel manifest={manifest} release={corrected} lang="en" read={read} />);
    const panel = open();
    await screen.findByText("Pardon stage of 20 November 2024");
    const removed = panel.querySelector('[data-kind="detentions"] [data-id="smarhon-slonim"]')!;
    expect(removed.querySelector(".change-status")!.textContent).toBe("Removed");
    expect(removed.querySelector(".change-label")!.textContent).toBe("Detentions, 31 October 2024 – 14 November 2024");
    expect(removed.textContent).toContain(
      "Its description and figures are not shown again here; the changelog says why it was removed.",
    );
    expect(removed.textContent).not.toContain("50");
    expect(removed.textContent).not.toContain(left.context.en);
    expect(removed.querySelector("table")).toBeNull();
  });

  it("names a source the release leaves out by its publisher and date only, without its title", async () => {
    const gone = older.sources[0]!;
    const corrected = { ...newer, sources: newer.sources.filter((s) => s.id !== gone.id) };
    render(<ChangesPanel manifest={manifest} release={corrected} lang="en" read={read} />);
    const panel = open();
    await screen.findByText("Pardon stage of 20 November 2024");
    const removed = panel.querySelector(`[data-kind="sources"] [data-id="${gone.id}"]`)!;
    expect(removed.querySelector(".change-status")!.textContent).toBe("Removed");
    expect(removed.querySelector(".change-label")!.textContent).toMatch(
      new RegExp(`^${gone.publisher.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, published \\d{1,2} [A-Z][a-z]+ \\d{4}$`),
    );
    expect(removed.textContent).not.toContain(gone.title);
  });

  it("speaks Belarusian and Russian", async () => {
    render(<ChangesPanel manifest={manifest} release={newer} lang="ru" read={read} />);
    const panel = open("Что изменилось в этом выпуске");
    await waitFor(() => expect(panel.textContent).toContain("Этапы помилований"));
    expect(panel.textContent).toContain("добавлено: 1, изменено: 1, удалено: 0");
    expect(panel.textContent).toContain("не менее 60");
  });

  it("says when there is nothing to compare with", () => {
    render(<ChangesPanel manifest={{ schemaVersion: 1, releases: [served.entry] }} release={older} lang="en" />);
    open();
    expect(screen.getByText("This is the first release: there is nothing earlier to compare it with.")).toBeTruthy();
  });

  it("shows an error, naming the file, when the previous release fails its checks", async () => {
    const broken: ReadBytes = async (p) => {
      const bytes = await read(p);
      return p.endsWith("series.json") ? new TextEncoder().encode("{}") : bytes;
    };
    render(<ChangesPanel manifest={manifest} release={newer} lang="en" read={broken} />);
    open();
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("releases/2024-11-15/series.json");
  });
});

describe("CorrectionMark", () => {
  it("labels a corrected figure with the release, the old and the new figure", () => {
    const corrections = correctionsFor("2024-11-15", [newer, older]).detentions!["smarhon-slonim"]!;
    render(
      <svg>
        <CorrectionMark x={10} y={10} corrections={corrections} lang="en" />
      </svg>,
    );
    const mark = screen.getByRole("img", { name: "corrected in release 2024-11-29: was at least 50, now at least 60" });
    expect(mark.querySelector("title")!.textContent).toBe(mark.getAttribute("aria-label"));
  });
});

describe("changes panel on its own (?panel=changes)", () => {
  it("opens with the changelog visible", async () => {
    const { realRelease } = await import("../testing/peopleFixture");
    const { readFileSync } = await import("node:fs");
    const { parseManifest } = await import("../../src/data/loader");
    const manifest = parseManifest(new Uint8Array(readFileSync("public/data/manifest.json")));
    const release = await realRelease("2026-03-05");
    const { container } = render(<ChangesPanel manifest={manifest} release={release} lang="en" initiallyOpen />);
    const details = container.querySelector("details.changes-panel") as HTMLDetailsElement;
    expect(details.open).toBe(true);
    expect(container.textContent).toContain(release.entry.changelog[0]);
  });
});
