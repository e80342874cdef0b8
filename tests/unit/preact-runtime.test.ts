/**
 * The built site runs on preact/compat (src/app/preactPlugin.ts). These tests render with Preact itself, the
 * way the built site does, where React and Preact differ in a way our widgets depend on.
 */
import type { ComponentChild } from "preact";
import { createElement } from "preact/compat";
import { act } from "preact/test-utils";
import { afterEach, describe, expect, it } from "vitest";
import { PREACT_FOR_REACT, preactPlugin } from "../../src/app/preactPlugin";
import { createRoot } from "../../src/app/preactClient";

let host: HTMLElement;
afterEach(() => host?.remove());

function render(node: ComponentChild) {
  host = document.createElement("div");
  document.body.append(host);
  act(() => createRoot(host).render(node));
  return host;
}

describe("Preact runtime of the built site", () => {
  it("makes an SVG mark with tabIndex focusable, as React does", () => {
    const root = render(
      createElement("svg", null, createElement("g", { tabIndex: 0, role: "button", "aria-label": "16 August 2024" })),
    );
    const mark = root.querySelector("g")!;
    expect(mark.getAttribute("tabindex")).toBe("0");
    expect(mark.hasAttribute("tabIndex")).toBe(false);
    mark.focus();
    expect(document.activeElement).toBe(mark);
  });

  it("keeps tabIndex working on HTML elements (roving -1 and 0)", () => {
    const root = render(createElement("div", { tabIndex: -1, className: "plot" }, "plot"));
    const div = root.querySelector(".plot") as HTMLElement;
    expect(div.getAttribute("tabindex")).toBe("-1");
    expect(div.tabIndex).toBe(-1);
  });

  it("swaps React for Preact in the browser build only, never in the build-time prerender", async () => {
    const plugin = preactPlugin();
    expect(plugin.apply).toBe("build");
    const resolved: string[] = [];
    const ctx = { resolve: async (id: string) => (resolved.push(id), { id }) };
    const resolveId = plugin.resolveId as (this: unknown, ...args: unknown[]) => Promise<unknown>;
    expect(await resolveId.call(ctx, "react-dom/client", "/src/app/main.tsx", {})).toEqual({
      id: "/src/app/preactClient.ts",
    });
    expect(await resolveId.call(ctx, "react", "/src/app/App.tsx", { ssr: true })).toBeNull();
    expect(await resolveId.call(ctx, "d3-shape", "/src/app/App.tsx", {})).toBeNull();
    expect(resolved).toEqual(["/src/app/preactClient.ts"]);
    expect(Object.keys(PREACT_FOR_REACT)).toEqual(
      expect.arrayContaining(["react", "react-dom", "react/jsx-runtime", "react-dom/client"]),
    );
  });
});
