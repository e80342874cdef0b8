import { Suspense, useLayoutEffect, type ReactNode } from "react";
import { nextTask } from "../data/nextTask";

/**
 * The dashboard's widgets hydrate a few per task instead of all in one (decision 010's addendum). Hydrating the
 * whole page in one go held the main thread for about 200 ms on the bench's machine, four times that on a slow
 * phone: no click, no scroll, no frame until it ended. During a round (`hydrateInTurns`), each `InTurn` the page
 * renders suspends on its first render; Preact keeps the build's markup of a suspended subtree on screen, as it
 * is, and hydrates it when the promise resolves. The round resolves them one after the other, in the order they
 * are in the page (the first widgets are the ones on screen), in tasks of about SLICE_MS each (the browser paints
 * and handles input in between), and ends when the last one has been hydrated. Outside a round (a page drawn from
 * scratch, tests, the build's prerender) `InTurn` is its children.
 */

/** A widget waiting for its turn (`go`), then hydrated (`settle`, from its first commit's layout effects). */
interface Turn {
  go: () => void;
  went: boolean;
  promise: Promise<void>;
  hydrated: Promise<void>;
  settle: () => void;
}

/** The round under way: its turns by widget id, in the order the page rendered them; resolves when it ends. */
let round: { turns: Map<string, Turn>; ended: Promise<void> } | null = null;

/** A task may go on hydrating widgets until it has run this long (a "long task" is one over 50 ms). */
const SLICE_MS = 40;

/**
 * Runs `hydrate` (which calls hydrateRoot) in a round: every InTurn it meets waits for its turn. The promise
 * resolves once each has had its turn and been hydrated.
 */
export function hydrateInTurns(hydrate: () => void): Promise<void> {
  const turns = new Map<string, Turn>();
  let end!: () => void;
  const ended = new Promise<void>((r) => (end = r));
  round = { turns, ended };
  try {
    hydrate();
  } catch (error) {
    round = null;
    end();
    throw error;
  }
  void (async () => {
    let slice = -Infinity;
    for (const turn of turns.values()) {
      if (performance.now() - slice > SLICE_MS) {
        await nextTask();
        slice = performance.now();
      }
      turn.went = true;
      turn.go();
      // It hydrates in this task's microtasks; one that does not get that far (its error boundary took over) is
      // waited for until the next task at most.
      await Promise.race([turn.hydrated, nextTask()]);
    }
    round = null;
    end();
  })();
  return ended;
}

/** Runs `fn` once the page is hydrated to its last widget: now, unless a round is under way. */
export function afterHydration(fn: () => void): void {
  if (round) void round.ended.then(fn);
  else fn();
}

/** Its children; during a round, only once their turn has come (until then the build's markup stays as it is). */
export function InTurn({ id, children }: { id: string; children: ReactNode }) {
  return (
    <Suspense fallback={null}>
      <Waits id={id}>{children}</Waits>
    </Suspense>
  );
}

function Waits({ id, children }: { id: string; children: ReactNode }) {
  let turn = round?.turns.get(id);
  if (round && !turn) {
    let go!: () => void;
    let settle!: () => void;
    const promise = new Promise<void>((r) => (go = r));
    const hydrated = new Promise<void>((r) => (settle = r));
    round.turns.set(id, (turn = { go, went: false, promise, hydrated, settle }));
  }
  // Suspense during hydration keeps the server-rendered markup and hydrates it when this resolves.
  if (turn && !turn.went) throw turn.promise;
  return (
    <>
      {children}
      {turn && <Hydrated turn={turn} />}
    </>
  );
}

/** Tells the round its widget has been hydrated, once the commit that did it has run its layout effects. */
function Hydrated({ turn }: { turn: Turn }) {
  useLayoutEffect(() => turn.settle(), [turn]);
  return null;
}
