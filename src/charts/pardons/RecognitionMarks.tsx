import "virtual:i18n/en/pardons";
import type { Translate } from "../../i18n";
import { MS_PER_DAY } from "../../data/dates";
import { labelWidth, type PardonLayout } from "./layout";
import type { PardonView } from "./pardonModel";
import type { MarkEvents } from "./StageMarks";
import type { MarkTexts } from "./markText";

/**
 * Newly recognised political prisoners: bars hanging below the baseline, as wide as the period they
 * count; periods that overlap a bar are drawn as labelled brackets underneath.
 */
export function RecognitionMarks({
  view,
  layout,
  texts,
  t,
  events,
  selection,
}: {
  view: PardonView;
  layout: PardonLayout;
  texts: MarkTexts;
  t: Translate;
  events: MarkEvents;
  selection: string | null;
}) {
  const { x, bars, spans } = layout;
  const [lo, hi] = x.range() as [number, number];
  if (view.recognitions.length === 0) return null;
  const clamp = (v: number) => Math.min(hi, Math.max(lo, v));
  return (
    <g className="recognition-marks" role="group" aria-label={t("pardons.aria.recognitions")}>
      {view.recognitions.map((r, i) => {
        const x1 = clamp(x(r.start));
        const x2 = clamp(x(new Date(+r.end + MS_PER_DAY)));
        const width = Math.max(2, x2 - x1 - 1);
        const first = r.claims[0]!;
        const active = events.active === i;
        const selected = r.claims.some((c) => selection === `obs:newly_recognised:${c.date}`);
        const label = texts.short(first, first);
        const cls = `recognition${r.span ? " span" : ""}${active ? " active" : ""}${selected ? " selected" : ""}`;
        const common = {
          ref: events.setRef(i),
          className: cls,
          "data-recognition": r.key,
          role: "button",
          "aria-pressed": selected,
          "aria-label": texts.recognitionLabel(r),
          tabIndex: events.tabStop === i ? 0 : -1,
          onKeyDown: (e: React.KeyboardEvent) => {
            if (e.key === "Enter" || e.key === " ") {
              e.preventDefault();
              events.onActivate(i);
            } else events.onKeyDown(e, i);
          },
          onMouseEnter: () => events.onEnter(i),
          onMouseLeave: () => events.onLeave(i),
          onFocus: () => events.onFocus(i),
          onBlur: () => events.onBlur(i),
          onClick: () => events.onActivate(i),
        } as const;
        if (r.span) {
          const y = spans.top + r.lane * spans.laneHeight + 14;
          const fits = labelWidth(label, 11) + 8 < x2 - x1;
          return (
            <g key={r.key} {...common}>
              <rect className="hit" x={x1} y={y - 14} width={Math.max(8, x2 - x1)} height={spans.laneHeight} />
              <path
                className={`span-bracket mark-${first.qualifier}`}
                d={`M${x1},${y - 5}V${y}H${x1 + width}V${y - 5}`}
              />
              {fits && (
                <text className="span-label" x={(x1 + x2) / 2} y={y - 3} textAnchor="middle" aria-hidden="true">
                  {label}
                </text>
              )}
            </g>
          );
        }
        const bottom = bars.down(first.value);
        const fits = labelWidth(label, 11) <= width + 2;
        return (
          <g key={r.key} {...common}>
            <rect
              className="hit"
              x={x1}
              y={bars.baseline}
              width={Math.max(8, width)}
              height={Math.max(12, bottom - bars.baseline)}
            />
            <rect
              className={`recognition-bar mark-${first.qualifier}`}
              x={x1 + 0.5}
              y={bars.baseline}
              width={width}
              height={Math.max(1, bottom - bars.baseline)}
            />
            {r.claims.slice(1).map((c, j) => (
              <line
                key={j}
                className={`count-alt mark-${c.qualifier}`}
                x1={x1 - 3}
                x2={x1 + width + 3}
                y1={bars.down(c.value)}
                y2={bars.down(c.value)}
              />
            ))}
            {(active || selected) && (
              <rect
                className="stage-ring"
                x={x1 - 2.5}
                y={bars.baseline}
                width={width + 6}
                height={bottom - bars.baseline + 3}
                rx={2}
              />
            )}
            {fits && (
              <text
                className="recognition-label"
                x={x1 + width / 2}
                y={bottom + 13}
                textAnchor="middle"
                aria-hidden="true"
              >
                {label}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
