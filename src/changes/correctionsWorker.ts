/**
 * A dedicated worker that downloads, verifies and compares every published release for the correction marks
 * (src/changes/corrections.ts), off the page's main thread. One request per worker: the page starts it once the
 * dashboard is live and idle, and ends it when the answer comes.
 */
import { httpReader } from "../data/loader";
import { answerCorrections, type CorrectionsRequest } from "./corrections";

interface WorkerScope {
  onmessage: ((event: MessageEvent<CorrectionsRequest>) => void) | null;
  postMessage(message: unknown): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const read = httpReader(event.data.dataRoot, (input, init) => fetch(input, init));
  void answerCorrections(event.data, read).then((reply) => scope.postMessage(reply));
};
