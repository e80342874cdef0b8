/** The closing slide and handout page: every source the deck cites, with publisher, title, date and address. */
import "virtual:i18n/en/briefing";
import { webHref } from "../data/links";
import type { ReleaseData } from "../data/schema";
import { translator } from "../i18n";
import { formatDate, type Lang } from "../i18n/format";
import { FitText } from "./FitText";
import { SlideFooter, SlideFrame, type Variant } from "./SlideParts";

interface SourcesSlideProps {
  groups: { release: ReleaseData; ids: string[] }[];
  release: ReleaseData;
  lang: Lang;
  variant: Variant;
}

/** For the screen: who the sources are and when they published, one line per publisher. */
function Publishers({ release, ids, lang }: { release: ReleaseData; ids: string[]; lang: Lang }) {
  const byPublisher = new Map<string, string[]>();
  for (const id of ids) {
    const s = release.sources.find((x) => x.id === id);
    if (!s) continue;
    const dates = byPublisher.get(s.publisher) ?? [];
    byPublisher.set(s.publisher, dates);
    if (s.date) dates.push(s.date);
  }
  const rows = [...byPublisher].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  return (
    <ul className="deck-publishers">
      {rows.map(([publisher, dates]) => (
        <li key={publisher}>
          <strong>{publisher}</strong>
          {dates.length > 0 && (
            <span className="publisher-dates">
              {": "}
              {[...new Set(dates)]
                .sort()
                .map((d) => formatDate(d, lang, "short"))
                .join("; ")}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function SourceList({ release, ids, lang }: { release: ReleaseData; ids: string[]; lang: Lang }) {
  const t = translator(lang);
  const byId = new Map(release.sources.map((s) => [s.id, s]));
  return (
    <ol className="deck-sources">
      {ids.map((id) => {
        const s = byId.get(id);
        if (!s) return null;
        // Only an http(s) URL is a link; any other (javascript:, data:) is printed as plain text.
        const href = webHref(s.url);
        return (
          <li key={id} id={`deck-source-${release.entry.id}-${id}`}>
            <strong>{s.publisher}</strong>, {s.title}
            {s.date ? ` (${formatDate(s.date, lang)})` : ""}.{" "}
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer" className="deck-source-url">
                {href.replace(/^https?:\/\//, "")}
              </a>
            ) : s.url ? (
              <span className="deck-source-url">{s.url}</span>
            ) : (
              <span className="deck-source-url">{t("source.noUrl")}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function SourcesSlide({ groups, release, lang, variant }: SourcesSlideProps) {
  const t = translator(lang);
  const body = (
    <div className="deck-source-groups">
      {variant === "slide" && <p className="deck-sources-full">{t("briefing.sources.full")}</p>}
      {groups.map((g) => (
        <section key={g.release.entry.id} className="deck-source-group">
          {groups.length > 1 && (
            <h3>
              {t("briefing.sources.release", { id: g.release.entry.id, date: formatDate(g.release.entry.asOf, lang) })}
            </h3>
          )}
          {variant === "slide" ? (
            <Publishers release={g.release} ids={g.ids} lang={lang} />
          ) : (
            <SourceList release={g.release} ids={g.ids} lang={lang} />
          )}
        </section>
      ))}
    </div>
  );
  return (
    <SlideFrame
      kind="sources"
      variant={variant}
      title={t("briefing.sources.title")}
      lang={lang}
      footer={
        <SlideFooter
          release={release}
          variant={variant}
          sources={[]}
          t={t}
          lang={lang}
          note={t("briefing.sources.more")}
        />
      }
    >
      {variant === "slide" ? <FitText>{body}</FitText> : body}
    </SlideFrame>
  );
}
