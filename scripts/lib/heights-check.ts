/**
 * The script-less embed code takes its heights from src/embed/heights.json, measured by `npm run embed:heights`
 * (decision 007). A published release the file does not know gets the tallest heights measured for the others,
 * which may be too short for it: data:check says so, so the step is not forgotten (docs/maintaining-data.md).
 */
import { existsSync, readFileSync } from "node:fs";

export const HEIGHTS_FILE = "src/embed/heights.json";

/** A warning per published release the heights file has no measurement for. */
export function heightsWarnings(publishedIds: readonly string[], heightsText: string | null): string[] {
  const how = `run "npm run embed:heights" and commit ${HEIGHTS_FILE} (docs/maintaining-data.md)`;
  if (heightsText === null)
    return [`${HEIGHTS_FILE} is missing: the script-less embed code has no measured heights; ${how}`];
  let measured: Record<string, unknown>;
  try {
    measured = (JSON.parse(heightsText) as { releases?: Record<string, unknown> }).releases ?? {};
  } catch (e) {
    return [`${HEIGHTS_FILE} is not valid JSON (${e instanceof Error ? e.message : String(e)}); ${how}`];
  }
  return publishedIds
    .filter((id) => !Object.hasOwn(measured, id))
    .map(
      (id) =>
        `${HEIGHTS_FILE} has no heights for release ${id}: its script-less embed code uses the tallest heights ` +
        `measured for the other releases, which may cut it off; ${how}`,
    );
}

export function readHeights(file: string): string | null {
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}
