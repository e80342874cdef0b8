import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { KeyFigures } from "../../src/components/KeyFigures";
import { useStore } from "../../src/state/store";
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
    // Only the kinds this release has: no US-brokered release had happened by 15 November 2024.
    expect(card("pardoned").querySelector(".key-parts")!.textContent).toBe(
      "Of them: 128 by pardon, in 4 stages; 18 by amnesty.",
    );
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
    // What the sum is made of, and the reported totals named as such (their bases differ from our sum).
    expect(pardoned.querySelector(".key-label")!.textContent).toBe("people released since 3 July 2024, in 21 stages");
    expect(pardoned.querySelector(".key-parts")!.textContent).toBe(
      "Of them: 355 by pardon, in 13 stages; 18 by amnesty; 194 in US-brokered releases, in 6 stages; 31 foreign nationals pardoned.",
    );
    expect(pardoned.textContent).toContain("Totals reported by sources (each counts its own base, shown in brackets):");
    expect(pardoned.textContent).toContain("569 (as of 13 December 2025)");
    expect(container.querySelector('[data-key="deaths"] .key-value')!.textContent).toBe("9");
  });

  it("dates a reported total by the day it refers to when that is later than the stage (2026-12-06)", async () => {
    const release = await realRelease("2026-12-06");
    const { container } = render(<KeyFigures release={release} lang="en" />);
    const pardoned = container.querySelector('[data-key="pardoned"]') as HTMLElement;
    expect(pardoned.textContent).toContain("569 (as of 23 December 2025)");
    expect(pardoned.textContent).toContain("more than 430 (as of 13 December 2025)");
  });

  it("marks a disagreeing source's English-only note as English in Belarusian and Russian", async () => {
    const release = await realRelease("2026-12-06");
    for (const [lang, marker, asOf] of [
      ["be", "(па-англійску)", "(па стане на 23 снежня 2025 г.)"],
      ["ru", "(на английском)", "(по состоянию на 23 декабря 2025 г.)"],
    ] as const) {
      useStore.setState({ lang });
      const { container, unmount } = render(<KeyFigures release={release} lang={lang} />);
      const claims = [...container.querySelectorAll('[data-key="pardoned"] .key-conflict-claim')];
      const viasna = claims.find((c) => c.textContent!.includes("569"))!;
      expect(viasna.textContent).toContain(asOf);
      const english = viasna.querySelector('[lang="en"]')!;
      expect(english.textContent).toBe(
        "(Political prisoners released by pardon since July 2024, per Viasna's annual figures of 23 Dec 2025.)",
      );
      expect(english.nextElementSibling!.textContent).toBe(marker);
      // Our own sum's note is in the reader's language, not marked as English.
      expect(container.querySelector('[data-key="pardoned"] .key-source a')!.hasAttribute("lang")).toBe(false);
      unmount();
    }
    useStore.setState({ lang: "en" });
  });
});
