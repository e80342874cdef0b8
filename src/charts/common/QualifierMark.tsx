import type { Qualifier } from "../../data/schema";

interface QualifierMarkProps {
  x: number;
  y: number;
  /** Radius of the mark. */
  r?: number;
  qualifier: Qualifier;
  color: string;
  /** Drawn larger with a ring when selected or focused. */
  active?: boolean;
  /** Classes put beside the mark's own on the shape (a chart's hooks, such as `trend-point`). */
  className?: string;
  /** The observation's date, as `data-date` on the shape. */
  date?: string;
  opacity?: number;
}

/**
 * A data point whose shape says how exact it is — never colour alone:
 * exact = filled circle; about = dashed hollow circle; at_least / more_than = hollow triangle
 * pointing up (the true figure is higher); fewer_than = hollow triangle pointing down; range = a
 * vertical bar between the bounds is drawn by the caller plus a hollow diamond.
 */
export function QualifierMark({
  x: px,
  y: py,
  r = 4.5,
  qualifier,
  color,
  active = false,
  className,
  date,
  opacity,
}: QualifierMarkProps) {
  // Tenths of a pixel: finer than any screen draws, and far fewer digits in the DOM and the prerendered page.
  const x = Math.round(px * 10) / 10;
  const y = Math.round(py * 10) / 10;
  const size = active ? r * 1.5 : r;
  // One element per mark, no wrapping group: a line chart draws hundreds, and every element is parsed, styled and
  // hydrated before the chart is live.
  const common = {
    stroke: color,
    strokeWidth: 2,
    className: className ? `${className} mark mark-${qualifier}` : `mark mark-${qualifier}`,
    "aria-hidden": true as const,
    "data-date": date,
    opacity,
  };
  let shape;
  switch (qualifier) {
    case "exact":
      shape = <circle cx={x} cy={y} r={size} fill={color} {...common} />;
      break;
    case "about":
      shape = <circle cx={x} cy={y} r={size} fill="var(--surface)" strokeDasharray="2 2" {...common} />;
      break;
    case "at_least":
    case "more_than":
      shape = (
        <path
          d={`M${x},${y - size * 1.2}L${x + size * 1.1},${y + size * 0.8}L${x - size * 1.1},${y + size * 0.8}Z`}
          fill="var(--surface)"
          {...common}
        />
      );
      break;
    case "fewer_than":
      shape = (
        <path
          d={`M${x},${y + size * 1.2}L${x + size * 1.1},${y - size * 0.8}L${x - size * 1.1},${y - size * 0.8}Z`}
          fill="var(--surface)"
          {...common}
        />
      );
      break;
    case "range":
      shape = (
        <path
          d={`M${x},${y - size * 1.2}L${x + size},${y}L${x},${y + size * 1.2}L${x - size},${y}Z`}
          fill="var(--surface)"
          {...common}
        />
      );
      break;
  }
  if (!active) return shape;
  return (
    <>
      <circle cx={x} cy={y} r={size + 4} fill="none" stroke="var(--focus)" strokeWidth={2} aria-hidden="true" />
      {shape}
    </>
  );
}

/** The legend entries for qualifier shapes, in the reader's words. */
export function QualifierLegend({
  labels,
  color = "var(--text)",
}: {
  labels: Partial<Record<Qualifier, string>>;
  color?: string;
}) {
  const entries = Object.entries(labels) as [Qualifier, string][];
  return (
    <ul className="qualifier-keys">
      {entries.map(([q, label]) => (
        <li key={q}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
            <QualifierMark x={8} y={8} r={4.5} qualifier={q} color={color} />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
