// The query gate on its own: slots, the heavy lane, the bounded queue and the bounded wait, with work the test
// finishes by hand and a fake clock.
import { afterEach, describe, expect, it, vi } from "vitest";
import { GateBusyError, QueryGate } from "../../src/server/query-gate.ts";

/** Work that runs until the test calls finish(); `started` says whether the gate let it in. */
function work(gate: QueryGate, heavy = false) {
  let finish!: () => void;
  let fail!: (e: Error) => void;
  const job = { started: false, finish: () => finish(), fail: (e: Error) => fail(e), result: undefined as Promise<string> | undefined };
  job.result = gate.run(
    () =>
      new Promise<string>((resolve, reject) => {
        job.started = true;
        finish = () => resolve("done");
        fail = reject;
      }),
    heavy,
  );
  job.result.catch(() => {}); // asserted where it matters
  return job;
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => vi.useRealTimers());

describe("QueryGate", () => {
  it("runs at most maxConcurrent at once and starts the waiters oldest first as slots free", async () => {
    const gate = new QueryGate({ maxConcurrent: 2, maxHeavy: 2, maxQueue: 10, maxWaitMs: 60_000 });
    const jobs = [0, 1, 2, 3].map(() => work(gate));
    await settle();
    expect(jobs.map((j) => j.started)).toEqual([true, true, false, false]);
    expect(gate.stats()).toMatchObject({ running: 2, queued: 2 });
    jobs[1]!.finish();
    await settle();
    expect(jobs.map((j) => j.started)).toEqual([true, true, true, false]);
    expect(await jobs[1]!.result).toBe("done");
  });

  it("keeps slots for light requests: heavy ones take at most maxHeavy, and light ones pass a waiting heavy one", async () => {
    const gate = new QueryGate({ maxConcurrent: 4, maxHeavy: 2, maxQueue: 10, maxWaitMs: 60_000 });
    const heavy = [0, 1, 2].map(() => work(gate, true));
    const light = [0, 1, 2].map(() => work(gate));
    await settle();
    expect(heavy.map((j) => j.started)).toEqual([true, true, false]);
    expect(light.map((j) => j.started)).toEqual([true, true, false]);
    light[0]!.finish(); // a free slot, but the heavy lane is full: the light waiter behind the heavy one takes it
    await settle();
    expect(heavy[2]!.started).toBe(false);
    expect(light[2]!.started).toBe(true);
    heavy[0]!.finish();
    await settle();
    expect(heavy[2]!.started).toBe(true);
    expect(gate.stats()).toMatchObject({ running: 4, heavyRunning: 2, queued: 0 });
  });

  it("refuses at once, with a retry hint, when the queue is full", async () => {
    const gate = new QueryGate({ maxConcurrent: 1, maxHeavy: 1, maxQueue: 1, maxWaitMs: 60_000 });
    work(gate);
    work(gate);
    const refused = gate.run(async () => "never");
    await expect(refused).rejects.toBeInstanceOf(GateBusyError);
    await expect(refused).rejects.toMatchObject({ retryAfterS: 1, message: expect.stringMatching(/busy: 1 requests are already waiting/) });
    expect(gate.stats()).toMatchObject({ running: 1, queued: 1, refused: 1 });
  });

  it("refuses a request that waited maxWaitMs, and does not start it later", async () => {
    vi.useFakeTimers();
    const gate = new QueryGate({ maxConcurrent: 1, maxHeavy: 1, maxQueue: 5, maxWaitMs: 1_000 });
    const first = work(gate);
    const waiting = work(gate);
    vi.advanceTimersByTime(999);
    expect(gate.stats().queued).toBe(1);
    vi.advanceTimersByTime(1);
    await expect(waiting.result).rejects.toThrow(/no database slot came free within 1000 ms/);
    first.finish();
    await first.result;
    expect(waiting.started).toBe(false);
    expect(gate.stats()).toEqual({ running: 0, heavyRunning: 0, queued: 0, refused: 1 });
  });

  it("gives the slot back when the work fails", async () => {
    const gate = new QueryGate({ maxConcurrent: 1, maxHeavy: 1, maxQueue: 5, maxWaitMs: 60_000 });
    const failing = work(gate, true);
    const next = work(gate, true);
    await settle();
    failing.fail(new Error("query timed out"));
    await expect(failing.result).rejects.toThrow("query timed out");
    await settle();
    expect(next.started).toBe(true);
    expect(gate.stats()).toMatchObject({ running: 1, heavyRunning: 1, queued: 0 });
  });
});
