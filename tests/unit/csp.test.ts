import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { completeCsp, tileSource } from "../../build/cspPlugin";

const policyOf = (html: string) => /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)![1]!;
const sha = (code: string) => `'sha256-${createHash("sha256").update(code).digest("base64")}'`;

describe("the pages' Content-Security-Policy", () => {
  it("allows an inline script by its hash, and the tile server for images", () => {
    // Where the build inlines the dashboard's first-paint script (build/dashboardPrerenderPlugin.ts).
    const source = readFileSync("index.html", "utf8");
    expect(source).toContain("<!--brt-boot-->");
    const index = source.replace("<!--brt-boot-->", "<script>document.documentElement.lang = 'en';</script>");
    const policy = policyOf(completeCsp(index, ["https://tile.openstreetmap.org"]));
    expect(policy).toContain(`script-src 'self' ${sha("document.documentElement.lang = 'en';")};`);
    expect(policy).toContain("img-src 'self' data: blob: https://tile.openstreetmap.org;");
    expect(policy).toContain("connect-src 'self';");
  });

  it("puts the policy before the first script, which it would not cover otherwise", () => {
    const html =
      '<head><script type="module">dev()</script><meta http-equiv="Content-Security-Policy" content="script-src \'self\'; img-src \'self\'" /></head>';
    expect(completeCsp(html)).toBe(
      `<head><meta http-equiv="Content-Security-Policy" content="script-src 'self' ${sha("dev()")}; img-src 'self'" />\n    <script type="module">dev()</script></head>`,
    );
    expect(() => completeCsp("<html></html>")).toThrow("has no <meta");
  });

  it("reads the tile server's origin from the tile URL template", () => {
    expect(tileSource("https://tile.openstreetmap.org/{z}/{x}/{y}.png")).toBe("https://tile.openstreetmap.org");
    expect(tileSource("https://{s}.tiles.example.org/{z}/{x}/{y}.png")).toBe("https://*.tiles.example.org");
    expect(tileSource("tiles/{z}/{x}/{y}.png")).toBeNull();
  });
});
