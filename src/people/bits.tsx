import type { ReleaseData, Text } from "../data/schema";
import { SourceLinks } from "../components/SourceLinks";
import { LocalText } from "../components/LocalText";
import type { Lang } from "../i18n/format";

/** A record's text in the reader's language; an English fallback is marked (see LocalText). */
export function RecordText({ text, lang }: { text: Text; lang: Lang }) {
  return <LocalText text={text} lang={lang} />;
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
