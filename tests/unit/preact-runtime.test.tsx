/**
 * One runtime everywhere (decision 008): the app's React imports run on preact/compat in the tests as in the
 * built site (build/runtime.ts). These tests pin that down, and the differences between React and Preact that
 * our widgets depend on.
 */
import { options } from "preact";
import * as Compat from "preact/compat";
import * as React from "react";
import { useId } from "react";
import * as ReactDom from "react-dom";
import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { PREACT_FOR_REACT } from "../../build/runtime";
import { pictureOf, renderCopy } from "../../src/embed/prerender";

describe("the UI runtime", () => {
  it("is preact/compat wherever the code says react or react-dom", () => {
    expect(React.useState).toBe(Compat.useState);
    expect(React.createElement).toBe(Compat.createElement);
    expect(ReactDom.createPortal).toBe(Compat.createPortal);
    // What @testing-library/react renders, Preact draws: its hook sees the element go by.
    const drawn: unknown[] = [];
    const previous = options.diffed;
    options.diffed = (vnode) => {
      drawn.push(vnode.type);
      previous?.(vnode);
    };
    try {
      expect(render(<p>drawn</p>).container.textContent).toBe("drawn");
    } finally {
      options.diffed = previous;
    }
    expect(drawn).toContain("p");
  });

  it("maps every React entry point the app, its libraries and the tests import", () => {
    expect(Object.keys(PREACT_FOR_REACT).sort()).toEqual(
      [
        "react",
        "react-dom",
        "react-dom/client",
        "react-dom/server",
        "react-dom/test-utils",
        "react/jsx-dev-runtime",
        "react/jsx-runtime",
      ].sort(),
    );
  });

  it("makes an SVG mark with tabIndex focusable, as React does", () => {
    const { container } = render(
      <svg>
        <g tabIndex={0} role="button" aria-label="16 August 2024" />
      </svg>,
    );
    const mark = container.querySelector("g")!;
    expect(mark.getAttribute("tabindex")).toBe("0");
    expect(mark.hasAttribute("tabIndex")).toBe(false);
    mark.focus();
    expect(document.activeElement).toBe(mark);
  });

  it("keeps tabIndex working on HTML elements (roving -1 and 0)", () => {
    const { container } = render(
      <div tabIndex={-1} className="plot">
        plot
      </div>,
    );
    const div = container.querySelector(".plot") as HTMLElement;
    expect(div.getAttribute("tabindex")).toBe("-1");
    expect(div.tabIndex).toBe(-1);
  });
});

describe("the prerendered copy", () => {
  function Labelled() {
    const id = useId();
    return (
      <p id={id} aria-label="mark">
        {id}
      </p>
    );
  }

  it("gives the ids useId makes a prefix of their own, so the copy and the live page never share one", () => {
    const copy = parse(renderCopy(<Labelled />));
    const live = render(<Labelled />).container.querySelector("p")!;
    const copied = copy.querySelector("p")!;
    expect(copied.id).toMatch(/pre/);
    expect(copied.id).not.toBe(live.id);
    expect(copied.textContent).toBe(copied.id);
  });
});

describe("the prerendered copy's SVG marks", () => {
  it("write tabIndex as tabindex, as the browser's render does, so the still picture takes them out of Tab", () => {
    const html = renderCopy(
      <svg>
        <g tabIndex={0} role="button" aria-label="16 August 2024" />
      </svg>,
    );
    expect(html).toContain('tabindex="0"');
    expect(html).not.toContain("tabIndex");
    const picture = pictureOf(html, "2026-12-06", "en");
    expect(picture).toMatch(/<g [^>]*tabindex="-1"/);
    expect(picture).not.toContain('tabindex="0"');
  });
});

function parse(html: string): HTMLElement {
  const box = document.createElement("div");
  box.innerHTML = html;
  return box;
}
