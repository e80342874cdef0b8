import "virtual:i18n/en/pardons";
import type { KeyboardEvent } from "react";
import type { Claim } from "../../data/schema";
import type { Translate } from "../../i18n";
import type { Lang } from "../../i18n/format";
import { QualifierMark } from "../common/QualifierMark";
import type { Correction } from "../../data/diff";
import { CorrectionMark, correctionLabel } from "../../changes/CorrectionMark";
import { labelWidth, overlap, type LabelBox, type PardonLayout } from "./layout";
import type { PardonView } from "./pardonModel";
import { kindFill } from "./patterns";
import { endLabel } from "./TotalPanel";
import type { MarkTexts } from "./markText";

export interface MarkEvents {
  /** Index whose tooltip is open (hover, focus or tap), or null. */
  active: number | null;
  /** Index holding the tab stop of the roving group. */
  tabStop: number;
  setRef: (i: number) => (el: SVGGElement | null) => void;
  onKeyDown: (e: KeyboardEvent, i: number) => void;
  onEnter: (i: number) => void;
  onLeave: (i: number) => void;
  onFocus: (i: number) => void;
  onBlur: (i: number) => void;
  onActivate: (i: number) => void;
}

interface Label {
  key: string;
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  className: string;
  box: LabelBox;
}

const box = (text: string, x: number, y: number, anchor: Label["anchor"]): LabelBox => {
  const w = labelWidth(text);
  const left = anchor === "middle" ? x - w / 2 : anchor === "end" ? x - w : x;
  return { x: left, y: y - 12, w, h: 15 };
};

/**
 * Which value labels fit. Bars and markers are obstacles; each label tries its positions in turn
 * and is dropped if none is free: first the totals where sources and our sum disagree, then the
 * stage counts (largest first), then other sources' counts next to a bar whose own label is shown.
 */
function labels(view: PardonView, layout: PardonLayout, texts: MarkTexts): Label[] {
  const { bars, total, slots, barWidth: w } = layout;
  const [lo, hi] = layout.x.range() as [number, number];
  const placed: LabelBox[] = [];
  const out: Label[] = [];
  const end = endLabel(view, layout, texts);
  if (end) placed.push(end.box);
  view.stages.forEach((s, i) => {
    const { cx, x0 } = slots[i]!;
    const top = bars.up(s.counts[0]!.value);
    placed.push({ x: cx - w / 2, y: top, w, h: bars.baseline - top });
    s.reported.forEach((c) => placed.push({ x: x0 - 6, y: total.y(c.value) - 6, w: 12, h: 12 }));
  });
  const free = (b: LabelBox) =>
    b.x >= lo - 4 && b.x + b.w <= hi + layout.right && b.y >= 0 && !placed.some((p) => overlap(p, b));
  const tryPlace = (options: Omit<Label, "box">[]) => {
    for (const o of options) {
      const b = box(o.text, o.x, o.y, o.anchor);
      if (free(b)) {
        placed.push(b);
        out.push({ ...o, box: b });
        return true;
      }
    }
    return false;
  };
  view.stages.forEach((s, i) => {
    const { x0 } = slots[i]!;
    if (!s.totalConflict) return;
    s.reported.forEach((c, j) => {
      const text = texts.short(c, c);
      const y = total.y(c.value);
      const common = { key: `rep-${i}-${j}`, text, className: "total-label reported" };
      tryPlace([
        { ...common, x: x0 - 8, y: y + 4, anchor: "end" },
        { ...common, x: x0, y: y + 19, anchor: "middle" },
        { ...common, x: x0 + 8, y: y + 4, anchor: "start" },
      ]);
    });
    const text = texts.computedShort(s);
    const y = total.y(s.computed);
    const common = { key: `cmp-${i}`, text, className: "total-label computed" };
    tryPlace([
      { ...common, x: x0 + 4, y: y - 5, anchor: "start" },
      { ...common, x: x0 - 4, y: y - 5, anchor: "end" },
      { ...common, x: x0, y: y - 9, anchor: "middle" },
    ]);
  });
  const order = view.stages
    .map((_, i) => i)
    .sort((a, b) => view.stages[b]!.counts[0]!.value - view.stages[a]!.counts[0]!.value);
  const labelled = new Set<number>();
  for (const i of order) {
    const first = view.stages[i]!.counts[0]!;
    const { cx } = slots[i]!;
    const text = texts.short(first, first);
    const y = bars.up(first.hi ?? first.value) - 5;
    if (tryPlace([{ key: `bar-${i}`, text, x: cx, y, anchor: "middle", className: "bar-label" }])) labelled.add(i);
  }
  view.stages.forEach((s, i) => {
    if (!labelled.has(i)) return;
    const { cx } = slots[i]!;
    s.counts.slice(1).forEach((c, j) => {
      const text = texts.short(c, c);
      const y = bars.up(c.value) + 4;
      tryPlace([{ key: `alt-${i}-${j}`, text, x: cx + w / 2 + 5, y, anchor: "start", className: "alt-label" }]);
    });
  });
  return out;
}

