import type { ReleaseData } from "../data/schema";
import { useT } from "../i18n";

interface SourceLinksProps {
  release: ReleaseData;
  /** Source ids to cite, in order; duplicates are shown once. */
  ids: readonly string[];
  /** Show the "Source:" label before the list. */
  label?: boolean;
}

/** A compact, linked citation list: "Source: Viasna, Human Constanta". Unlinked sources say why. */
export function SourceLinks({ release, ids, label = true }: SourceLinksProps) {
  const t = useT();
  const unique = [...new Set(ids)];
  const sources = unique.map((id) => release.sources.find((s) => s.id === id));
  return (
    <span className="sources">
      {label && (
        <span className="sources-label">{unique.length > 1 ? t("source.labelPlural") : t("source.label")}: </span>
      )}
      {sources.map((s, i) => (
        <span key={unique[i]}>
          {i > 0 && "; "}
          {s?.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer" title={s.title}>
              {s.publisher}
              {s.date ? `, ${s.date}` : ""}
            </a>
          ) : (
            <a href={`?panel=sources#source-${unique[i]}`} title={`${s?.title ?? unique[i]} (${t("source.noUrl")})`}>
              {s?.publisher ?? unique[i]}
              {s?.date ? `, ${s.date}` : ""}
            </a>
          )}
        </span>
      ))}
    </span>
  );
}
