import "virtual:i18n/en/pardons";
import { curveStepAfter, line } from "d3-shape";
import type { Translate } from "../../i18n";
import type { Lang } from "../../i18n/format";
import { countTicks, ValueAxis } from "./Axis";
import type { PardonLayout } from "./layout";
import { labelWidth, type LabelBox } from "./layout";
import type { PardonView } from "./pardonModel";
import type { MarkTexts } from "./markText";

/** Text and box of the label at the end of the computed line (other labels keep clear of it). */
export function endLabel(
  view: PardonView,
  layout: PardonLayout,
  texts: MarkTexts,
): { text: string; box: LabelBox } | null {
  const last = view.stages[view.stages.length - 1];
  if (!last) return null;
  const text = texts.computedShort(last);
  const w = labelWidth(text);
  const hi = layout.x.range()[1]!;
  return { text, box: { x: hi - w, y: layout.total.y(last.computed) - 20, w, h: 16 } };
}

/**
 * The running total since 3 July 2024 as we compute it: a step line that rises at each stage. The
 * totals sources reported are drawn by the stage marks (they open the stage's tooltip).
 */
export function TotalPanel({
  view,
  layout,
  lang,
  t,
  texts,
}: {
  view: PardonView;
  layout: PardonLayout;
  lang: Lang;
  t: Translate;
  texts: MarkTexts;
}) {
  const { x, total, slots } = layout;
  const y = total.y;
  const [lo, hi] = x.range() as [number, number];
  const first = view.stages[0];
  const last = view.stages[view.stages.length - 1];
  const before = first ? first.computed - first.counts[0]!.value : 0;
  const points: [number, number][] = [[lo, before]];
  view.stages.forEach((s, i) => points.push([slots[i]!.x0, s.computed]));
  if (last) points.push([hi, last.computed]);
  const path = line<[number, number]>()
    .x((p) => p[0])
    .y((p) => y(p[1]))
    .curve(curveStepAfter)(points);
  const end = endLabel(view, layout, texts);
  return (
    <g className="total-panel">
      <text className="panel-title" x={-layout.left + 2} y={total.top - 8}>
        {t("pardons.panel.total")}
      </text>
      <ValueAxis y={y} ticks={countTicks(y, 3)} x1={lo} x2={hi} lang={lang} />
      {!last && (
        // The summary says it too; here it explains the empty panel where a reader looks for the line.
        <text className="total-empty" x={(lo + hi) / 2} y={total.top + total.height / 2} textAnchor="middle">
          {t("pardons.summary.none")}
        </text>
      )}
      {last && path && (
        <>
          <path className="total-computed" d={path} />
          <text className="total-end-label" x={hi} y={y(last.computed) - 6} textAnchor="end">
            {end?.text}
          </text>
        </>
      )}
    </g>
  );
}
