/**
 * The dashboard's widgets hydrate one per task (src/app/hydrateInTurn.tsx): the build's markup of a widget whose
 * turn has not come stays on the page as it is (the same nodes, nothing removed or drawn twice), and each widget
 * answers clicks once it has been hydrated, in the order of the page.
 */
import { act, fireEvent } from "@testing-library/react";
import { useState } from "react";
import { renderToString } from "react-dom/server";
import { hydrateRoot } from "react-dom/client";
import { afterEach, describe, expect, it } from "vitest";
import { afterHydration, hydrateInTurns, InTurn } from "../../src/app/hydrateInTurn";

function Counter({ label }: { label: string }) {
  const [n, setN] = useState(0);
  return (
    <button type="button" onClick={() => setN(n + 1)}>
      {label}: {n}
    </button>
  );
}

function Page() {
  return (
    <main>
      <h1>Shell</h1>
      <Counter label="shell" />
      {["first", "second", "third"].map((id) => (
        <InTurn key={id} id={id}>
          <section>
            <Counter label={id} />
          </section>
        </InTurn>
      ))}
    </main>
  );
}

const boxes: HTMLElement[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.remove();
});

function prerendered(): HTMLElement {
  const box = document.createElement("div");
  box.innerHTML = renderToString(<Page />);
  document.body.appendChild(box);
  boxes.push(box);
  return box;
}

const button = (box: HTMLElement, label: string) =>
  [...box.querySelectorAll("button")].find((b) => b.textContent!.startsWith(label + ":"))!;

describe("hydrating the widgets one per task", () => {
  it("renders the same markup as the page without a round (the build's prerender sees no InTurn)", () => {
    const box = prerendered();
    expect(box.querySelectorAll("section")).toHaveLength(3);
    expect([...box.querySelectorAll("button")].map((b) => b.textContent)).toEqual([
      "shell: 0",
      "first: 0",
      "second: 0",
      "third: 0",
    ]);
  });

  it("keeps each widget's markup on screen until its turn, then hydrates those very nodes, in page order", async () => {
    const box = prerendered();
    const before = [...box.querySelectorAll("section, button")];
    const order: string[] = [];
    let done = false;
    let round!: Promise<void>;
    act(() => {
      round = hydrateInTurns(() => {
        hydrateRoot(box, <Page />);
      });
    });
    afterHydration(() => order.push("after"));
    void round.then(() => (done = true));

    // The shell is live at once; the widgets are still the build's markup: same nodes, and a click does nothing.
    fireEvent.click(button(box, "shell"));
    fireEvent.click(button(box, "third"));
    await act(async () => {});
    expect(button(box, "shell").textContent).toBe("shell: 1");
    expect(button(box, "third").textContent).toBe("third: 0");
    expect(done).toBe(false);
    expect(order).toEqual([]);

    await act(() => round);
    expect(done).toBe(true);
    expect(order).toEqual(["after"]);
    // Nothing was replaced: the page holds the nodes it was parsed with, and every widget now answers.
    expect([...box.querySelectorAll("section, button")]).toEqual(before);
    for (const id of ["first", "second", "third"]) {
      fireEvent.click(button(box, id));
    }
    await act(async () => {});
    expect([...box.querySelectorAll("button")].map((b) => b.textContent)).toEqual([
      "shell: 1",
      "first: 1",
      "second: 1",
      "third: 1",
    ]);
  });

  it("outside a round, InTurn is its children and afterHydration runs at once", () => {
    const ran: string[] = [];
    afterHydration(() => ran.push("now"));
    expect(ran).toEqual(["now"]);
  });
});
