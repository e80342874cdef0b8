import "virtual:i18n/en/people";
import { memo, useState, type CSSProperties } from "react";
import { Tooltip } from "../charts/common/Tooltip";
import { periodStart } from "../data/dates";
import { useWidth } from "../charts/common/useWidth";
import { formatDate } from "../i18n/format";
import { sameContextButRange } from "../widgets/sameView";
import type { WidgetContext } from "../widgets/types";
import { SpansLegend } from "./legends";
import { dialogOwner, personSelection, selectedPerson, type SpanView } from "./model";
import { PersonDialog } from "./PersonDialog";
import { layoutSpans, NAME_COLUMN, WIDE, type SpanLayout } from "./spanLayout";
import { fitScale, useSlideFit } from "../charts/common/slideFit";
import { SpanRow } from "./SpanRow";
import type { SpansModel } from "./widgets";
import { computedDays, nameOf, spanStartText } from "./text";
import { useRoving } from "./useRoving";
import "./people.css";

/**
 * People held incommunicado as horizontal spans on one time axis, from when contact stopped to when it
 * resumed or they were released (or to the release's as-of date). ↑ ↓ step between rows, Enter opens the card.
 */
export const IncommunicadoSpans = memo(
  SpansContent,
  // Drawn again only when the spans in the range change (the model keeps the array while they do not).
  (a, b) => a.model.items === b.model.items && sameContextButRange(a.ctx, b.ctx),
);

function SpansContent({ ctx, model }: { ctx: WidgetContext; model: SpansModel }) {
  const spans = model.items;
  const { release, t } = ctx;
  const [ref, width] = useWidth<HTMLDivElement>(640);
  // On a briefing slide the names are at the slide's text size (slideFit.ts): their column grows with it.
  const fit = useSlideFit();
  const nameColumn = fit ? Math.round(fit.font * 13) : NAME_COLUMN;
  const layout = layoutSpans(spans, width, release.entry.asOf, nameColumn);
  const roving = useRoving<HTMLDivElement>(spans.length);
  const [tip, setTip] = useState<{ i: number; y: number } | null>(null);
  const active = tip?.i ?? null;
  const show = (i: number) => setTip({ i, y: tipY(ref.current, i) });
  const hide = (i: number) => setTip((s) => (s?.i === i ? null : s));
  const selected = selectedPerson(ctx.selection);
  const activeSpan = active === null ? null : spans[active];

  return (
    <div className="people-widget">
      <div
        className={`chart inc-chart${width >= WIDE ? " wide" : ""}`}
        ref={ref}
        style={fit ? ({ "--inc-name": `${nameColumn}px` } as CSSProperties) : undefined}
      >
        {spans.length === 0 ? (
          <p className="empty">{t("people.inc.none")}</p>
        ) : (
          <>
            <Axis layout={layout} ctx={ctx} />
            <ol className="inc-rows" aria-label={model.summary}>
              {spans.map((s, i) => (
                <SpanRow
                  key={s.record.id}
                  span={s}
                  layout={layout}
                  ctx={ctx}
                  label={barLabel(s, ctx)}
                  tabIndex={roving.current === i ? 0 : -1}
                  active={active === i}
                  barRef={roving.setRef(i)}
                  onFocus={() => {
                    roving.setCurrent(i);
                    show(i);
                  }}
                  onBlur={() => hide(i)}
                  onHover={(on) => (on ? show(i) : hide(i))}
                  onKeyDown={(e) => roving.onKeyDown(e, i)}
                  onOpen={() => ctx.setView({ selection: personSelection(s.person.id) })}
                />
              ))}
            </ol>
          </>
        )}
        {activeSpan && tip && (
          <Tooltip
            x={(width >= WIDE ? width - layout.barWidth : 0) + layout.x(periodStart(activeSpan.end))}
            y={tip.y}
            containerWidth={width}
            onClose={() => setTip(null)}
          >
            <strong>{nameOf(activeSpan.person, ctx.lang).text}</strong>
            <br />
            {barLabel(activeSpan, ctx, false)}
            <br />
            <span className="tip-hint">{t("people.hint.open")}</span>
          </Tooltip>
        )}
      </div>
      {spans.length > 0 && <SpansLegend ctx={ctx} spans={spans} />}
      {selected && dialogOwner(release, selected) === "incommunicado" && <PersonDialog ctx={ctx} personId={selected} />}
    </div>
  );
}

function Axis({ layout, ctx }: { layout: SpanLayout; ctx: WidgetContext }) {
  const yearly = layout.ticks.every((d) => d.getUTCMonth() === 0);
  // On a slide the labels are at the slide's text size (an inline style: the slide's CSS sets chart text).
  const fit = useSlideFit();
  const scale = fitScale(fit);
  return (
    <div className="inc-axis" aria-hidden="true">
      <svg width={layout.barWidth} height={20 * scale}>
        {layout.ticks.map((d) => {
          const iso = d.toISOString().slice(0, 7);
          return (
            <text
              key={iso}
              x={layout.x(d)}
              y={14 * scale}
              textAnchor="middle"
              style={fit ? { fontSize: `${fit.font}px` } : undefined}
            >
              {yearly ? d.getUTCFullYear() : formatDate(iso, ctx.lang, "short")}
            </text>
          );
        })}
      </svg>
    </div>
  );
}

/** Where the tooltip goes: just below the active row's bar. */
function tipY(container: HTMLDivElement | null, index: number): number {
  const bar = container?.querySelectorAll<HTMLElement>(".inc-bar")[index];
  if (!container || !bar) return 0;
  const a = container.getBoundingClientRect();
  const b = bar.getBoundingClientRect();
  return b.bottom - a.top - 6;
}

function barLabel(s: SpanView, ctx: WidgetContext, withName = true): string {
  const { lang, t } = ctx;
  const end = s.open
    ? t("people.inc.stillAsOf", { date: formatDate(s.end, lang) })
    : `${formatDate(s.end, lang)} (${t(`people.inc.how.${s.record.ended!.how}`)})`;
  const text = `${spanStartText(s, lang, t)} – ${end}; ${computedDays(s.computed, lang, t)}`;
  return withName ? `${nameOf(s.person, lang).text}: ${text}` : text;
}
