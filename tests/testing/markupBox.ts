/**
 * A box in the document holding given markup (a build's prerendered copy to hydrate), removed after each test of
 * the file that calls it.
 */
import { afterEach } from "vitest";

const boxes: HTMLElement[] = [];
afterEach(() => {
  for (const b of boxes.splice(0)) b.remove();
});

export function markupBox(html = ""): HTMLElement {
  const box = document.createElement("div");
  box.innerHTML = html;
  document.body.appendChild(box);
  boxes.push(box);
  return box;
}
