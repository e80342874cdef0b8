/** A release diff as terminal text: a one-line summary, and the full list per file. */
import { DIFF_FILE, DIFF_KINDS, type FigureClaim, type KindSummary, type ReleaseDiff } from "../../src/data/diff.ts";
import { formatMeasure } from "../../src/i18n/format.ts";

export function formatClaims(claims: readonly FigureClaim[]): string {
  if (claims.length === 0) return "(none)";
  return claims.map((c) => `${formatMeasure(c, "en")} [${c.sources.join(", ")}]`).join("; ");
}

export function summaryLine(diff: ReleaseDiff, summary: Partial<Record<string, KindSummary>>): string {
  const parts = DIFF_KINDS.flatMap((kind) => {
    const s = summary[kind];
    if (!s) return [];
    const counts = [s.added && `+${s.added}`, s.changed && `~${s.changed}`, s.removed && `-${s.removed}`].filter(
      Boolean,
    );
    return [`${kind} ${counts.join(" ")}`];
  });
  const figures = Object.values(summary).reduce((n, s) => n + (s?.figures ?? 0), 0);
  const tail = parts.length ? `${parts.join(", ")}; ${figures} figure(s) changed` : "no changes";
  return `changes from ${diff.from} to ${diff.to}: ${tail}`;
}

const STATUS_WORD = { added: "added  ", changed: "changed", removed: "removed" } as const;

export function detailLines(diff: ReleaseDiff): string[] {
  const lines: string[] = [`Changes from release ${diff.from} to ${diff.to} (+ added, ~ changed, - removed)`];
  for (const kind of DIFF_KINDS) {
    const changes = diff.changes.filter((c) => c.kind === kind);
    if (changes.length === 0) continue;
    lines.push("", `${DIFF_FILE[kind]} (${kind})`);
    for (const c of changes) {
      const fields = c.status === "changed" ? ` (fields: ${c.fields.join(", ")})` : "";
      lines.push(`  ${STATUS_WORD[c.status]} ${c.id}${fields}`);
      for (const f of c.figures) {
        const text =
          c.status === "changed"
            ? `${formatClaims(f.before)}  ->  ${formatClaims(f.after)}`
            : formatClaims(c.status === "added" ? f.after : f.before);
        lines.push(`      ${f.figure}: ${text}`);
      }
    }
  }
  if (diff.changes.length === 0) lines.push("", "No records differ.");
  return lines;
}
