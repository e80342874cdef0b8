import "virtual:i18n/en/pardons";
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { Tooltip } from "../common/Tooltip";
import { useWidth } from "../common/useWidth";
import { fitScale, useSlideFit, useSlideHeight } from "../common/slideFit";
import type { WidgetContext } from "../../widgets/types";
import { BarPanelAxes, TimeAxis } from "./Axis";
import { Legend } from "./Legend";
import { pardonLayout } from "./layout";
import { KindPatterns } from "./patterns";
import { RecognitionMarks } from "./RecognitionMarks";
import { StageMarks, type MarkEvents } from "./StageMarks";
import { RecognitionTooltip, StageTooltip } from "./StageTooltip";
import { TotalPanel } from "./TotalPanel";
import { useRoving } from "./useRoving";
import type { PardonModel } from "./widgetModel";
import "./pardons.css";

type Group = "stage" | "rec";
/** How a tooltip was opened: "tip" = by focus that then moved into the tooltip (its links are reachable by Tab). */
type Active = { group: Group; index: number; how: "hover" | "focus" | "tip" | "pin" } | null;

/**
 * Pardon stages on a time axis: the running total (computed step line and reported markers) above,
 * people released per stage as bars, and people newly recognised as political prisoners hanging
 * below the same baseline, so releases and new recognitions read against each other.
 */
