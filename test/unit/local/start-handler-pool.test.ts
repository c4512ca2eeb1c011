import { threadId } from "node:worker_threads";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type HandlerPool, startHandlerPool } from "../../../local/handler-threads/start-handler-pool.js";

const ENTRY = "test/fixtures/handler-threads/echo-handler.ts";
const DAY_MS = 86_400_000;

interface Echo {
  threadId: number;
  now: string;
  functionName: string;
  remainingMs: number;
  environment?: string;
}

let pool: HandlerPool;
beforeAll(() => {
  process.env.HANDLER_THREAD_TEST_SETTING = "from-the-stack";
  pool = startHandlerPool({ size: 2, clockOffsetMs: 10 * DAY_MS });
});
afterAll(async () => {
  await pool?.close();
  delete process.env.HANDLER_THREAD_TEST_SETTING;
});

const invoke = (event: Record<string, unknown>) =>
  pool.invoke(ENTRY, event, "followup-echo") as Promise<Echo>;

describe("handler threads", () => {
  it("run the handler off this thread, with a Lambda context and the stack's environment", async () => {
    const echo = await invoke({});
    expect(echo.threadId).not.toBe(threadId);
    expect(echo.functionName).toBe("followup-echo");
    expect(echo.remainingMs).toBeGreaterThan(0);
    expect(echo.environment).toBe("from-the-stack");
  }, 60_000);

  it("start on the stack's clock and follow it when it moves", async () => {
    const before = Date.parse((await invoke({})).now);
    expect(before).toBeGreaterThanOrEqual(Date.now() + 9 * DAY_MS);
    pool.setClockOffset(400 * DAY_MS);
    const after = Date.parse((await invoke({})).now);
    expect(after).toBeGreaterThanOrEqual(Date.now() + 399 * DAY_MS);
  }, 60_000);

  it("spread invocations in flight over the threads", async () => {
    const echoes = await Promise.all([invoke({ holdMs: 200 }), invoke({ holdMs: 200 })]);
    expect(new Set(echoes.map((e) => e.threadId)).size).toBe(2);
  }, 60_000);

  it("hand a handler's failure back as a rejection carrying its message", async () => {
    await expect(invoke({ fail: "the store said no" })).rejects.toThrow("the store said no");
    // The thread goes on serving.
    await expect(invoke({})).resolves.toMatchObject({ functionName: "followup-echo" });
  }, 60_000);

  it("print a handler's console lines on the stack's console", async () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      await invoke({ say: '{"message":"step processed","result":"sent"}' });
      expect(log).toHaveBeenCalledWith('{"message":"step processed","result":"sent"}');
    } finally {
      log.mockRestore();
    }
  }, 60_000);

  it("report each thread's own CPU time", async () => {
    const cpu = await pool.threadCpuMicros();
    expect(cpu).toHaveLength(2);
    for (const micros of cpu) expect(micros).toBeGreaterThan(0);
  }, 60_000);

  it("send nothing when an event cannot be posted, and count nothing in flight for it", async () => {
    // Sequential invocations go to the first thread while none is busy.
    const before = await invoke({});
    await expect(invoke({ notCloneable: () => {} })).rejects.toThrow(/could not be cloned/);
    expect((await invoke({})).threadId).toBe(before.threadId);
  }, 60_000);
});

describe("handler threads that die", () => {
  it("leave the pool: the live ones take the invocations, and none is left to answer when all are gone", async () => {
    const lost: Error[] = [];
    const dying = startHandlerPool({ size: 2, clockOffsetMs: 0, onThreadLost: (err) => lost.push(err) });
    try {
      const call = (event: Record<string, unknown>) => dying.invoke(ENTRY, event, "followup-echo");
      await expect(call({ exitCode: 3 })).rejects.toThrow(/exit code 3/);
      expect(lost.map((e) => e.message)).toEqual([expect.stringMatching(/exit code 3/)]);
      // The dead thread is not the least busy one any more: these would never settle on it.
      await expect(call({})).resolves.toMatchObject({ functionName: "followup-echo" });
      await expect(call({})).resolves.toMatchObject({ functionName: "followup-echo" });
      expect(await dying.threadCpuMicros()).toHaveLength(1);
      await expect(call({ exitCode: 4 })).rejects.toThrow(/exit code 4/);
      await expect(call({})).rejects.toThrow(/no handler thread is left/);
      expect(lost).toHaveLength(2);
    } finally {
      await dying.close();
    }
  }, 60_000);
});
