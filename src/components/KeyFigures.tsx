import { useMemo } from "react";
import type { Claim, Observation, ReleaseData } from "../data/schema";
import { distinctClaims, findSeries, latestObservations, pardonSummary } from "../data/selectors";
import { useT } from "../i18n";
import { formatDate, formatMeasure, formatNumber, type Lang } from "../i18n/format";
import { SourceLinks } from "./SourceLinks";

interface KeyFiguresProps {
  release: ReleaseData;
  lang: Lang;
}

type Figure = Pick<Claim, "value" | "qualifier" | "hi" | "sources"> & { note?: string };

/** One key figure; when sources disagree every version is shown with its own source. */
function FigureCard({
  id,
  figures,
  label,
  date,
  release,
  lang,
}: {
  id: string;
  figures: Figure[];
  label: string;
  date?: string;
  release: ReleaseData;
  lang: Lang;
}) {
  const t = useT();
  if (figures.length === 0) return null;
  const [first, ...rest] = figures;
  return (
    <li className="key-figure" data-key={id}>
      <p className="key-value">{formatMeasure(first!, lang)}</p>
      <p className="key-label">{label}</p>
      {date && <p className="key-date">{t("keys.asOf", { date: formatDate(date, lang) })}</p>}
      <p className="key-source">
        <SourceLinks release={release} ids={first!.sources} />
      </p>
      {rest.length > 0 && (
        <div className="key-conflict">
          <span>{t("keys.conflict")} </span>
          {rest.map((f, i) => (
            <span key={i}>
              <strong>{formatMeasure(f, lang)}</strong> {f.note ? `(${f.note}) ` : ""}
              <SourceLinks release={release} ids={f.sources} label={false} />
            </span>
          ))}
        </div>
      )}
    </li>
  );
}

function latest(release: ReleaseData, id: Parameters<typeof findSeries>[1]): { figures: Figure[]; date?: string } {
  const obs: Observation[] = latestObservations(findSeries(release, id));
  return { figures: distinctClaims(obs), date: obs[0]?.date };
}

/** The headline numbers of a release, each with its qualifier, date and source. */
export function KeyFigures({ release, lang }: KeyFiguresProps) {
  const t = useT();
  const prisoners = useMemo(() => latest(release, "prisoners_in_custody"), [release]);
  const treason = useMemo(() => latest(release, "treason_convictions_cumulative"), [release]);
  const pardons = useMemo(() => pardonSummary(release), [release]);
  const deaths = useMemo(() => {
    // Viasna's count: deaths it numbers (ordinal). Other reported deaths are shown in the deaths view.
    const counted = release.deaths.filter((d) => d.ordinal !== undefined).sort((a, b) => a.ordinal! - b.ordinal!);
    const last = counted[counted.length - 1];
    return last
      ? { value: last.ordinal!, lastSources: last.sources, date: last.reported[0]?.date ?? last.died[0]?.date }
      : null;
  }, [release]);

  const pardonFigures: Figure[] = pardons.reportedTotals.length ? [...pardons.reportedTotals] : [];
  const computed: Figure = {
    value: pardons.computedTotal,
    qualifier: pardons.computedInexact ? "at_least" : "exact",
    sources: [...new Set(pardons.stages.flatMap((s) => s.count[0]!.sources))],
    note: `sum of ${pardons.stages.length} stages`,
  };
  if (!pardonFigures.some((f) => f.value === computed.value)) pardonFigures.push(computed);

  return (
    <section className="key-figures" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title">{t("keys.heading")}</h2>
      <ul>
        <FigureCard
          id="prisoners"
          figures={prisoners.figures}
          label={t("keys.prisoners")}
          date={prisoners.date}
          release={release}
          lang={lang}
        />
        <FigureCard
          id="pardoned"
          figures={pardonFigures}
          label={t("keys.pardoned", { stages: formatNumber(pardons.stages.length, lang) })}
          date={pardons.reportedAfter?.date ?? pardons.stages[pardons.stages.length - 1]?.date}
          release={release}
          lang={lang}
        />
        {deaths && (
          <FigureCard
            id="deaths"
            figures={[{ value: deaths.value, qualifier: "exact", sources: deaths.lastSources }]}
            label={t("keys.deaths")}
            date={deaths.date}
            release={release}
            lang={lang}
          />
        )}
        <FigureCard
          id="treason"
          figures={treason.figures}
          label={t("keys.treason")}
          date={treason.date}
          release={release}
          lang={lang}
        />
      </ul>
    </section>
  );
}
