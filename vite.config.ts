import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// BASE_PATH lets the static build live under a sub-path (e.g. /tracker/).
export default defineConfig({
  base: process.env.BASE_PATH ?? "./",
  plugins: [react()],
  build: {
    target: "es2022",
    sourcemap: false,
  },
  server: { host: "127.0.0.1" },
});
