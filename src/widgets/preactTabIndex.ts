/**
 * One difference between React and Preact, ironed out for every render (the browser's, src/app/preactClient.ts,
 * and the build's copies, renderCopy in src/embed/prerender.tsx): importing this module installs it once.
 *
 * React writes the `tabIndex` prop as the `tabindex` attribute on every element. Preact sets props on SVG
 * elements as attributes under the prop's own name, and SVG attribute names keep their case, so an SVG mark's
 * `tabIndex` would never make it focusable; preact-render-to-string writes it as `tabIndex` too, which the
 * prerendered copy's still-picture rewrite (`tabindex="-1"`) would miss. Renaming the prop to `tabindex` works
 * for both: an HTML element has no `tabindex` property, so Preact sets the attribute there too.
 */
import { options } from "preact";

const INSTALLED = Symbol.for("brt.preactTabIndex");
const flags = options as typeof options & { [INSTALLED]?: true };

if (!flags[INSTALLED]) {
  flags[INSTALLED] = true;
  const previousVnode = options.vnode;
  options.vnode = (vnode) => {
    const props = vnode.props as Record<string, unknown> | null;
    if (typeof vnode.type === "string" && props && "tabIndex" in props) {
      props.tabindex = props.tabIndex;
      delete props.tabIndex;
    }
    previousVnode?.(vnode);
  };
}
