import { createContext, useContext, useRef, type ReactNode, type SVGProps } from "react";
import { useServerRender } from "./useServerRender";

/**
 * Set by an entry that hydrates the build's markup (src/app/main.tsx, src/embed/main.tsx) around the tree it
 * hydrates: `hydrating` is true until that tree has been hydrated to its last widget. `laterWidth`: a chart hydrated
 * there may keep the width it was built at until an idle moment when its real width is close to it
 * (charts/common/useWidth.ts; the dashboard, not an embed, whose frame is sized to the real layout). The default
 * (false) is what the build's own rendering and a tree drawn from scratch see.
 */
export const BuildMarkup = createContext<{ hydrating: boolean; laterWidth?: boolean }>({ hydrating: false });

/** What BuildMarkup said when this component first rendered: whether it hydrated the build's markup, and how. */
export function useHydratesBuildMarkup(): { hydrated: boolean; laterWidth: boolean } {
  const build = useContext(BuildMarkup);
  return useRef({ hydrated: build.hydrating, laterWidth: build.hydrating && !!build.laterWidth }).current;
}

/**
 * What Preact is told a kept group holds. While it hydrates an element with inner HTML it neither renders nor walks
 * the element's children: the nodes the build wrote stay as they are. Rendered again with the same object, it leaves
 * them alone too.
 */
const KEEP = { __html: "" };

/**
 * An SVG group of marks that carry no handlers of their own (lines, points, labels: the chart's pointer and keyboard
 * handling sits on the chart around them). When the browser hydrates the build's markup, the group keeps the
 * children the build drew: they are neither rendered nor walked. As soon as one of `deps` changes (another model,
 * width, range or hovered date), the children are rendered as usual and replace the kept ones. `deps` are what the
 * children are drawn from: the same values must draw the same children. Nothing inside may call useId (ids are
 * counted in render order, and the kept children are not rendered).
 */
export function KeptGroup({
  deps,
  children,
  ...props
}: SVGProps<SVGGElement> & { deps: readonly unknown[]; children?: ReactNode }) {
  const { hydrated } = useHydratesBuildMarkup();
  // Also true in the build's own rendering, where there is nothing to keep (hydrated is false there).
  const hydrating = useServerRender() && hydrated;
  const kept = useRef<readonly unknown[] | null>(hydrating ? deps : null);
  if (kept.current && !sameDeps(kept.current, deps)) kept.current = null;
  if (kept.current) return <g {...props} dangerouslySetInnerHTML={KEEP} />;
  return <g {...props}>{children}</g>;
}

function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
}
