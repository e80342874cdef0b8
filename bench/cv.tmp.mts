import { chromium } from "/work/main/node_modules/playwright-core/index.mjs";
import { PROBE_SCRIPT } from "/work/main/bench/lib/probe.ts";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu"] });
const out = [];
for (let i = 0; i < 6; i++) {
  const ctx = await b.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await ctx.newPage();
  await page.addInitScript(PROBE_SCRIPT);
  await page.goto(process.argv[2]);
  await page.locator('#root [data-widget="prisoners-trend"] svg circle').first().waitFor();
  await page.waitForTimeout(1000);
  const s = await page.evaluate(() => ({ p: window.__bench.painted, fcp: performance.getEntriesByType("paint").at(-1)?.startTime, di: performance.getEntriesByType("navigation")[0].domInteractive }));
  out.push(`${Object.values(s.p).map(Math.round).join(",")} fcp ${Math.round(s.fcp)} di ${Math.round(s.di)}`);
  await ctx.close();
}
console.log(out.join("\n"));
await b.close();
