/** The releases the end-to-end tests run against, read from the bundled data (the manifest lists the newest first). */
import { readFileSync } from "node:fs";

const manifest = JSON.parse(readFileSync(new URL("../../public/data/manifest.json", import.meta.url), "utf8")) as {
  releases: { id: string }[];
};

/** The newest release: what the dashboard opens without ?release=. */
export const NEWEST_RELEASE = manifest.releases[0]!.id;
