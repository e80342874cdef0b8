/**
 * axe-core in the page under test: one helper for every e2e file. axe is evaluated through the DevTools protocol,
 * as a reader's own console would run it, so the pages' Content-Security-Policy (which refuses inline scripts)
 * neither blocks it nor logs a violation.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";
import { RENDER_ALL_CSS } from "./screens";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA. */
export const WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

export interface AxeOptions {
  /** Only run rules with these tags (default: every rule axe runs by default, best practices included). */
  tags?: string[];
  /** Selectors of the parts to check (default: the whole document). */
  include?: string | string[];
  /** Rule ids to leave out, each with a reason at the call site. */
  disable?: string[];
}

type AxeNode = { target: unknown[]; failureSummary?: string; html: string };
type AxeViolation = { id: string; help: string; nodes: AxeNode[] };

/**
 * Runs axe and returns one readable line per violation ("color-contrast: Elements must meet minimum color contrast
 * ratio thresholds (3) .a > .b | …"), so a failing assertion says what to fix. Empty = no violations.
 */
export async function axeViolations(page: Page | Frame, options: AxeOptions = {}): Promise<string[]> {
  const loaded = await page.evaluate(() => "axe" in window);
  if (!loaded) await page.evaluate(axeSource);
  const include = options.include === undefined ? null : [options.include].flat();
  const violations = await page.evaluate(
    async ({ include, tags, disable, renderAll }) => {
      type Axe = { run: (context: unknown, options: object) => Promise<{ violations: AxeViolation[] }> };
      const axe = (window as unknown as { axe: Axe }).axe;
      const context = include ? { include: include.map((s) => [s]) } : document;
      const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
      // Dashboard widgets off screen are not rendered (content-visibility: auto), and axe's hit tests (target
      // size, what covers what) do not see into them, so they read as targets piled on one another. A reader
      // only reaches them on screen, rendered: lay everything out for the check, as it would be there.
      const rendered = document.createElement("style");
      rendered.textContent = renderAll;
      document.head.append(rendered);
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      try {
        const result = await axe.run(context, {
          iframes: false,
          rules,
          ...(tags ? { runOnly: { type: "tag", values: tags } } : {}),
        });
        return result.violations;
      } finally {
        rendered.remove();
      }
    },
    { include, tags: options.tags ?? null, disable: options.disable ?? [], renderAll: RENDER_ALL_CSS },
  );
  return violations.map((v) => {
    const nodes = v.nodes
      .slice(0, 4)
      .map((n) => `${n.target.join(" ")} ${(n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 160)}`)
      .join(" | ");
    return `${v.id}: ${v.help} (${v.nodes.length}) ${nodes}`;
  });
}
