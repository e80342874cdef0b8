import { defineConfig } from "vitest/config";
import { RUNTIME_ALIASES, RUNTIME_DEPS } from "./build/runtime.ts";
import { i18nSplitPlugin } from "./build/i18nSplitPlugin.ts";

export default defineConfig({
  plugins: [i18nSplitPlugin()],
  // Components are tested on the runtime that ships, preact/compat (build/runtime.ts). The packages that import
  // React are inlined so that they see it too, in their ES module build ("module": @testing-library/react's main
  // is CommonJS, whose require() Vite cannot redirect).
  resolve: { alias: RUNTIME_ALIASES, mainFields: ["module"] },
  test: {
    globals: true,
    environment: "jsdom",
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup.ts"],
    server: { deps: { inline: RUNTIME_DEPS } },
  },
});
