/** A single key figure, very large: every version the sources give, each with its source. */
import "virtual:i18n/en/briefing";
import { SourceLinks } from "../components/SourceLinks";
import type { ReleaseData } from "../data/schema";
import { translator } from "../i18n";
import { formatDate, formatMeasure, type Lang } from "../i18n/format";
import { keyFigureList } from "../widgets/keyFiguresWidget";
import { SlideFooter, SlideFrame, type Variant } from "./SlideParts";

interface FigureSlideProps {
  figure: "deaths";
  release: ReleaseData;
  lang: Lang;
  variant: Variant;
}

export function FigureSlide({ figure, release, lang, variant }: FigureSlideProps) {
  const t = translator(lang);
  const key = keyFigureList(release, t, lang).find((k) => k.id === figure);
  const sources = key ? key.figures.flatMap((f) => f.sources) : [];
  return (
    <SlideFrame
      kind={`figure-${figure}`}
      variant={variant}
      title={t("briefing.figure.title")}
      lang={lang}
      footer={<SlideFooter release={release} variant={variant} sources={sources} t={t} lang={lang} />}
    >
      {key && (
        <div className="big-figure">
          {key.figures.map((f, i) => (
            <p key={i} className="big-figure-value">
              {formatMeasure(f, lang)}
              {key.figures.length > 1 && (
                <span className="big-figure-source">
                  <SourceLinks release={release} ids={f.sources} label={false} />
                </span>
              )}
            </p>
          ))}
          <p className="big-figure-label">{key.label}</p>
          {key.date && <p className="big-figure-date">{t("keys.asOf", { date: formatDate(key.date, lang) })}</p>}
        </div>
      )}
    </SlideFrame>
  );
}
