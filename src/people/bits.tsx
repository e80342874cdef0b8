import type { ReleaseData, Text } from "../data/schema";
import { SourceLinks } from "../components/SourceLinks";
import { pickText } from "../i18n";
import type { Lang } from "../i18n/format";

/** A record's text in the reader's language; marked lang="en" when only English exists. */
export function RecordText({ text, lang }: { text: Text; lang: Lang }) {
  const picked = pickText(text, lang);
  return <span lang={picked.fallback ? "en" : undefined}>{picked.text}</span>;
}

/** Sources of one figure or date, in brackets after it: "(Viasna; Human Constanta)". */
export function Src({ release, ids }: { release: ReleaseData; ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <span className="fig-sources">
      {" ("}
      <SourceLinks release={release} ids={ids} label={false} />)
    </span>
  );
}
