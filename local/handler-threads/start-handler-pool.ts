import { Worker } from "node:worker_threads";
import { fromErrorShape } from "../emulator-worker/emulator-messages.js";
import type { FromHandlerThread, HandlerThreadData, ToHandlerThread } from "./handler-thread-messages.js";

/** How long a close waits for the invocations still running before it ends the threads. */
const CLOSE_GRACE_MS = 5_000;

export interface HandlerPool {
  /** Runs `entry`'s handler on the thread with the fewest invocations in flight; its result or its error. */
  invoke(entry: string, event: unknown, functionName: string): Promise<unknown>;
  /** Every thread sees the clock's new offset before any invocation posted after this call. */
  setClockOffset(offsetMs: number): void;
  /** Each thread's own CPU time so far, in microseconds (undefined where there is no /proc). */
  threadCpuMicros(): Promise<Array<number | undefined>>;
  close(): Promise<void>;
}

interface Thread {
  worker: Worker;
  inFlight: number;
}

export interface HandlerPoolOptions {
  /** Threads to start (1 or more; the stack checks the count it is given before it starts anything). */
  size: number;
  clockOffsetMs: number;
  /**
   * A thread died while the pool serves (an error no handler caught, or its exit): its invocations have
   * failed and the others go on. Default: thrown on the next tick, so that it fails loudly, as that error
   * does when the handlers run on the stack's own thread.
   */
  onThreadLost?: (err: Error) => void;
}

const throwOnNextTick = (err: Error) =>
  process.nextTick(() => {
    throw err;
  });

/**
 * `size` worker threads that run the handlers, as Lambda runs many instances of a function: the gateway and
 * the Scheduler emulator's targets stay on the stack's thread and hand each invocation to the least busy one.
 * Each thread takes the environment as it is when the pool starts (the SDK's endpoint settings included) and
 * builds its own SDK clients; the real clients still reach the emulators over loopback HTTP.
 */
export function startHandlerPool(options: HandlerPoolOptions): HandlerPool {
  let nextId = 1;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void; thread: Thread }>();
  let closing = false;
  let drained: (() => void) | undefined;
  const settle = (
    id: number,
    outcome: (p: { ok: (v: unknown) => void; fail: (e: Error) => void }) => void,
  ) => {
    const p = pending.get(id);
    if (!p) return;
    pending.delete(id);
    p.thread.inFlight--;
    outcome(p);
    if (pending.size === 0) drained?.();
  };
  const data: HandlerThreadData = { clockOffsetMs: options.clockOffsetMs };
  const onThreadLost = options.onThreadLost ?? throwOnNextTick;
  // The live threads: a dead one leaves, or it would look the least busy and take invocations that never
  // settle (a message posted to an ended worker goes nowhere).
  const threads: Thread[] = [];
  for (let i = 0; i < options.size; i++) {
    const thread: Thread = {
      worker: new Worker(new URL("./handler-thread-entry.mjs", import.meta.url), { workerData: data }),
      inFlight: 0,
    };
    thread.worker.on("message", (m: FromHandlerThread) => {
      if (m.type === "result") settle(m.id, (p) => p.ok(m.value));
      else if (m.type === "failed") settle(m.id, (p) => p.fail(fromErrorShape(m.error)));
      else if (m.type === "console") console[m.level](...m.args);
      else if (m.type === "cpu") settle(m.id, (p) => p.ok(m.micros));
    });
    // Once only: a thread that fails with an error then exits.
    const died = (why: string, err: Error) => {
      const at = threads.indexOf(thread);
      if (at < 0) return;
      threads.splice(at, 1);
      for (const [id, p] of pending) if (p.thread === thread) settle(id, (q) => q.fail(new Error(why)));
      if (!closing) onThreadLost(err);
    };
    thread.worker.on("error", (err) => died(`the handler thread failed: ${err.message}`, err));
    thread.worker.on("exit", (code) =>
      died(
        `the handler thread ended (exit code ${code})`,
        new Error(`A handler thread ended unexpectedly (exit code ${code}).`),
      ),
    );
    threads.push(thread);
  }
  const post = (thread: Thread, m: ToHandlerThread) => thread.worker.postMessage(m);
  const call = (thread: Thread, message: (id: number) => ToHandlerThread) =>
    new Promise<unknown>((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok, fail, thread });
      thread.inFlight++;
      try {
        post(thread, message(id));
      } catch (err) {
        // Not sent (an event that cannot be cloned, say): nothing will answer it.
        settle(id, (p) => p.fail(err instanceof Error ? err : new Error(String(err))));
      }
    });

  return {
    invoke(entry, event, functionName) {
      if (closing) return Promise.reject(new Error("the handler threads are closed"));
      let least = threads[0];
      if (!least) return Promise.reject(new Error("no handler thread is left: every one has died"));
      for (const t of threads) if (t.inFlight < least.inFlight) least = t;
      return call(least, (id) => ({ type: "invoke", id, entry, event, functionName }));
    },
    setClockOffset(offsetMs) {
      for (const t of threads) post(t, { type: "clock", offsetMs });
    },
    threadCpuMicros: () =>
      Promise.all(
        threads.map((t) => call(t, (id) => ({ type: "cpu", id }))) as Promise<number | undefined>[],
      ),
    async close() {
      if (closing) return;
      closing = true;
      if (pending.size > 0)
        await new Promise<void>((done) => {
          drained = done;
          setTimeout(done, CLOSE_GRACE_MS).unref();
        });
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}
