/** Builds the app once, serves dist/ on 127.0.0.1 and hands the URL to every e2e file. */
import { execSync } from "node:child_process";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic, type StaticServer } from "./server";

let server: StaticServer | undefined;
let second: StaticServer | undefined;

export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, "../..");
  if (!process.env.E2E_SKIP_BUILD) execSync("npx vite build --logLevel warn", { cwd: root, stdio: "inherit" });
  server = await serveStatic(path.join(root, "dist"));
  // A second origin serving the same files: a stand-in for a news site that embeds our widgets.
  second = await serveStatic(path.join(root, "dist"), "127.0.0.2");
  project.provide("baseUrl", server.url);
  project.provide("otherOrigin", second.url);
}

export async function teardown() {
  await server?.close();
  await second?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    otherOrigin: string;
  }
}
