/** src/widgets/idle.ts: work that waits for an idle moment, with a deadline, and can be called off. */
import { afterEach, describe, expect, it, vi } from "vitest";
import { nextIdle, whenIdle } from "../../src/widgets/idle";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("whenIdle", () => {
  it("asks for the next idle period with the deadline given, and can be called off", () => {
    const asked: { timeout?: number }[] = [];
    const cancelled: number[] = [];
    vi.stubGlobal("requestIdleCallback", (_fn: () => void, options: { timeout?: number }) => asked.push(options));
    vi.stubGlobal("cancelIdleCallback", (id: number) => cancelled.push(id));
    const cancel = whenIdle(() => undefined, 1000);
    expect(asked).toEqual([{ timeout: 1000 }]);
    cancel();
    expect(cancelled).toEqual([1]);
  });

  it("runs in a new task where the browser cannot tell when it is idle, unless called off", async () => {
    vi.stubGlobal("requestIdleCallback", undefined);
    vi.useFakeTimers();
    const ran: string[] = [];
    whenIdle(() => ran.push("kept"), 1000);
    whenIdle(() => ran.push("called off"), 1000)();
    const idle = nextIdle(3000).then(() => ran.push("promise"));
    expect(ran).toEqual([]);
    await vi.runAllTimersAsync();
    await idle;
    expect(ran).toEqual(["kept", "promise"]);
  });
});
