/** The frame every slide (and handout page) shares: a heading, an optional one-line idea, the body, and
 * a footer with the qualifier note, the source line and the as-of date — on every slide, no exceptions. */
import "virtual:i18n/en/briefing";
import type { ReactNode } from "react";
import type { ReleaseData } from "../data/schema";
import { SourceLinks } from "../components/SourceLinks";
import type { Translate } from "../i18n";
import { formatDate, formatNumber, type Lang } from "../i18n/format";

export type Variant = "slide" | "page";

interface SlideFrameProps {
  kind: string;
  variant: Variant;
  /** "side": the one-line idea beside the view (landscape screens); "stack": everything in a column. */
  layout?: "side" | "stack";
  title: string;
  kicker?: string;
  summary?: string;
  lang: Lang;
  children?: ReactNode;
  footer: ReactNode;
  /** After the footer: on paper, the data table follows the chart, its summary and its sources. */
  after?: ReactNode;
}

export function SlideFrame(props: SlideFrameProps) {
  const { kind, variant, layout = "stack", title, kicker, summary, lang, children, footer, after } = props;
  const Tag = variant === "slide" ? "div" : "article";
  return (
    <Tag className={`slide slide--${kind} variant-${variant} layout-${layout}`} lang={lang} data-slide-kind={kind}>
      <header className="slide-head">
        {kicker && <p className="slide-kicker">{kicker}</p>}
        <h2 className="slide-title">{title}</h2>
      </header>
      {summary && <p className="slide-summary">{summary}</p>}
      <div className="slide-body">{children}</div>
      <footer className="slide-foot">{footer}</footer>
      {after}
    </Tag>
  );
}

/** A footer names at most this many sources (so the chart and its sources share a page); every row of the
 * table names its own, and the sources slide and the handout's last page list them all. */
const SHOWN_SOURCES: Record<Variant, number> = { slide: 6, page: 12 };

interface SlideFooterProps {
  release: ReleaseData;
  variant?: Variant;
  sources: readonly string[];
  t: Translate;
  lang: Lang;
  qualifiers?: boolean;
  /** Replaces the source links (title and sources slides, which cite the deck as a whole). */
  note?: string;
}

export function SlideFooter({
  release,
  variant = "page",
  sources,
  t,
  lang,
  qualifiers = false,
  note,
}: SlideFooterProps) {
  const unique = [...new Set(sources)];
  const shown = unique.slice(0, SHOWN_SOURCES[variant]);
  const more = unique.length - shown.length;
  return (
    <>
      {qualifiers && <p className="slide-qualifiers">{t("qualifier.legend")}</p>}
      <p className="slide-source source-line">
        {note ?? (
          <>
            <SourceLinks release={release} ids={shown} />
            {more > 0 &&
              ` ${t(variant === "slide" ? "briefing.moreSources" : "briefing.moreSourcesPrint", { count: formatNumber(more, lang) })}`}
          </>
        )}
      </p>
      <p className="slide-asof">
        {t("app.asOf", { date: formatDate(release.entry.asOf, lang) })} ·{" "}
        {t("app.releaseLine", { id: release.entry.id })}
      </p>
    </>
  );
}
