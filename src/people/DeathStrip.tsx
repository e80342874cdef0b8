import "virtual:i18n/en/people";
import { useState } from "react";
import { Tooltip } from "../charts/common/Tooltip";
import { QualifierMark } from "../charts/common/QualifierMark";
import { useWidth } from "../charts/common/useWidth";
import { fitScale, useSlideFit } from "../charts/common/slideFit";
import { formatDate, formatMeasure } from "../i18n/format";
import type { WidgetContext } from "../widgets/types";
import { precisionOf } from "../data/dates";
import { layoutDeaths, type DeathMark } from "./deathLayout";
import type { DeathView } from "./model";
import { personSelection } from "./model";
import { nameOf } from "./text";
import { useRoving } from "./useRoving";

/** The deaths on a time axis: one focusable mark per person; ← → step, Enter opens the card, Esc closes the tip. */
export function DeathStrip({ ctx, views, label }: { ctx: WidgetContext; views: readonly DeathView[]; label: string }) {
  const { t, release, setView } = ctx;
  const [ref, boxWidth] = useWidth<HTMLDivElement>(640);
  // On a slide: laid out in design units and drawn scaled up (see slideFit.ts).
  const scale = fitScale(useSlideFit());
  const width = Math.floor(boxWidth / scale);
  const layout = layoutDeaths(views, width, release.entry.asOf);
  const roving = useRoving<SVGGElement>(views.length);
  const [active, setActive] = useState<number | null>(null);
  const open = (i: number) => setView({ selection: personSelection(views[i]!.person.id) });
  const activeMark = active === null ? null : layout.marks[active];

  return (
    <div className="chart deaths-strip" ref={ref}>
      <svg
        width={width * scale}
        height={layout.height * scale}
        viewBox={`0 0 ${width} ${layout.height}`}
        role="group"
        aria-label={label}
      >
        <g className="axis" aria-hidden="true">
          <line x1={layout.x.range()[0]} x2={layout.x.range()[1]} y1={layout.axisY} y2={layout.axisY} />
          {layout.ticks.map((d) => (
            <g key={d.toISOString()} transform={`translate(${layout.x(d)},${layout.axisY})`}>
              <line y1={-layout.axisY + 8} y2={4} className="year-line" />
              <text y={17} textAnchor="middle">
                {d.getUTCFullYear()}
              </text>
            </g>
          ))}
        </g>
        {layout.marks.map((m, i) => (
          <Mark
            key={m.view.death.id}
            m={m}
            label={markLabel(m.view, ctx)}
            active={active === i}
            tabIndex={roving.current === i ? 0 : -1}
            refSetter={roving.setRef(i)}
            onFocus={() => {
              roving.setCurrent(i);
              setActive(i);
            }}
            onBlur={() => setActive((a) => (a === i ? null : a))}
            onEnter={() => setActive(i)}
            onLeave={() => setActive((a) => (a === i ? null : a))}
            onActivate={() => open(i)}
            onKeyDown={(e) => roving.onKeyDown(e, i)}
          />
        ))}
      </svg>
      {activeMark && (
        <Tooltip
          x={activeMark.x * scale}
          y={(activeMark.y + 6) * scale}
          containerWidth={width * scale}
          onClose={() => setActive(null)}
        >
          <TipBody view={activeMark.view} ctx={ctx} />
        </Tooltip>
      )}
      <p className="deaths-hint">{t("people.deaths.hint")}</p>
    </div>
  );
}

interface MarkProps {
  m: DeathMark;
  label: string;
  active: boolean;
  tabIndex: number;
  refSetter: (el: SVGGElement | null) => void;
  onFocus: () => void;
  onBlur: () => void;
  onEnter: () => void;
  onLeave: () => void;
  onActivate: () => void;
  onKeyDown: (e: React.KeyboardEvent) => void;
}

function Mark({ m, label, active, tabIndex, refSetter, onActivate, onKeyDown, ...events }: MarkProps) {
  const counted = m.view.death.ordinal !== undefined;
  const partial = precisionOf(m.view.death.died[0]!.date) !== "day";
  return (
    <g
      className={`death-mark mark-target${counted ? " counted" : " uncounted"}`}
      data-person={m.view.person.id}
      role="button"
      aria-haspopup="dialog"
      aria-label={label}
      tabIndex={tabIndex}
      ref={refSetter}
      onFocus={events.onFocus}
      onBlur={events.onBlur}
      onMouseEnter={events.onEnter}
      onMouseLeave={events.onLeave}
      onClick={onActivate}
      onKeyDown={(e) => {
        if (e.key === "Enter" || e.key === " ") {
          e.preventDefault();
          onActivate();
        } else onKeyDown(e);
      }}
    >
      {m.xUncertain !== null && <line className="death-uncertain" x1={m.x} x2={m.xUncertain} y1={m.y} y2={m.y} />}
      {m.xReported !== null && (
        <>
          <line className="death-delay" x1={m.x} x2={m.xReported} y1={m.y} y2={m.y} />
          <line className="death-reported" x1={m.xReported} x2={m.xReported} y1={m.y - 6} y2={m.y + 6} />
        </>
      )}
      {counted ? (
        <QualifierMark
          x={m.x}
          y={m.y}
          r={5.5}
          qualifier={partial ? "about" : "exact"}
          color="var(--text)"
          active={active}
        />
      ) : (
        <g aria-hidden="true">
          {active && <circle cx={m.x} cy={m.y} r={11} fill="none" stroke="var(--focus)" strokeWidth={2} />}
          <rect className="death-uncounted" x={m.x - 5} y={m.y - 5} width={10} height={10} />
        </g>
      )}
      {counted && (
        <text className="death-ordinal" x={m.x} y={m.y - 10} textAnchor="middle" aria-hidden="true">
          {m.view.death.ordinal}
        </text>
      )}
      {/* A larger invisible hit area for touch. */}
      <circle className="hit" cx={m.x} cy={m.y} r={12} />
    </g>
  );
}

function markLabel(v: DeathView, ctx: WidgetContext): string {
  const { lang, t } = ctx;
  const parts = [
    // The ordinal drawn above a counted mark is part of its name (WCAG 2.5.3, label in name).
    v.death.ordinal
      ? `${nameOf(v.person, lang).text}, ${t("people.deaths.ordinal", { n: v.death.ordinal })}`
      : nameOf(v.person, lang).text,
    t("people.deaths.aria.died", { date: v.death.died.map((c) => formatDate(c.date, lang)).join(" / ") }),
  ];
  for (const r of v.reportedLater)
    parts.push(t("people.deaths.aria.reported", { date: formatDate(r.claim.date, lang) }));
  if (v.death.age.length)
    parts.push(t("people.deaths.age", { age: v.death.age.map((a) => formatMeasure(a, lang)).join(" / ") }));
  return parts.join("; ");
}

function TipBody({ view, ctx }: { view: DeathView; ctx: WidgetContext }) {
  const { lang, t } = ctx;
  return (
    <>
      <strong>{nameOf(view.person, lang).text}</strong>
      <br />
      {t("people.deaths.died")}: {view.death.died.map((c) => formatDate(c.date, lang)).join(" / ")}
      {view.reportedLater.map((r) => (
        <span key={r.claim.date}>
          <br />
          {t("people.deaths.reported")}: {formatDate(r.claim.date, lang)}
        </span>
      ))}
      <br />
      <span className="tip-hint">{t("people.hint.open")}</span>
    </>
  );
}
