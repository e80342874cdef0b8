/** The frame every slide (and handout page) shares: a heading, an optional one-line idea, the body, and
 * a footer with the qualifier note, the source line and the as-of date — on every slide, no exceptions. */
import "virtual:i18n/en/briefing";
import { useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from "react";
import { SlideFitContext, stageFont, type SlideFit } from "../charts/common/slideFit";
import type { ReleaseData } from "../data/schema";
import { SourceLinks } from "../components/SourceLinks";
import type { Translate } from "../i18n";
import { formatDate, formatNumber, type Lang } from "../i18n/format";

export type Variant = "slide" | "page";

/** Text size of the views' legends off slides (0.85rem). */
const LEGEND_FONT = 13.6;

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
  const [ref, fit] = useStageFit(variant === "slide");
  const [summaryRef, summaryScale] = useSummaryFit(variant === "slide" && layout === "side", `${summary}|${fit?.font}`);
  // --legend-zoom: legends and keys (written at 0.85rem, with their swatches) zoomed to the slide's text size.
  const style = fit
    ? ({ "--slide-font": `${fit.font}px`, "--legend-zoom": (fit.font / LEGEND_FONT).toFixed(3) } as CSSProperties)
    : undefined;
  const slide = (
    <Tag
      ref={ref}
      className={`slide slide--${kind} variant-${variant} layout-${layout}`}
      lang={lang}
      data-slide-kind={kind}
      style={style}
    >
      <header className="slide-head">
        {kicker && <p className="slide-kicker">{kicker}</p>}
        <h2 className="slide-title">{title}</h2>
      </header>
      {summary && (
        <p
          className="slide-summary"
          ref={summaryRef}
          style={summaryScale < 1 ? ({ "--summary-scale": summaryScale } as CSSProperties) : undefined}
        >
          {summary}
        </p>
      )}
      <div className="slide-body">{children}</div>
      <footer className="slide-foot">{footer}</footer>
      {after}
    </Tag>
  );
  return <SlideFitContext.Provider value={fit}>{slide}</SlideFitContext.Provider>;
}

/** Steps the summary beside a view may take down to fit its column (long summaries: several sources disagreeing). */
const SUMMARY_STEPS = [1, 0.9, 0.8, 0.72, 0.65, 0.58, 0.52];

/** The summary beside a view steps its type down until it fits the column, never cut off. */
function useSummaryFit(on: boolean, key: string): [React.RefObject<HTMLParagraphElement | null>, number] {
  const ref = useRef<HTMLParagraphElement>(null);
  const [step, setStep] = useState({ key, n: 0 });
  const n = step.key === key ? step.n : 0;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!on || !el || el.clientHeight === 0) return;
    if (el.scrollHeight > el.clientHeight + 1 && n < SUMMARY_STEPS.length - 1) setStep({ key, n: n + 1 });
  }, [on, n, key]);
  return [ref, SUMMARY_STEPS[n]!];
}

/** Steps the slide's text size may take down when a view still spills out of the slide's body at the stage's size. */
const SHRINK_STEPS = [1, 0.94, 0.88, 0.82, 0.76, 0.7];

/**
 * The text size the stage calls for (see slideFit.ts), measured on the stage the slide fills, for the slide's
 * CSS (`--slide-font`: legends, lists, labels) and its charts (SlideFitContext). Null on paper. Charts fit any
 * height down to a least one, and legends and lists wrap onto more lines on a narrow stage: while anything spills
 * out of the body or a chart out of its box (its scrollable overflow is larger than the box), the size steps down.
 */
function useStageFit(on: boolean): [React.RefObject<HTMLDivElement | null>, SlideFit | null] {
  // A div on slides; the <article> of a handout page never measures.
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ base: number; step: number } | null>(null);
  useLayoutEffect(() => {
    const stage = ref.current?.parentElement;
    if (!on || !stage || typeof ResizeObserver === "undefined") return;
    const measure = () => {
      const { width, height } = stage.getBoundingClientRect();
      if (!width || !height) return;
      // Whole pixels (a tenth would re-lay every chart on each tiny resize step for nothing).
      const font = Math.round(stageFont(width, height));
      setSize((s) => (s?.base === font ? s : { base: font, step: 0 }));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(stage);
    return () => ro.disconnect();
  }, [on]);

  useLayoutEffect(() => {
    const body = ref.current?.querySelector<HTMLElement>(":scope > .slide-body");
    if (!on || !body || !size || size.step >= SHRINK_STEPS.length - 1) return;
    let frame = 0;
    // Views draw in their own effects (a chart re-lays itself for the new size a frame later) and load lazily
    // (the map): check two frames after each change, when its layout has settled.
    const check = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          // An open tooltip (hover, focus) may reach past its chart: it is not the slide's layout.
          if (body.querySelector(".tooltip")) return;
          // A chart taller than its box (it has a least height) spills over its legend, still inside the body.
          const boxes = [body, ...body.querySelectorAll<HTMLElement>(".chart")];
          if (boxes.some((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
            setSize((s) => s && { ...s, step: Math.min(s.step + 1, SHRINK_STEPS.length - 1) });
        });
      });
    };
    check();
    const ro = new ResizeObserver(check);
    ro.observe(body);
    for (const child of body.querySelectorAll(":scope > *, :scope > * > *")) ro.observe(child);
    const mo = new MutationObserver(check);
    mo.observe(body, { childList: true, subtree: true });
    return () => {
      cancelAnimationFrame(frame);
      ro.disconnect();
      mo.disconnect();
    };
  }, [on, size]);

  const font = size && Math.round(size.base * SHRINK_STEPS[size.step]!);
  const fit = useMemo(() => (font === null ? null : { font }), [font]);
  return [ref, fit];
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
