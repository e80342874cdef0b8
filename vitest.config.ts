import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";
import { i18nSplitPlugin } from "./src/i18n/splitPlugin.ts";

export default defineConfig({
  plugins: [react(), i18nSplitPlugin()],
  test: {
    globals: true,
    environment: "jsdom",
    include: ["tests/unit/**/*.test.{ts,tsx}", "tests/component/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup.ts"],
  },
});
