/**
 * Saving an imported release: the release files (and the manifest, when release.csv changed the entry)
 * are written all or none (./write-all.ts), each in the key order of the file it replaces, so that
 * importing unchanged spreadsheets gives byte-identical files and a git diff shows only real edits.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Manifest, ReleaseFileName } from "../../src/data/schema.ts";
import { toJsonText } from "./files.ts";
import { writeAllOrNothing, type PlannedFile, type WriteSteps } from "./write-all.ts";

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * `value` with its object keys in the order `like` has them (keys `like` lacks come after, as they
 * are). Records are matched by id, other list items by position.
 */
export function orderLike(value: unknown, like: unknown): unknown {
  if (Array.isArray(value) && Array.isArray(like)) {
    const byId = new Map(like.filter(isObject).map((item) => [item.id, item] as const));
    return value.map((item, i) =>
      orderLike(item, isObject(item) && typeof item.id === "string" ? byId.get(item.id) : like[i]),
    );
  }
  if (isObject(value) && isObject(like)) {
    const keys = [...Object.keys(like).filter((k) => k in value), ...Object.keys(value).filter((k) => !(k in like))];
    return Object.fromEntries(keys.map((k) => [k, orderLike(value[k], like[k])]));
  }
  return value;
}

export function writeImport(
  dir: string,
  id: string,
  files: Partial<Record<ReleaseFileName, unknown>>,
  manifest: Manifest | undefined,
  steps?: WriteSteps,
): void {
  const planned: PlannedFile[] = Object.entries(files).map(([name, content]) => {
    const file = path.join(dir, "releases", id, name);
    const current: unknown = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
    return { path: file, text: toJsonText(orderLike(content, current)) };
  });
  if (manifest) planned.push({ path: path.join(dir, "manifest.json"), text: toJsonText(manifest) });
  writeAllOrNothing(planned, dir, steps);
}
