import "virtual:i18n/en/people";
import { CorrectionMark, correctionLabel } from "../changes/CorrectionMark";
import type { KeyboardEvent } from "react";
import { formatDate } from "../i18n/format";
import type { WidgetContext } from "../widgets/types";
import { RecordText, Src } from "./bits";
import { periodStart } from "../data/dates";
import type { SpanView } from "./model";
import { PersonLink } from "./PersonLink";
import type { SpanLayout } from "./spanLayout";
import { computedDays, computedHow, daysText, spanStartText } from "./text";

const H = 24;
const Y = 6;
const BAR = 12;

interface SpanRowProps {
  span: SpanView;
  layout: SpanLayout;
  ctx: WidgetContext;
  label: string;
  tabIndex: number;
  active: boolean;
  barRef: (el: HTMLDivElement | null) => void;
  onFocus: () => void;
  onBlur: () => void;
  onHover: (on: boolean) => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onOpen: () => void;
}

/** One person's span: name, the bar on the shared axis, then dates and day counts with their sources. */
export function SpanRow({ span, layout, ctx, label, tabIndex, active, barRef, ...events }: SpanRowProps) {
  const { release, lang, t, setView } = ctx;
  const { x } = layout;
  const x0 = x(periodStart(span.start.date));
  const xSolid = span.uncertainUntil ? x(periodStart(span.uncertainUntil)) : x0;
  const x1 = x(periodStart(span.end));
  const how = span.record.ended?.how;
  return (
    <li className={`inc-row${active ? " active" : ""}`} data-person={span.person.id}>
      <div className="inc-name">
        <PersonLink person={span.person} lang={lang} setView={setView} />
      </div>
      <div
        className="inc-bar mark-target"
        role="button"
        aria-haspopup="dialog"
        aria-label={label}
        tabIndex={tabIndex}
        ref={barRef}
        onFocus={events.onFocus}
        onBlur={events.onBlur}
        onMouseEnter={() => events.onHover(true)}
        onMouseLeave={() => events.onHover(false)}
        onClick={events.onOpen}
        onKeyDown={(e) => {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            events.onOpen();
          } else events.onKeyDown(e);
        }}
      >
        <svg width={layout.barWidth} height={H} aria-hidden="true">
          {layout.ticks.map((d) => (
            <line key={d.toISOString()} className="year-line" x1={x(d)} x2={x(d)} y1={0} y2={H} />
          ))}
          {span.startUnknown && (
            <rect className="inc-uncertain inc-start-unknown" x={Math.max(0, x0 - 16)} y={Y} width={16} height={BAR} />
          )}
          {span.uncertainUntil && (
            <rect className="inc-uncertain" x={x0} y={Y} width={Math.max(1, xSolid - x0)} height={BAR} />
          )}
          <rect className="inc-span" x={xSolid} y={Y} width={Math.max(2, x1 - xSolid)} height={BAR} />
          {span.open && (
            <path className="inc-open" d={`M${x1},${Y - 3}L${x1 + 8},${Y + BAR / 2}L${x1},${Y + BAR + 3}Z`} />
          )}
          {how === "contact_resumed" && <circle className="inc-end-contact" cx={x1} cy={Y + BAR / 2} r={5} />}
          {how === "released" && <Diamond cx={x1} />}
          {span.laterRelease && (
            <>
              <line
                className="inc-later"
                x1={x1}
                x2={x(periodStart(span.laterRelease.date))}
                y1={Y + BAR / 2}
                y2={Y + BAR / 2}
              />
              <Diamond cx={x(periodStart(span.laterRelease.date))} />
            </>
          )}
        </svg>
      </div>
      <div className="inc-text">
        <p className="inc-dates">
          <span className="inc-range">
            {spanStartText(span, lang, t)} –{" "}
            {span.open ? (
              <strong className="inc-still">{t("people.inc.stillAsOf", { date: formatDate(span.end, lang) })}</strong>
            ) : (
              <>
                {formatDate(span.end, lang)} <strong>({t(`people.inc.how.${how!}`)})</strong>
              </>
            )}
          </span>
          {" · "}
          {t(span.startUnknown ? "people.inc.firstReport" : "people.inc.start")}
          <Src release={release} ids={span.start.sources} />
          {span.record.ended && (
            <>
              {"; "}
              {t("people.inc.end")}
              <Src release={release} ids={span.record.ended.sources} />
            </>
          )}
          {span.laterRelease && (
            <>
              {". "}
              {t("people.inc.laterRelease", { date: formatDate(span.laterRelease.date, lang) })}
              <Src release={release} ids={span.laterRelease.sources} />
            </>
          )}
          .
        </p>
        {ctx.corrections?.incommunicado?.[span.record.id]?.map((c, i) => (
          <p className="inc-correction" key={i}>
            <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
              <CorrectionMark x={0} y={0} corrections={[c]} lang={lang} size={6} />
            </svg>{" "}
            {correctionLabel(c, lang)}
          </p>
        ))}
        <p className="inc-days">
          <strong className="days-computed">{computedDays(span.computed, lang, t)}</strong>{" "}
          <span className="computed-how">({computedHow(span.computed, lang, t)})</span>
          {span.otherStarts.map(({ claim, count }) => (
            <span key={claim.date} className="inc-other-start">
              {"; "}
              {t("people.inc.otherStart", { date: formatDate(claim.date, lang), days: computedDays(count, lang, t) })}
              <Src release={release} ids={claim.sources} />
            </span>
          ))}
        </p>
        {span.reported.length > 0 && (
          <ul className="inc-reported">
            {span.reported.map((r, i) => (
              <li key={i} className="days-compare">
                <span className="days-reported">
                  {t("people.days.sourceSays", {
                    days: daysText(r.claim, lang, t),
                    date: formatDate(r.claim.asOf, lang),
                  })}
                  <Src release={release} ids={r.claim.sources} />
                </span>
                {r.computed && (
                  <span className="days-computed">
                    {" · "}
                    {t("people.days.computedTo", { days: computedDays(r.computed, lang, t) })}
                    {!r.agrees && <strong className="days-differs"> — {t("people.days.differs")}</strong>}
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        {span.record.note && (
          <p className="inc-note">
            <RecordText text={span.record.note} lang={lang} />
          </p>
        )}
      </div>
    </li>
  );
}

function Diamond({ cx }: { cx: number }) {
  const cy = Y + BAR / 2;
  return <path className="inc-end-released" d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`} />;
}
