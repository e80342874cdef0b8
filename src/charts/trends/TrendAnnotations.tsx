import { memo } from "react";
import { isRule, labelPriority, layoutLabels, type Annotation } from "./annotations";
import type { ChartLayout } from "./layout";
import { KeptGroup } from "../../widgets/KeptGroup";

interface TrendAnnotationsProps {
  annotations: readonly Annotation[];
  layout: ChartLayout;
}

/**
 * Context on the time axis: vertical rules for elections, events and large releases; elections and
 * large releases get short staggered labels (a label that would collide is left out; hovering a
 * rule shows its full text), and pardon stages are small ticks on the axis.
 */
export const TrendAnnotations = memo(function TrendAnnotations({ annotations, layout }: TrendAnnotationsProps) {
  return (
    <KeptGroup className="annotations" deps={[annotations, layout]}>
      <AnnotationMarks annotations={annotations} layout={layout} />
    </KeptGroup>
  );
});

/** The rules, ticks and labels (kept as the build drew them while the page hydrates). */
function AnnotationMarks({ annotations, layout }: TrendAnnotationsProps) {
  const { x, left, width, right, bandBottom, axisY, levels } = layout;
  const [x0, x1] = [left, width - right];
  const visible = annotations.filter((a) => x(a.t) >= x0 && x(a.t) <= x1);
  const rules = visible.filter(isRule);
  // Only major context is labelled (elections, large releases); the rest show their text on hover
  // and in the tooltip of the next observation. Narrow charts label even fewer (layout drops collisions).
  const labelled = rules.filter((a) => a.major);
  const placed = new Map(
    layoutLabels(
      labelled.map((a) => ({ id: a.id, x: x(a.t), label: a.label, major: a.major, priority: labelPriority(a) })),
      [0, width],
      levels,
    ).map((p) => [p.id, p]),
  );
  return (
    <>
      {visible
        .filter((a) => !isRule(a))
        .map((a) => (
          <g key={a.id} className="annotation annotation-pardon" data-annotation={a.id}>
            <title>{a.title}</title>
            <line x1={x(a.t)} x2={x(a.t)} y1={axisY} y2={axisY - 7} />
            <line className="hit" x1={x(a.t)} x2={x(a.t)} y1={axisY} y2={axisY - 10} />
          </g>
        ))}
      {rules.map((a) => {
        const p = placed.get(a.id);
        const ax = x(a.t);
        return (
          <g key={a.id} className={`annotation annotation-${a.kind}`} data-annotation={a.id}>
            <title>{a.title}</title>
            <line className="rule" x1={ax} x2={ax} y1={bandBottom - (p ? 0 : 2)} y2={axisY} />
            <line className="hit" x1={ax} x2={ax} y1={layout.bandTop} y2={axisY} />
            {p && (
              <>
                <line className="leader" x1={ax} x2={ax} y1={layout.bandTop + p.level * 14 + 2} y2={bandBottom} />
                <text
                  className="annotation-label"
                  x={ax + (p.anchor === "start" ? 3 : -3)}
                  y={layout.bandTop + p.level * 14 + 11}
                  textAnchor={p.anchor}
                >
                  {a.label}
                </text>
              </>
            )}
          </g>
        );
      })}
    </>
  );
}
