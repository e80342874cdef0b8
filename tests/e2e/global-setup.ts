/**
 * Builds the app once into a private folder (so parallel runs never rebuild each other's files),
 * serves it on 127.0.0.1 and hands the URL and the folder to every e2e file.
 */
import { execSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { serveStatic, type StaticServer } from "./server";

let server: StaticServer | undefined;
let second: StaticServer | undefined;
let outDir: string | undefined;

export async function setup(project: TestProject) {
  const root = path.resolve(import.meta.dirname, "../..");
  const dist = process.env.E2E_DIST ?? path.join(root, ".e2e-dist", String(process.pid));
  if (!process.env.E2E_DIST) {
    outDir = dist;
    // NODE_ENV=production: vitest sets "test", which would ship React's development build and skip the service worker.
    execSync(`npx vite build --logLevel warn --outDir "${dist}" --emptyOutDir`, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NODE_ENV: "production" },
    });
  }
  server = await serveStatic(dist);
  // A second origin serving the same files: a stand-in for a news site that embeds our widgets.
  second = await serveStatic(dist, "127.0.0.2");
  project.provide("baseUrl", server.url);
  project.provide("otherOrigin", second.url);
  project.provide("distDir", dist);
}

export async function teardown() {
  await server?.close();
  await second?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    otherOrigin: string;
    /** The built site being served (write fixture files here, never into dist/). */
    distDir: string;
  }
}
