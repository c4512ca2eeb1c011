import type { ErrorShape } from "../emulator-worker/emulator-messages.js";

/** From the stack to a handler thread. Messages on one port arrive in the order they were posted. */
export type ToHandlerThread =
  | { type: "invoke"; id: number; entry: string; event: unknown; functionName: string }
  /** The local clock moved: later invocations on this port see it, as in-flight ones do at their next turn. */
  | { type: "clock"; offsetMs: number }
  /** Asks for the thread's own CPU time (answered with a "cpu" message of the same id). */
  | { type: "cpu"; id: number };

/** From a handler thread to the stack. */
export type FromHandlerThread =
  | { type: "result"; id: number; value: unknown }
  | { type: "failed"; id: number; error: ErrorShape }
  /** A handler's console line, printed by the stack's console (where the bench and the tests read it). */
  | { type: "console"; level: "log" | "info" | "warn" | "error"; args: unknown[] }
  /** The thread's own CPU time so far (/proc/thread-self), sent on request for the bench's busy figures. */
  | { type: "cpu"; id: number; micros: number | undefined };

/** What a handler thread is started with (its workerData). */
export interface HandlerThreadData {
  clockOffsetMs: number;
}
