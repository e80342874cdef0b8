/**
 * The page's side of the verifying worker (src/state/verifyWorker.ts): it starts it, or takes over the one the
 * dashboard's first-paint script started (src/state/earlyVerify.ts) with its downloads and its answer, and asks it.
 * What to do with the answers (and without a worker) is src/state/releaseVerifier.ts.
 */
import type { DataErrorKind } from "../data/errors";
import type { ReleaseData, ReleaseEntry } from "../data/schema";
import { EARLY_GLOBAL, type EarlyVerify } from "./earlyVerify";

export type VerifyRequest = { id: number; bundle: ArrayBuffer } & (
  | { entry: ReleaseEntry }
  /** Before the page has read the manifest: the worker reads it and picks the release `release` itself. */
  | { manifest: ArrayBuffer; release: string }
);

export type VerifyReply = { id: number } & (
  | { release: ReleaseData }
  | { notBundle: true }
  | { error: { kind: DataErrorKind; file: string; path: string; detail: string } | { message: string } }
);

let worker: Worker | null | undefined;
let lastId = 0;
const waiting = new Map<number, (reply: VerifyReply | null) => void>();

/** The one verifying worker of the page: the one the first-paint script started, or one started on first use. */
export function verifier(): Worker | null {
  if (worker !== undefined) return worker;
  const early = adoptEarly();
  if (early) worker = early;
  else if (typeof Worker !== "function") return (worker = null);
  else {
    try {
      worker = new Worker(new URL("./verifyWorker.ts", import.meta.url), { type: "module", name: "verify" });
    } catch {
      return (worker = null);
    }
  }
  const started = worker;
  started.addEventListener("message", ({ data }: MessageEvent<VerifyReply>) => {
    waiting.get(data.id)?.(data);
    waiting.delete(data.id);
  });
  // Its script did not load or run (blocked, or offline before it was cached): the page verifies from now on.
  started.addEventListener("error", (event) => {
    event.preventDefault();
    started.terminate();
    worker = null;
    for (const answer of waiting.values()) answer(null);
    waiting.clear();
  });
  return worker;
}

/** The worker, downloads and answer src/state/earlyVerify.ts left, taken over once; the worker, or null. */
function adoptEarly(): Worker | null {
  const scope = globalThis as unknown as Record<string, EarlyVerify | undefined>;
  const early = scope[EARLY_GLOBAL];
  if (!early) return null;
  delete scope[EARLY_GLOBAL];
  for (const [path, bytes] of Object.entries(early.files))
    earlyFiles.set(
      path,
      bytes.then((b) => new Uint8Array(b)),
    );
  earlyAnswers.set(early.release, early.answer);
  return early.worker;
}

type Question = { entry: ReleaseEntry } | { manifest: Uint8Array; release: string };

/** The worker's answer about `bundle` (copied to it: the page keeps its bytes), or null when there is no worker. */
export function askVerifier(question: Question, bundle: Uint8Array): Promise<VerifyReply | null> {
  const w = verifier();
  if (!w) return Promise.resolve(null);
  const id = ++lastId;
  const copy = (bytes: Uint8Array) => bytes.slice().buffer;
  const message: VerifyRequest =
    "entry" in question
      ? { id, entry: question.entry, bundle: copy(bundle) }
      : { id, manifest: copy(question.manifest), release: question.release, bundle: copy(bundle) };
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    w.postMessage(message);
  });
}

// Files the first-paint script downloaded (src/state/earlyVerify.ts): the app's reader takes each once.
const earlyFiles = new Map<string, Promise<Uint8Array>>();
// The worker's answer about the release those files hold, by release id, taken once.
const earlyAnswers = new Map<string, Promise<VerifyReply | null>>();

/** The bytes of `path` downloaded early, once; undefined when there are none (left). */
export function takeEarly(path: string): Promise<Uint8Array> | undefined {
  verifier();
  const bytes = earlyFiles.get(path);
  earlyFiles.delete(path);
  return bytes;
}

/** The worker's early answer about release `id`, once; undefined when there was none. */
export function takeEarlyAnswer(id: string): Promise<VerifyReply | null> | undefined {
  verifier();
  const answer = earlyAnswers.get(id);
  earlyAnswers.delete(id);
  return answer;
}
