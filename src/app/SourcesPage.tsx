import type { ReleaseData } from "../data/schema";
import { useT } from "../i18n";
import { formatDate, type Lang } from "../i18n/format";

/** Every source of the release with publisher, date and link; anchors are link targets. */
export function SourcesPage({ release, lang }: { release: ReleaseData; lang: Lang }) {
  const t = useT();
  const sources = [...release.sources].sort(
    (a, b) => a.publisher.localeCompare(b.publisher) || a.id.localeCompare(b.id),
  );
  return (
    <section className="sources-page" aria-labelledby="sources-title">
      <h2 id="sources-title">{t("app.nav.sources")}</h2>
      <ol className="source-list">
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <strong>{s.publisher}</strong>
            {s.date && <> · {formatDate(s.date, lang)}</>} ·{" "}
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <span>
                {s.title} ({t("source.noUrl")})
              </span>
            )}
            {s.note && <p className="source-note">{s.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
