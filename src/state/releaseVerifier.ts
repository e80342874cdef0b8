/**
 * Where the app verifies a release it downloaded over HTTP: in a worker (src/state/verifyWorker.ts, through
 * src/state/verifyClient.ts), so that hashing, parsing and checking a release (about 100 ms on a desktop, several
 * times that on a phone) is not main-thread work in the moments before the page can hydrate. The page still
 * downloads the bundle itself (index.html's and embed.html's preloads answer that request) and takes nothing the
 * worker did not verify against the manifest entry the page itself read. Where there is no worker, it cannot start,
 * or the site has no bundle, the page verifies as before (loadReleaseFiles); the checks and the errors are the
 * same either way.
 */
import { DataError } from "../data/errors";
import { BUNDLE_FILE, loadReleaseFiles, verifyBundle, type ReadBytes } from "../data/loader";
import type { ReleaseData, ReleaseEntry } from "../data/schema";
import { askVerifier, takeEarlyAnswer, verifier, type VerifyReply } from "./verifyClient";

/**
 * One release downloaded by `read` and verified: in the worker when `inWorker` (the app's data folder over HTTP,
 * with bundles), else on the page.
 */
export async function loadVerified(entry: ReleaseEntry, read: ReadBytes, inWorker: boolean): Promise<ReleaseData> {
  if (!inWorker || !read.bundles || !verifier()) return loadReleaseFiles(entry, read);
  // Verified while the page was starting (src/app/early.ts), against the same manifest entry: taken as it is.
  // Anything else (another entry since, an error, no worker) is verified again below, where errors are reported.
  const early = await takeEarlyAnswer(entry.id);
  if (early && "release" in early && JSON.stringify(early.release.entry) === JSON.stringify(entry)) {
    return early.release;
  }
  let bytes: Uint8Array;
  try {
    bytes = await read(`releases/${entry.id}/${BUNDLE_FILE}`);
  } catch {
    // No bundle (an older deploy, offline with only the files cached): the files one by one, on the page, without
    // asking for the bundle again.
    return loadReleaseFiles(
      entry,
      Object.assign((path: string) => read(path), { pause: read.pause }),
    );
  }
  const reply = await askVerifier({ entry }, bytes);
  if (reply === null) return (await verifyBundle(entry, bytes)) ?? loadReleaseFiles(entry, read);
  return answered(reply) ?? loadReleaseFiles(entry, read);
}

/** The release, the error thrown as the page would have thrown it, or null: not a bundle. */
function answered(reply: VerifyReply): ReleaseData | null {
  if ("release" in reply) return reply.release;
  if ("notBundle" in reply) return null;
  const e = reply.error;
  throw "kind" in e ? new DataError(e.kind, e.file, e.path, e.detail) : new Error(e.message);
}
