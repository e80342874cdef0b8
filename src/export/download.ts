/** Saving a file the reader asked for: an <a download> on a blob URL (no server round trip). */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: the download may start after this tick.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** brt-<widget>-<release>[-<variant>].<ext> */
export function exportFileName(widget: string, release: string, ext: string, variant?: string): string {
  return `brt-${widget}-${release}${variant ? `-${variant}` : ""}.${ext}`;
}
