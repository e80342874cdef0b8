import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { KeyFigures } from "../../src/components/KeyFigures";
import { realRelease } from "../testing/peopleFixture";

describe("KeyFigures", () => {
  it("shows the newsletter's figures with qualifiers and sources for 2024-11-15", async () => {
    const release = await realRelease("2024-11-15");
    const { container } = render(<KeyFigures release={release} lang="en" />);
    const card = (key: string) => container.querySelector(`[data-key="${key}"]`) as HTMLElement;
    expect(within(card("prisoners")).getByText("1,275")).toBeTruthy();
    expect(within(card("prisoners")).getByRole("link", { name: /Human Constanta/ })).toBeTruthy();
    expect(card("pardoned").textContent).toContain("146");
    expect(card("pardoned").textContent).toContain("in 5 stages");
    expect(card("deaths").querySelector(".key-value")!.textContent).toBe("7");
    expect(card("treason").querySelector(".key-value")!.textContent).toBe("at least 88");
    expect(screen.getByRole("heading", { name: "Key figures" })).toBeTruthy();
  });

  it("shows a reported running total beside our different sum in the newest release", async () => {
    const release = await realRelease("2026-03-05");
    const { container } = render(<KeyFigures release={release} lang="en" />);
    const pardoned = container.querySelector('[data-key="pardoned"]') as HTMLElement;
    expect(pardoned.querySelector(".key-value")!.textContent).toBe("598");
    expect(within(pardoned).getByRole("link", { name: "our sum of the 21 stages" }).getAttribute("href")).toBe(
      "#pardon-timeline",
    );
    expect(pardoned.textContent).toContain("Sources disagree:");
    expect(pardoned.textContent).toContain("569 (as of 13 December 2025)");
    expect(container.querySelector('[data-key="deaths"] .key-value')!.textContent).toBe("9");
  });
});
