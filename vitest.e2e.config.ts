import { defineConfig } from "vitest/config";
import { i18nSplitPlugin } from "./build/i18nSplitPlugin.ts";

// End-to-end tests: real Chromium against the production build served on 127.0.0.1.
export default defineConfig({
  // Some tests import the widget registry, which reads the message catalogues through src/i18n.
  plugins: [i18nSplitPlugin()],
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two files at a time: each drives its own Chromium against the shared build (files that change what is served
    // work on a private copy with their own server), and much of a browser test is waiting, so two cores keep up.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
