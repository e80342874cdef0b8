/**
 * Arithmetic and consistency cross-checks. They never reject a release: disagreements between
 * sources are facts worth showing. They are reported as warnings naming both sides and sources.
 */
import { distinctClaims, sortByDate } from "../../src/data/selectors.ts";
import type { Claim, ReleaseData } from "../../src/data/schema.ts";
import { formatMeasure } from "../../src/i18n/format.ts";

export interface Warning {
  file: string;
  path: string;
  message: string;
}

const fmt = (c: Pick<Claim, "value" | "qualifier" | "hi">) => formatMeasure(c, "en");
const cite = (c: Pick<Claim, "sources">) => c.sources.join(", ");

export function crossCheck(release: ReleaseData): Warning[] {
  const warnings: Warning[] = [];
  const dir = `releases/${release.entry.id}`;

  // 1. Running pardon totals vs the sum of the stage counts since 3 July 2024.
  const stages = sortByDate(release.pardons).filter((p) => p.date >= "2024-07");
  let sum = 0;
  for (const stage of stages) {
    sum += stage.count[0]!.value;
    const index = release.pardons.indexOf(stage);
    for (const total of stage.runningTotal) {
      if (total.basis === "computed") continue;
      if (total.value !== sum) {
        warnings.push({
          file: `${dir}/pardons.json`,
          path: `pardons[${index}].runningTotal`,
          message: `${stage.date}: reported running total ${fmt(total)} (${cite(total)}) differs from the sum of the ${stages.indexOf(stage) + 1} stages listed, ${sum} (computed from ${stages
            .slice(0, stages.indexOf(stage) + 1)
            .map((s) => s.count[0]!.value)
            .join(" + ")})`,
        });
      }
    }
  }

  // 2. Claims on one figure that disagree.
  const conflict = (file: string, path: string, what: string, claims: Claim[]) => {
    const distinct = distinctClaims(claims);
    if (distinct.length > 1) {
      warnings.push({
        file: `${dir}/${file}`,
        path,
        message: `${what}: sources disagree: ${distinct.map((c) => `${fmt(c)} (${cite(c)})`).join(" vs ")}`,
      });
    }
  };
  release.pardons.forEach((p, i) => conflict("pardons.json", `pardons[${i}].count`, `pardon ${p.date}`, p.count));
  release.detentions.forEach((d, i) =>
    conflict("detentions.json", `detentions[${i}].count`, `detentions ${d.id}`, d.count),
  );
  release.series.forEach((s, si) => {
    const byDate = new Map<string, number[]>();
    // Same period = same start and end; a monthly count and a one-day count ending together do not conflict.
    s.observations.forEach((o, oi) => {
      const key = `${o.start ?? ""}…${o.date}`;
      byDate.set(key, [...(byDate.get(key) ?? []), oi]);
    });
    for (const idx of byDate.values()) {
      const claims = idx.map((i) => s.observations[i]!);
      const first = claims[0]!;
      const when = first.start ? `${first.start} to ${first.date}` : first.date;
      conflict("series.json", `series[${si}].observations[${idx[0]}]`, `${s.id} on ${when}`, claims);
    }
  });
  return warnings;
}
