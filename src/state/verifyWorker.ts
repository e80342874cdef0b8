/**
 * A dedicated worker that verifies a release from its bundle's bytes (src/data/loader.ts's verifyBundle: size,
 * SHA-256, JSON, schema and references of every file), off the page's main thread. The page downloads the bundle
 * itself (its preload answers that request) and sends a copy, with the manifest entry it read, or the manifest's
 * bytes and the release's id when it has not read the manifest yet; it gets the release back, or the error as data
 * (src/state/releaseVerifier.ts turns it back into the same DataError).
 */
import { DataError } from "../data/errors";
import { parseReaderManifest, pickRelease, verifyBundle } from "../data/loader";
import type { VerifyReply, VerifyRequest } from "./verifyClient";

interface WorkerScope {
  onmessage: ((event: MessageEvent<VerifyRequest>) => void) | null;
  postMessage(message: VerifyReply): void;
}
const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data }) => {
  const { id } = data;
  const verify = async () => {
    const entry =
      "entry" in data ? data.entry : pickRelease(parseReaderManifest(new Uint8Array(data.manifest)), data.release);
    return verifyBundle(entry, new Uint8Array(data.bundle));
  };
  verify().then(
    (release) => scope.postMessage(release ? { id, release } : { id, notBundle: true }),
    (error: unknown) =>
      scope.postMessage({
        id,
        error:
          error instanceof DataError
            ? { kind: error.kind, file: error.file, path: error.path, detail: error.detail }
            : { message: error instanceof Error ? error.message : String(error) },
      }),
  );
};
