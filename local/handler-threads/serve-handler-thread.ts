import { inspect } from "node:util";
import { parentPort, workerData } from "node:worker_threads";
import { setProcessClockOffset } from "../../shared/adapters/process-clock.js";
import { toErrorShape } from "../emulator-worker/emulator-messages.js";
import { entryHandlerLoader } from "../entry-handler-loader.js";
import { lambdaContext } from "../lambda-context.js";
import type { FromHandlerThread, HandlerThreadData, ToHandlerThread } from "./handler-thread-messages.js";
import { threadCpuMicros } from "./thread-cpu-micros.js";

/**
 * One handler thread: imports the same entry files as the main thread would (each once, on first use) and
 * runs the invocations it is sent, as one more Lambda instance would. Its clock is the stack's (the offset
 * follows every move), its environment the stack's at the moment the thread started, and its console lines
 * are printed by the stack.
 */
export function serveHandlerThread(): void {
  const port = parentPort;
  if (!port) throw new Error("serveHandlerThread runs in a worker thread");
  const post = (m: FromHandlerThread) => port.postMessage(m);
  setProcessClockOffset((workerData as HandlerThreadData).clockOffsetMs);
  for (const level of ["log", "info", "warn", "error"] as const) {
    console[level] = (...args: unknown[]) =>
      post({ type: "console", level, args: args.map((a) => (typeof a === "string" ? a : inspect(a))) });
  }
  const load = entryHandlerLoader();
  const invoke = async (m: Extract<ToHandlerThread, { type: "invoke" }>) => {
    try {
      const value = await (await load(m.entry))(m.event, lambdaContext(m.functionName));
      post({ type: "result", id: m.id, value });
    } catch (err) {
      post({ type: "failed", id: m.id, error: toErrorShape(err) });
    }
  };
  port.on("message", (m: ToHandlerThread) => {
    if (m.type === "invoke") void invoke(m);
    else if (m.type === "clock") setProcessClockOffset(m.offsetMs);
    else post({ type: "cpu", id: m.id, micros: threadCpuMicros() });
  });
}