function CountBar({
  claim,
  cx,
  w,
  layout,
  fill,
}: {
  claim: Claim;
  cx: number;
  w: number;
  layout: PardonLayout;
  fill: string;
}) {
  const { up, baseline } = layout.bars;
  const top = up(claim.value);
  return (
    <>
      <rect
        className={`stage-bar mark-${claim.qualifier}`}
        x={cx - w / 2}
        y={top}
        width={w}
        height={Math.max(1, baseline - top)}
        fill={fill}
      />
      {claim.qualifier === "range" && claim.hi !== undefined && (
        <rect
          className="stage-bar-range mark-range"
          x={cx - w / 2}
          y={up(claim.hi)}
          width={w}
          height={top - up(claim.hi)}
        />
      )}
    </>
  );
}

/** One interactive mark per stage: the bar (with ticks at other sources' counts) and the reported totals. */
export function StageMarks({
  view,
  layout,
  lang,
  t,
  texts,
  events,
  selectedId,
  patternPrefix,
  corrections,
}: {
  view: PardonView;
  layout: PardonLayout;
  lang: Lang;
  t: Translate;
  texts: MarkTexts;
  events: MarkEvents;
  selectedId: string | null;
  patternPrefix: string;
  /** Stage id → figure corrections in other releases (a small "c" mark beside the bar). */
  corrections?: Record<string, Correction[]>;
}) {
  const { bars, total, slots, barWidth: w } = layout;
  const shown = labels(view, layout, texts);
  const sep = w + 2;
  return (
    <g className="stage-marks" role="group" aria-label={t("pardons.aria.stages")}>
      {view.stages.map((s, i) => {
        const { cx, x0 } = slots[i]!;
        const first = s.counts[0]!;
        const selected = selectedId === s.stage.id;
        const active = events.active === i;
        const hitW = Math.max(sep, 10);
        const top = bars.up(first.hi ?? first.value);
        return (
          <g
            key={s.stage.id}
            ref={events.setRef(i)}
            className={`stage kind-${s.stage.kind}${selected ? " selected" : ""}${active ? " active" : ""}`}
            data-stage={s.stage.id}
            role="button"
            aria-pressed={selected}
            aria-label={[
              texts.stageLabel(s),
              ...(corrections?.[s.stage.id] ?? []).map((c) => correctionLabel(c, lang)),
            ].join("; ")}
            tabIndex={events.tabStop === i ? 0 : -1}
            onKeyDown={(e) => {
              if (e.key === "Enter" || e.key === " ") {
                e.preventDefault();
                events.onActivate(i);
              } else events.onKeyDown(e, i);
            }}
            onMouseEnter={() => events.onEnter(i)}
            onMouseLeave={() => events.onLeave(i)}
            onFocus={() => events.onFocus(i)}
            onBlur={() => events.onBlur(i)}
            onClick={() => events.onActivate(i)}
          >
            <rect
              className="hit"
              x={cx - hitW / 2}
              y={bars.top - 14}
              width={hitW}
              height={bars.baseline - bars.top + 14}
            />
            {(active || selected) && (
              <rect
                className={active ? "stage-ring" : "stage-ring selected-ring"}
                x={cx - w / 2 - 3}
                y={top - 3}
                width={w + 6}
                height={bars.baseline - top + 3}
                rx={2}
              />
            )}
            <CountBar claim={first} cx={cx} w={w} layout={layout} fill={kindFill(patternPrefix, s.stage.kind)} />
            {corrections?.[s.stage.id] && (
              <CorrectionMark
                x={cx}
                y={bars.baseline - 8}
                corrections={corrections[s.stage.id]!}
                lang={lang}
                size={5}
              />
            )}
            {s.counts.slice(1).map((c, j) => (
              <line
                key={j}
                className={`count-alt mark-${c.qualifier}`}
                x1={cx - w / 2 - 4}
                x2={cx + w / 2 + 4}
                y1={bars.up(c.value)}
                y2={bars.up(c.value)}
              />
            ))}
            {s.totalConflict &&
              s.reported.map((c, j) => (
                <line
                  key={`c${j}`}
                  className="total-conflict"
                  x1={x0}
                  x2={x0}
                  y1={total.y(c.value)}
                  y2={total.y(s.computed)}
                />
              ))}
            {s.reported.map((c, j) => (
              <g key={`r${j}`} className={`total-reported${s.totalConflict ? " conflict" : ""}`}>
                <circle className="hit" cx={x0} cy={total.y(c.value)} r={9} />
                <QualifierMark
                  x={x0}
                  y={total.y(c.value)}
                  r={4}
                  qualifier={c.qualifier}
                  color={s.totalConflict ? "var(--accent)" : "var(--text)"}
                  active={active}
                />
              </g>
            ))}
          </g>
        );
      })}
      <g className="value-labels" aria-hidden="true">
        {shown.map((l) => (
          <text key={l.key} className={l.className} x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.text}
          </text>
        ))}
      </g>
    </g>
  );
}
