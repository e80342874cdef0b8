/** Node-side helpers shared by the data scripts: where the data lives and how files are hashed. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DATA_DIR = path.join(ROOT, "public/data");

export function sha256Hex(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

export function readBytes(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

/** Stable JSON as committed: two-space indent and a final newline, so diffs stay readable. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2) + "\n";
}
