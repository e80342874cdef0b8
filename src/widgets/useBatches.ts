import { useEffect, useState } from "react";
import { useServerRender } from "./useServerRender";

/**
 * How many items of a long list to draw. The build's prerendered copy holds the first `first`; once that copy is
 * hydrated, `step` more come per task (a passive effect's, after a frame) until all `total` are drawn, so a hundred
 * rows are not one long task and a click or a key between batches is answered at once. A list rendered in the
 * browser from the start draws all at once. At least `need` are drawn whatever the batch (an item the reader
 * selected before its batch came, so it can be revealed).
 */
export function useBatches(total: number, first: number, step: number, need = 0): number {
  const server = useServerRender();
  const [shown, setShown] = useState(server ? first : Infinity);
  useEffect(() => {
    if (!server && shown < total) setShown(shown + step);
  }, [server, shown, total, step]);
  return server ? first : Math.max(shown, need);
}
