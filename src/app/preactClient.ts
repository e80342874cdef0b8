/**
 * react-dom/client on Preact (build/runtime.ts: the dev server, the tests and the built site): Preact's createRoot,
 * with one difference from React ironed out before anything renders.
 *
 * React writes the `tabIndex` prop as the `tabindex` attribute on every element. Preact sets props on SVG
 * elements as attributes under the prop's own name, and SVG attribute names keep their case, so an SVG mark's
 * `tabIndex` would never make it focusable. Renaming the prop to `tabindex` works for both: an HTML element
 * has no `tabindex` property, so Preact sets the attribute there too.
 */
import { options } from "preact";

const previousVnode = options.vnode;
options.vnode = (vnode) => {
  const props = vnode.props as Record<string, unknown> | null;
  if (typeof vnode.type === "string" && props && "tabIndex" in props) {
    props.tabindex = props.tabIndex;
    delete props.tabIndex;
  }
  previousVnode?.(vnode);
};

export { createRoot, hydrateRoot } from "preact/compat/client";
