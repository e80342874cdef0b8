import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { blockExternal, collectErrors, launchBrowser } from "./browser";
import { screenshot } from "./screens";

let browser: Browser;
const base = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, setup?: (page: Page) => Promise<void>) {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors = collectErrors(page);
  const blocked = await blockExternal(page);
  await setup?.(page);
  await page.goto(base + path);
  return { page, errors, blocked };
}

describe("app shell", () => {
  it("shows the newsletter's 1,275 political prisoners with their source for ?release=2024-11-15", async () => {
    const { page, errors, blocked } = await open("?release=2024-11-15");
    const card = page.locator('[data-key="prisoners"]');
    await expect.poll(() => card.locator(".key-value").textContent()).toBe("1,275");
    expect(await card.textContent()).toContain("political prisoners in custody");
    expect(await card.locator(".key-source a").first().textContent()).toContain("Human Constanta");
    const pardoned = page.locator('[data-key="pardoned"]');
    expect(await pardoned.locator(".key-value").textContent()).toBe("146");
    expect(await pardoned.textContent()).toContain("in 5 stages");
    expect(await page.locator('[data-key="deaths"] .key-value').textContent()).toBe("7");
    expect(await page.locator('[data-key="treason"] .key-value').textContent()).toBe("at least 88");
    await screenshot(page, "dashboard-2024-11-15-1440");
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    await page.close();
  });

  it("loads the newest release by default and offers every release in the picker", async () => {
    const { page, errors } = await open("");
    await page.locator('[data-key="prisoners"]').waitFor();
    const options = await page.getByLabel("Data release").locator("option").allTextContents();
    expect(options.length).toBeGreaterThanOrEqual(2);
    expect(options.some((o) => o.startsWith("2024-11-15"))).toBe(true);
    expect(await page.getByLabel("Data release").inputValue()).toBe(options[0]!.split(" ")[0]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a release file that does not match the manifest hash, naming the file", async () => {
    const { page } = await open("?release=2024-11-15", async (p) => {
      // The release comes as its bundle (each file's text): one file's text is changed on the way.
      await p.route("**/releases/2024-11-15/bundle.json", async (route) => {
        const response = await route.fetch();
        const bundle = (await response.json()) as { files: Record<string, string> };
        bundle.files["series.json"] = bundle.files["series.json"]!.replace('"value": 1275', '"value": 1775');
        await route.fulfill({ response, body: JSON.stringify(bundle) });
      });
    });
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain("Integrity check failed");
    expect(await alert.textContent()).toContain("releases/2024-11-15/series.json");
    expect(await alert.textContent()).toContain("does not match the manifest");
    expect(await page.locator('[data-key="prisoners"]').count()).toBe(0);
    await screenshot(page, "integrity-error");
    await page.close();
  });

  it("names an unknown release and offers the newest", async () => {
    const { page } = await open("?release=1999-01-01");
    const alert = page.getByRole("alert");
    await expect.poll(() => alert.textContent()).toContain('there is no release "1999-01-01"');
    await page.getByRole("button", { name: "Open the newest release" }).click();
    await page.locator('[data-key="prisoners"]').waitFor();
    expect(page.url()).not.toContain("release=1999");
    await page.close();
  });
});
