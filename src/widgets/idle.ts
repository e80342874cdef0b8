/**
 * Work that can wait for the browser to be idle (the offline worker's registration, a hydrated chart's second
 * layout, the earlier releases behind the correction marks): one home for requestIdleCallback and its fallback.
 */

/** Calls `fn` in the browser's next idle period, at the latest after `timeoutMs`; where it cannot tell, in a new task. Returns a cancel function. */
export function whenIdle(fn: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => fn(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn, 0);
  return () => clearTimeout(id);
}

/** Resolves in the browser's next idle period (at the latest after `timeoutMs`). */
export function nextIdle(timeoutMs: number): Promise<void> {
  return new Promise((resolve) => void whenIdle(resolve, timeoutMs));
}
