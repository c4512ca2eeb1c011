import { entryFunctionName } from "../entry-function-name.js";
import { entryHandlerLoader } from "../entry-handler-loader.js";
import { lambdaContext } from "../lambda-context.js";
import type { LocalClock } from "../local-clock.js";
import { type HandlerPool, startHandlerPool } from "./start-handler-pool.js";

export interface HandlerInvoker {
  /** Runs `entry`'s handler as `functionName`: on a handler thread when there are any, else on this one. */
  invokeAs(entry: string, event: unknown, functionName: string): Promise<unknown>;
  /** Runs `entry`'s handler as its deployed function (`followup-<name>`). */
  invokeEntry(entry: string, event: unknown): Promise<unknown>;
  /** Each handler thread's CPU time so far in microseconds; [] while no thread has started. */
  threadCpuMicros(): Promise<Array<number | undefined>>;
  close(): Promise<void>;
}

/**
 * Where the stack's invocations run: `threads` worker threads (0: this thread), and none before `ready`
 * (the handlers read their configuration once, when first imported, and the environment must be complete).
 */
export function handlerInvoker(options: {
  threads: number;
  clock: Pick<LocalClock, "offsetMs" | "onMove">;
  ready: Promise<void>;
}): HandlerInvoker {
  const { threads, clock, ready } = options;
  const load = entryHandlerLoader();
  // Started on the first invocation, so the threads take the environment as the handlers would read it
  // on their first use (a test may point the SDK's endpoints elsewhere once the stack has started).
  let pool: HandlerPool | undefined;
  const poolOf = (): HandlerPool => {
    if (!pool) {
      pool = startHandlerPool({ size: threads, clockOffsetMs: clock.offsetMs() });
      clock.onMove((offsetMs) => pool?.setClockOffset(offsetMs));
    }
    return pool;
  };
  const invokeAs = async (entry: string, event: unknown, functionName: string) => {
    await ready;
    if (threads > 0) return poolOf().invoke(entry, event, functionName);
    return (await load(entry))(event, lambdaContext(functionName));
  };
  return {
    invokeAs,
    invokeEntry: (entry, event) => invokeAs(entry, event, `followup-${entryFunctionName(entry)}`),
    threadCpuMicros: async () => (pool ? pool.threadCpuMicros() : []),
    close: async () => pool?.close(),
  };
}
