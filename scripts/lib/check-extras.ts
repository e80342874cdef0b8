/**
 * The maintainer-facing checks data:check adds to loading: unfinished drafts, the small-count
 * safety policy, and a one-line summary of what each release changed since the one before it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { diffReleases, summarizeDiff } from "../../src/data/diff.ts";
import { policyBinds, smallTownCounts, type Policy } from "../../src/data/privacy.ts";
import type { ReadBytes } from "../../src/data/loader.ts";
import type { ReleaseData, ReleaseEntry } from "../../src/data/schema.ts";
import { summaryLine } from "./diff-text.ts";
import { hasDraftMarker, isDraft, localReader, manifestWithDrafts, readManifest } from "./local-data.ts";

export interface Finding {
  level: "error" | "warning";
  text: string;
}

/** Reads the data folder, serving manifest.json with drafts' files hashed so drafts are checked whole. */
export function draftAwareReader(dir: string): { read: ReadBytes; drafts: Set<string> } {
  try {
    const manifest = readManifest(dir);
    const drafts = new Set(manifest.releases.filter(isDraft).map((r) => r.id));
    const folderComplete = (id: string) => existsSync(path.join(dir, "releases", id));
    if ([...drafts].every(folderComplete)) return { read: localReader(dir, manifestWithDrafts(dir, manifest)), drafts };
    return { read: localReader(dir), drafts };
  } catch {
    // A manifest the scripts cannot read: let the loader report it with its own precise error.
    return { read: localReader(dir), drafts: new Set() };
  }
}

/** The error for an unfinished draft: data:check fails until the release is published. */
export function draftError(entry: ReleaseEntry): string {
  const marker = hasDraftMarker(entry) ? ` and its changelog still says "${entry.changelog[0]}"` : "";
  return `release ${entry.id} is a draft: not published yet${marker}. When it is complete, run npm run data:publish -- ${entry.id}`;
}

/** Safety-policy findings of a loaded release: errors when the policy binds it, warnings for older releases. */
export function releaseFindings(release: ReleaseData, draft: boolean, policy: Policy | Error): Finding[] {
  const { entry } = release;
  const findings: Finding[] = [];
  if (policy instanceof Error) return [{ level: "error", text: policy.message }];
  const binds = policyBinds(entry, policy, draft);
  for (const f of smallTownCounts(release.detentions, release.places, policy)) {
    const where = `releases/${entry.id}/detentions.json: detentions[${f.index}] (${f.id})`;
    const old = binds
      ? ""
      : ` [published before the policy of ${policy.enforcedForReleasesPublishedFrom}; correct it in the next release]`;
    findings.push({ level: binds ? "error" : "warning", text: `${where}: ${f.message}${old}` });
  }
  for (const s of sourcesAfterAsOf(release)) {
    findings.push({
      level: binds ? "error" : "warning",
      text: `releases/${entry.id}/sources.json: source ${s.id} is dated ${s.date}, after the release's as-of date ${entry.asOf}: a release may only cite what was published by its as-of date${binds ? "" : " [published release; correct it in the next release]"}`,
    });
  }
  return findings;
}

/** Sources a release cites (or lists) whose publication date is after the release's as-of date. */
export function sourcesAfterAsOf(release: Pick<ReleaseData, "entry" | "sources">): { id: string; date: string }[] {
  return release.sources.flatMap((s) =>
    s.date && s.date.slice(0, 10) > release.entry.asOf ? [{ id: s.id, date: s.date }] : [],
  );
}

/** "changes from A to B: …" for each release (newest first) against the one listed after it. */
export function diffSummaries(releases: readonly ReleaseData[]): string[] {
  return releases.slice(0, -1).map((newer, i) => {
    const diff = diffReleases(releases[i + 1]!, newer);
    return summaryLine(diff, summarizeDiff(diff));
  });
}
