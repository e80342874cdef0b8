import "virtual:i18n/en/people";
import "virtual:i18n/en/methods";
import { LocalText } from "../components/LocalText";
import { useEffect, useId, useState } from "react";
import { webHref } from "../data/links";
import type { ReleaseData, Source } from "../data/schema";
import type { Translate } from "../i18n";
import { formatDate, formatNumber, type Lang } from "../i18n/format";
import { byCodeUnits, byLatinName } from "../data/order";

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

function matches(s: Source, query: string): boolean {
  const q = fold(query.trim());
  if (!q) return true;
  return fold(
    [
      s.title,
      s.publisher,
      s.date ?? "",
      s.note === undefined ? "" : typeof s.note === "string" ? s.note : Object.values(s.note).join(" "),
      s.url ?? "",
      s.id,
    ].join(" "),
  ).includes(q);
}

/** Every source of the release, searchable and grouped by publisher; each item is the anchor #source-<id>. */
export function SourceDirectory({ release, lang, t }: { release: ReleaseData; lang: Lang; t: Translate }) {
  const [query, setQuery] = useState("");
  const searchId = useId();
  const shown = release.sources.filter((s) => matches(s, query));
  const groups = new Map<string, Source[]>();
  for (const s of [...shown].sort((a, b) => byCodeUnits(b.date ?? "", a.date ?? "") || byCodeUnits(a.id, b.id))) {
    groups.set(s.publisher, [...(groups.get(s.publisher) ?? []), s]);
  }
  const publishers = [...groups.keys()].sort(byLatinName);

  // A link like ?panel=sources#source-<id> arrives before the list exists: scroll to it once it is drawn.
  useEffect(() => {
    scrollToHash();
    const onHash = () => {
      setQuery("");
      scrollToHash();
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);

  return (
    <section className="source-directory" id="sources" aria-labelledby={`${searchId}-h`}>
      <h3 id={`${searchId}-h`}>{t("methods.sources.title", { count: formatNumber(release.sources.length, lang) })}</h3>
      <p>{t("methods.sources.intro")}</p>
      <div className="source-search">
        <label htmlFor={searchId}>{t("methods.sources.search")}</label>
        <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <p className="source-count" role="status">
          {t("methods.sources.shown", {
            shown: formatNumber(shown.length, lang),
            total: formatNumber(release.sources.length, lang),
          })}
        </p>
      </div>
      {publishers.map((publisher) => (
        <section key={publisher} className="source-group" aria-label={publisher}>
          <h4>
            {publisher}{" "}
            <span className="source-group-count">({formatNumber(groups.get(publisher)!.length, lang)})</span>
          </h4>
          <ul className="source-list">
            {groups.get(publisher)!.map((s) => {
              // Only an http(s) URL is a link; any other (javascript:, data:) is shown as plain text.
              const href = webHref(s.url);
              return (
                <li key={s.id} id={`source-${s.id}`} tabIndex={-1}>
                  {href ? (
                    <a href={href} target="_blank" rel="noopener noreferrer">
                      {s.title}
                    </a>
                  ) : (
                    <span className="source-title">{s.title}</span>
                  )}
                  {(s.date || !href) && (
                    <span className="source-meta">
                      {s.date && <> · {formatDate(s.date, lang)}</>}
                      {!href && <> · {t("source.noUrl")}</>}
                      {s.url && !href && (
                        <>
                          {" "}
                          (<code>{s.url}</code>)
                        </>
                      )}
                    </span>
                  )}
                  {s.note && <LocalText as="p" className="source-note" text={s.note} lang={lang} />}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}

function scrollToHash(): void {
  const hash = decodeURIComponent(window.location.hash.slice(1));
  if (!hash.startsWith("source-")) return;
  requestAnimationFrame(() => {
    const el = document.getElementById(hash);
    if (!el) return;
    el.scrollIntoView?.({ block: "center" });
    el.focus({ preventScroll: true });
  });
}