export function PardonTimeline({ ctx, model }: { ctx: WidgetContext; model: PardonModel }) {
  const { release, lang, t, selection, setView } = ctx;
  const { view, texts } = model;
  const [ref, boxWidth] = useWidth<HTMLDivElement>(640);
  // On a slide: laid out in design units (see slideFit.ts), filling the plot's box, drawn scaled up.
  const fit = useSlideFit();
  const scale = fitScale(fit);
  const [plotRef, plotHeight] = useSlideHeight<HTMLDivElement>(fit !== null);
  const width = Math.floor(boxWidth / scale);
  const height = plotHeight === null ? null : plotHeight / scale;
  const layout = useMemo(() => pardonLayout(view, width, height), [view, width, height]);
  const prefix = `pt${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [active, setActive] = useState<Active>(null);
  const stages = useRoving<SVGGElement>(view.stages.length);
  const recs = useRoving<SVGGElement>(view.recognitions.length);
  const selectedId = selection?.startsWith("pardon:") ? selection.slice("pardon:".length) : null;
  const close = useCallback(() => setActive(null), []);
  // Where focus goes when a mark loses it (set in the capture phase, before the mark's own blur handler).
  const nextFocus = useRef<EventTarget | null>(null);

  // A tooltip opened by a tap stays until Esc, its close button, or a tap outside the chart.
  useEffect(() => {
    if (active?.how !== "pin") return;
    const onDown = (e: PointerEvent) => {
      if (ref.current && e.target instanceof Node && !ref.current.contains(e.target)) setActive(null);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [active, ref]);

  const events = (group: Group, roving: typeof stages, activate: (i: number) => boolean): MarkEvents => ({
    active: active?.group === group ? active.index : null,
    tabStop: roving.current,
    setRef: roving.setRef,
    onKeyDown: roving.onKeyDown,
    onEnter: (index) => setActive((a) => (a?.how === "pin" ? a : { group, index, how: "hover" })),
    onLeave: () => setActive((a) => (a?.how === "hover" ? null : a)),
    onFocus: (index) => {
      roving.setCurrent(index);
      setActive((a) =>
        a?.how === "pin" && a.group === group && a.index === index ? a : { group, index, how: "focus" },
      );
    },
    onBlur: () => {
      // Tab from a mark into its tooltip's links keeps the tooltip open; anywhere else closes it.
      const next = nextFocus.current;
      const intoTip = next instanceof Node && !!ref.current?.querySelector(".tooltip")?.contains(next);
      setActive((a) => (a?.how === "focus" ? (intoTip ? { ...a, how: "tip" } : null) : a));
    },
    onActivate: (index) => {
      roving.setCurrent(index);
      setActive(activate(index) ? { group, index, how: "pin" } : null);
    },
  });

  /** Selects the stage (or clears the selection when it is already selected); true = now selected. */
  const selectStage = (i: number) => {
    const id = view.stages[i]!.stage.id;
    setView({ selection: selectedId === id ? null : `pardon:${id}` });
    return selectedId !== id;
  };
  const selectRecognition = (i: number) => {
    const key = `obs:newly_recognised:${view.recognitions[i]!.claims[0]!.date}`;
    setView({ selection: selection === key ? null : key });
    return selection !== key;
  };

  if (view.stages.length === 0 && view.recognitions.length === 0) {
    return (
      <div className="pardon-chart" ref={ref}>
        <p className="pardon-empty">{t("pardons.summary.none")}</p>
      </div>
    );
  }

  const stage = active?.group === "stage" ? view.stages[active.index] : undefined;
  const rec = active?.group === "rec" ? view.recognitions[active.index] : undefined;
  let tipX = 0;
  let tipY = 0;
  if (stage && active) {
    tipX = layout.left + layout.slots[active.index]!.cx;
    // Below the baseline: the stage's bar and label stay in view.
    tipY = layout.bars.baseline;
  } else if (rec) {
    tipX = layout.left + layout.x(rec.start);
    tipY = rec.span
      ? layout.spans.top + rec.lane * layout.spans.laneHeight + 14
      : layout.bars.down(rec.claims[0]!.value);
  }

  return (
    // A tooltip opened by hover or focus lets pointer events through, so that a tap lands on the mark.
    <div
      className={`pardon-chart${layout.narrow ? " narrow" : ""}${active?.how === "pin" || active?.how === "tip" ? "" : " tip-passive"}`}
      ref={ref}
      onBlurCapture={(e) => (nextFocus.current = e.relatedTarget)}
      onBlur={(e) => {
        if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget)))
          setActive((a) => (a?.how === "tip" ? null : a));
      }}
    >
      <KindPatterns prefix={prefix} />
      <Legend view={view} t={t} patternPrefix={prefix} />
      {/* The plot is the tooltip's positioning box: its coordinates are the SVG's. */}
      <div className="chart pardon-plot" ref={plotRef}>
        <svg
          width={layout.width * scale}
          height={layout.height * scale}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="group"
          aria-label={model.summary}
        >
          <g transform={`translate(${layout.left},0)`}>
            <TimeAxis layout={layout} lang={lang} />
            <TotalPanel view={view} layout={layout} lang={lang} t={t} texts={texts} />
            <BarPanelAxes view={view} layout={layout} lang={lang} t={t} />
            {/* Stages first in the DOM: they are the first tab stop. */}
            <StageMarks
              view={view}
              layout={layout}
              lang={lang}
              t={t}
              texts={texts}
              events={events("stage", stages, selectStage)}
              selectedId={selectedId}
              patternPrefix={prefix}
              corrections={ctx.corrections?.pardons}
            />
            <RecognitionMarks
              view={view}
              layout={layout}
              texts={texts}
              t={t}
              selection={selection}
              events={events("rec", recs, selectRecognition)}
            />
            <line
              className="baseline"
              x1={layout.x.range()[0]}
              x2={layout.x.range()[1]}
              y1={layout.bars.baseline}
              y2={layout.bars.baseline}
            />
          </g>
        </svg>
        {(stage || rec) && (
          <Tooltip
            x={tipX * scale}
            y={tipY * scale}
            containerWidth={layout.width * scale}
            onClose={close}
            id={`${prefix}-tip`}
          >
            {active?.how === "pin" && (
              <button type="button" className="tip-close" onClick={close} aria-label={t("pardons.tip.close")}>
                ×
              </button>
            )}
            {stage && <StageTooltip stage={stage} release={release} lang={lang} t={t} />}
            {rec && <RecognitionTooltip rec={rec} release={release} lang={lang} t={t} />}
          </Tooltip>
        )}
      </div>
    </div>
  );
}
