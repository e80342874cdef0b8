/**
 * A URL from the data as a link target. Only http(s) addresses become links: a `javascript:` (or `data:`, `file:`)
 * URL in a release would run or open something on the tracker's own origin when followed. The data schema rejects
 * them too; this keeps the page safe whatever a release holds.
 */
export function webHref(url: string | undefined): string | null {
  if (!url) return null;
  let protocol: string;
  try {
    // Parsed as the browser would parse the href (it ignores tabs, newlines and leading spaces: "java\tscript:").
    protocol = new URL(url).protocol;
  } catch {
    return null;
  }
  return protocol === "http:" || protocol === "https:" ? url : null;
}
