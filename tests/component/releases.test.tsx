/**
 * The one release cache and hook (src/state/releases.ts) as a reader meets it, through embeds: every part of a page
 * that shows a release shares one download; a failed download is not kept, so Try again works; a release file that
 * arrives damaged once (a copy saved before the release was re-published) is fetched again before any error shows.
 */
import { createHash } from "node:crypto";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data/errors";
import type { ReadBytes } from "../../src/data/loader";
import { RELEASE_FILE_NAMES } from "../../src/data/schema";
import { EmbedApp } from "../../src/embed/EmbedApp";
import { parseEmbedParams } from "../../src/embed/params";
import { useStore } from "../../src/state/store";
import { fixtureRecords, FIXTURE_ID, type FileBytes } from "../testing/fixture";

const enc = new TextEncoder();
const BASE = "https://tracker.example/embed.html";
const SERIES = `releases/${FIXTURE_ID}/series.json`;

/** The fixture release, served from memory; each reader keeps its own count of what was read. */
function served(): FileBytes {
  const files: FileBytes = {};
  const records = fixtureRecords();
  const entry = {
    id: FIXTURE_ID,
    title: { en: `Data as of ${FIXTURE_ID}` },
    period: { start: "2024-11-02", end: FIXTURE_ID },
    asOf: FIXTURE_ID,
    published: FIXTURE_ID,
    changelog: ["test"],
    files: RELEASE_FILE_NAMES.map((name) => {
      const bytes = enc.encode(JSON.stringify(records[name]));
      files[`releases/${FIXTURE_ID}/${name}`] = bytes;
      return { path: `releases/${FIXTURE_ID}/${name}`, bytes: bytes.byteLength, sha256: sha256(bytes) };
    }),
  };
  files["manifest.json"] = enc.encode(JSON.stringify({ schemaVersion: 1, releases: [entry] }));
  return files;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** A reader over `files` that counts reads per path and lets a test break one path for a number of reads. */
function countingReader(files: FileBytes) {
  const reads = new Map<string, number>();
  const faults = new Map<string, { times: number; answer: () => Uint8Array }>();
  const read: ReadBytes = async (p) => {
    reads.set(p, (reads.get(p) ?? 0) + 1);
    const fault = faults.get(p);
    if (fault && fault.times > 0) {
      fault.times--;
      return fault.answer();
    }
    const bytes = files[p];
    if (!bytes) throw new DataError("network", p, "", "file not found");
    return bytes;
  };
  return { read, reads, faults };
}

function embed(read: ReadBytes) {
  return <EmbedApp params={parseEmbedParams("?widget=key-figures&lang=en")} read={read} base={BASE} />;
}

const prisoners = () => document.querySelector('[data-key="prisoners"] .key-value')?.textContent;

describe("the one release cache", () => {
  it("downloads the manifest and each release file once, however many views show the release", async () => {
    useStore.getState().setView({ lang: "en" });
    const { read, reads } = countingReader(served());
    const values = () => [...document.querySelectorAll('[data-key="prisoners"] .key-value')].map((n) => n.textContent);
    // Two views asking at the same time share one download...
    const both = render(
      <>
        {embed(read)}
        {embed(read)}
      </>,
    );
    await waitFor(() => expect(values()).toEqual(["1,275", "1,275"]));
    expect(reads.get("manifest.json")).toBe(1);
    expect(reads.get(SERIES)).toBe(1);
    expect(Math.max(...reads.values())).toBe(1);
    both.unmount();
    // ...and a view opened later downloads nothing.
    const before = [...reads.values()].reduce((a, b) => a + b, 0);
    render(embed(read));
    await waitFor(() => expect(prisoners()).toBe("1,275"));
    expect([...reads.values()].reduce((a, b) => a + b, 0)).toBe(before);
  });

  it("says why the list of releases could not be downloaded, and Try again downloads it anew", async () => {
    useStore.getState().setView({ lang: "en" });
    const { read, faults } = countingReader(served());
    faults.set("manifest.json", {
      times: 1,
      answer: () => {
        throw new DataError("network", "manifest.json", "", "could not be downloaded (are you offline?)");
      },
    });
    render(embed(read));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Download failed");
    expect(alert.textContent).toContain("could not be downloaded (are you offline?)");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(prisoners()).toBe("1,275"));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  it("fetches a release file that arrives damaged once again, so the reader sees the figures, not the damage", async () => {
    useStore.getState().setView({ lang: "en" });
    const { read, reads, faults } = countingReader(served());
    faults.set(SERIES, { times: 1, answer: () => enc.encode("{}") });
    render(embed(read));
    await waitFor(() => expect(prisoners()).toBe("1,275"));
    expect(reads.get(SERIES)).toBe(2);
  });

  it("names the damaged file when it arrives damaged twice, and shows the figures once Try again gets it whole", async () => {
    useStore.getState().setView({ lang: "en" });
    const { read, faults } = countingReader(served());
    faults.set(SERIES, { times: 2, answer: () => enc.encode("{}") });
    render(embed(read));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("Integrity check failed");
    expect(alert.textContent).toContain(SERIES);
    expect(alert.textContent).toContain("the file has 2 bytes but the manifest says");
    fireEvent.click(screen.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(prisoners()).toBe("1,275"));
  });
});
