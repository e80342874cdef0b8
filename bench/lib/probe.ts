/**
 * The in-page probe, installed before any page script runs (page.addInitScript). A MutationObserver
 * checks, after every batch of DOM changes, which `[data-widget]` elements are drawn and records
 * performance.now() (ms since navigation start) the first time each one is. The same rule applies to
 * the app and to the peer pages, so the numbers are comparable.
 *
 * "Drawn" is, in order of preference:
 * 1. an explicit signal: `data-ready="true"` on the widget element or inside it (the peer pages set it;
 *    the app is invited to, see bench/README.md); "n/a" or "error" there means it will never draw;
 * 2. for the map: a Leaflet container with at least two things in its marker or overlay panes; in the
 *    prerendered copy only, also its still picture (`svg.static-map`, src/map/StaticMap.tsx) with the outline of
 *    Belarus and at least two symbols (the live widget shows that picture while Leaflet loads: it does not count);
 * 3. for the key-figures card: a figure on it;
 * 4. otherwise: an SVG (or canvas) inside the widget with at least three marks.
 * An error panel (`.error-panel`, `[role=alert]`) inside a widget marks it failed, and so does no drawing
 * after 2 s without any DOM change (a widget that is not a chart yet, or a placeholder).
 *
 * An embed first shows its markup rendered at build time, which src/embed/paint.ts puts into #root
 * (`#root[data-prerendered]`); the dashboard's index.html holds its markup in #root itself
 * (build/dashboardPrerenderPlugin.ts). Once the app has hydrated it (the attribute goes), the same nodes count as
 * live. The copy's drawing time is recorded apart, as `painted` (what the reader sees first);
 * `ready` is always the live widget.
 */
export interface ProbeState {
  ready: Record<string, number>;
  /** First paint of a widget's prerendered copy, before the live widget. */
  painted: Record<string, number>;
  failed: Record<string, string>;
  seen: string[];
  mutations: number;
  lastMutation: number;
  pageError: string | null;
}

export const PROBE_SCRIPT = `(() => {
  // tsx compiles the harness with keepNames, so functions it sends to page.evaluate call __name().
  window.__name = window.__name || ((fn) => fn);
  const QUIET = 2000;
  const MARKS = "svg path, svg rect, svg circle, svg line, svg polyline, svg polygon, svg use, canvas";
  const state = { ready: {}, painted: {}, failed: {}, seen: [], mutations: 0, lastMutation: 0, pageError: null };
  const text = (el) => (el.innerText || el.textContent || "").replace(/\\s+/g, " ").trim().slice(0, 200);
  function drawn(el, id, copy) {
    const flagged = el.hasAttribute("data-ready") ? el : el.querySelector("[data-ready]");
    if (flagged) {
      const v = el.getAttribute("data-ready") === "true" || el.querySelector('[data-ready="true"]') ? "true" : flagged.getAttribute("data-ready");
      if (v === "n/a" || v === "error") return v + ": " + text(flagged);
      return v === "true";
    }
    const error = el.querySelector(".error-panel, [role=alert]");
    if (error) return "error: " + text(error);
    if (id === "detention-map") {
      const leaflet = !!el.querySelector(".leaflet-container") &&
        el.querySelectorAll(".leaflet-marker-pane > *, .leaflet-overlay-pane path").length >= 2;
      const picture = copy && !!el.querySelector("svg.static-map path.static-map-land") &&
        el.querySelectorAll("svg.static-map .static-map-symbol").length >= 2;
      return leaflet || picture;
    }
    if (id === "key-figures") return el.querySelectorAll(".key-value").length > 0;
    return el.querySelectorAll(MARKS).length >= 3;
  }
  function report() {
    if (window.__benchReport) window.__benchReport(JSON.stringify(state)).catch(() => {});
  }
  function check() {
    const now = performance.now();
    const before = Object.keys(state.ready).length + Object.keys(state.failed).length + (state.pageError ? 1 : 0);
    for (const el of document.querySelectorAll("[data-widget]")) {
      const id = el.getAttribute("data-widget");
      if (el.closest("#prerendered, #root[data-prerendered]")) {
        if (!(id in state.painted) && drawn(el, id, true) === true) state.painted[id] = now;
        continue;
      }
      if (!state.seen.includes(id)) state.seen.push(id);
      if (id in state.ready || id in state.failed) continue;
      const r = drawn(el, id, false);
      if (r === true) state.ready[id] = now;
      else if (typeof r === "string") state.failed[id] = r;
    }
    if (!state.seen.length && !document.querySelector(".loading")) {
      const error = document.querySelector(".error-panel, [role=alert]");
      if (error) state.pageError = text(error);
    }
    if (Object.keys(state.ready).length + Object.keys(state.failed).length + (state.pageError ? 1 : 0) !== before) report();
  }
  window.__bench = state;
  window.__benchDone = (expected) => {
    check();
    if (state.pageError) return true;
    const ids = expected || state.seen;
    const pending = ids.filter((id) => !(id in state.ready || id in state.failed));
    // Quiet for QUIET ms with widgets still undrawn: they are not charts (or placeholders); stop waiting.
    if (pending.length && state.seen.length && state.lastMutation && performance.now() - state.lastMutation > QUIET) {
      for (const id of pending) state.failed[id] = "no chart marks after " + QUIET / 1000 + " s without DOM changes (not a chart yet? see data-ready in bench/README.md)";
      report();
      return true;
    }
    return ids.length > 0 && pending.length === 0;
  };
  const observer = new MutationObserver((records) => {
    state.mutations += records.length;
    state.lastMutation = performance.now();
    check();
  });
  // The document itself, from before its first element: what the HTML parser inserts counts as it arrives (the
  // dashboard's prerendered markup is part of index.html), not from the end of parsing; and #root's
  // data-prerendered going away (hydrated: its widgets are live).
  observer.observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready", "data-prerendered"],
  });
})();`;
