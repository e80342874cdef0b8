import { memo } from "react";
import { webHref } from "../data/links";
import type { ReleaseData } from "../data/schema";
import { useT, type Translate } from "../i18n";

interface SourceLinksProps {
  release: ReleaseData;
  /** Source ids to cite, in order; duplicates are shown once. */
  ids: readonly string[];
  /** Show the "Source:" label before the list. */
  label?: boolean;
}

/** "Viasna, 2024-10-31"; an undated source is told apart by a short title instead. */
function shortLabel(s: { publisher: string; date?: string; title: string }): string {
  if (s.date) return `${s.publisher}, ${s.date}`;
  const title = s.title.startsWith(s.publisher) ? s.title.slice(s.publisher.length).replace(/^[\s:–—-]+/, "") : s.title;
  return title ? `${s.publisher}: ${title.length > 48 ? `${title.slice(0, 46)}…` : title}` : s.publisher;
}

// The sources page for the current view (release and language kept) is linked as `${query}#source-${id}`.
// A page renders hundreds of source links, all from the same URL: its query is worked out once per URL.
let lastSearch: string | null = null;
let lastQuery = "";
function sourcesPageQuery(search: string): string {
  if (search === lastSearch) return lastQuery;
  const q = new URLSearchParams(search);
  const keep = new URLSearchParams();
  for (const k of ["release", "lang", "theme"]) {
    const v = q.get(k);
    if (v) keep.set(k, v);
  }
  keep.set("panel", "sources");
  lastSearch = search;
  lastQuery = `?${keep.toString()}`;
  return lastQuery;
}

type Source = ReleaseData["sources"][number];
const sourceIndex = new WeakMap<ReleaseData, Map<string, Source>>();

/** The release's sources by id, built once per release (a page cites hundreds of them). */
function sourceById(release: ReleaseData, id: string): Source | undefined {
  let index = sourceIndex.get(release);
  if (!index) {
    index = new Map();
    // The first source with an id wins, as a search through the list would find it.
    for (const s of release.sources) if (!index.has(s.id)) index.set(s.id, s);
    sourceIndex.set(release, index);
  }
  return index.get(id);
}

/** A compact, linked citation list: "Source: Viasna, Human Constanta". Unlinked sources say why. */
export const SourceLinks = memo(SourceLinksImpl, (a, b) => {
  // Callers build `ids` afresh on every render: compare what they hold.
  if (a.release !== b.release || a.label !== b.label) return false;
  if (a.ids === b.ids) return true;
  return a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]);
});

function SourceLinksImpl({ release, ids, label = true }: SourceLinksProps) {
  const t = useT();
  const unique = [...new Set(ids)];
  const query = sourcesPageQuery(typeof window === "undefined" ? "" : window.location.search);
  return (
    <span className="sources">
      {label && (
        <span className="sources-label">{unique.length > 1 ? t("source.labelPlural") : t("source.label")}: </span>
      )}
      {unique.map((id, i) => (
        <SourceItem key={id} release={release} id={id} first={i === 0} query={query} t={t} />
      ))}
    </span>
  );
}

/**
 * One citation of the list; memoised, so a list that gains or loses a source (a chart's sources follow the time
 * range) re-renders only the citations it changes.
 */
const SourceItem = memo(function SourceItem({
  release,
  id,
  first,
  query,
  t,
}: {
  release: ReleaseData;
  id: string;
  first: boolean;
  /** The sources page's query (see sourcesPageQuery). */
  query: string;
  t: Translate;
}) {
  const s = sourceById(release, id);
  // A URL that is not http(s) is never a link: such a source is cited as one without a public link (its entry on
  // the sources page shows the URL as plain text).
  const href = webHref(s?.url);
  return (
    <span>
      {!first && "; "}
      {s && href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title={s.title}>
          {shortLabel(s)}
        </a>
      ) : (
        <a href={`${query}#source-${id}`} title={`${s?.title ?? id} (${t("source.noUrl")})`}>
          {s ? shortLabel(s) : id}
        </a>
      )}
    </span>
  );
});
