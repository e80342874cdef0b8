/** The opening slide: what the deck is, which release and date its figures are from. */
import "virtual:i18n/en/briefing";
import type { ReleaseData } from "../data/schema";
import { localText, translator } from "../i18n";
import { formatNumber, type Lang } from "../i18n/format";
import { SlideFooter, SlideFrame, type Variant } from "./SlideParts";

interface TitleSlideProps {
  custom: boolean;
  release: ReleaseData;
  /** Other releases that slides are pinned to. */
  pinned: readonly string[];
  sourceCount: number;
  lang: Lang;
  variant: Variant;
}

export function TitleSlide({ custom, release, pinned, sourceCount, lang, variant }: TitleSlideProps) {
  const t = translator(lang);
  const others = pinned.filter((id) => id !== release.entry.id);
  return (
    <SlideFrame
      kind="title"
      variant={variant}
      kicker={t("app.title")}
      title={t(custom ? "briefing.deck.custom" : "briefing.deck.default")}
      summary={localText(release.entry.title, lang)}
      lang={lang}
      footer={
        <SlideFooter
          release={release}
          variant={variant}
          sources={[]}
          t={t}
          lang={lang}
          note={t("briefing.title.sourcesNote", { count: formatNumber(sourceCount, lang) })}
        />
      }
    >
      <p className="title-tagline">{t("app.tagline")}</p>
      {others.length > 0 && <p className="title-pinned">{t("briefing.title.pinned", { ids: others.join(", ") })}</p>}
      {variant === "slide" && <p className="title-keys">{t("briefing.keys")}</p>}
    </SlideFrame>
  );
}
