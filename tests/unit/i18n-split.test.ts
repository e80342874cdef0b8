/** The build gives each language its own module: English readers never download be/ru messages. */
import { describe, expect, it } from "vitest";
import type { ResolvedConfig } from "vite";
import { i18nSplitPlugin } from "../../src/i18n/splitPlugin";

type Hook = (...args: unknown[]) => unknown;
const call = (hook: unknown, ...args: unknown[]) => (hook as Hook).call({}, ...args);

function moduleText(command: "build" | "serve", lang: string): string {
  const plugin = i18nSplitPlugin();
  call(plugin.configResolved, { command } as ResolvedConfig);
  const id = call(plugin.resolveId, `virtual:i18n/${lang}`) as string;
  return call(plugin.load, id) as string;
}

describe("i18n split plugin", () => {
  it("builds English as a plain object without the other languages' messages", () => {
    const en = moduleText("build", "en");
    expect(en).toContain('"app.title":"Belarus Repression Tracker"');
    expect(en).not.toContain("Трэкер рэпрэсій");
    expect(en).not.toContain("Трекер репрессий");
  });

  it("builds Belarusian and Russian as their own modules", () => {
    expect(moduleText("build", "be")).toContain('"app.title":"Трэкер рэпрэсій у Беларусі"');
    expect(moduleText("build", "ru")).toContain('"app.title":"Трекер репрессий в Беларуси"');
    expect(moduleText("build", "ru")).not.toContain("Трэкер");
  });

  it("imports the live catalogues on the dev server, and refuses an unknown language", () => {
    expect(moduleText("serve", "be")).toMatch(
      /import \{ messagesOf \} from ".*catalogues\.ts";\nexport default messagesOf\("be"\)/,
    );
    expect(() => moduleText("build", "de")).toThrow("virtual:i18n/de: no such language (expected en, be, ru)");
  });
});
