import type { LocalDynamoOptions } from "../dynamo/start-local-dynamo.js";

/** What the emulator thread is started with (its workerData). */
export interface EmulatorWorkerData {
  dynamo: LocalDynamoOptions;
  /** Where to start the SES emulator (0 picks a free port); undefined starts none (the stack uses another). */
  sesPort: number | undefined;
}

/** An error carried across the thread boundary with what callers look at (EADDRINUSE and its port). */
export interface ErrorShape {
  message: string;
  stack?: string;
  code?: string;
  port?: number;
}

/** From the emulator thread to the stack. */
export type EmulatorMessage =
  | { type: "ready"; dynamoUrl: string; sesUrl: string | undefined }
  | { type: "failed"; error: ErrorShape }
  | { type: "closed" }
  /** The thread's own CPU time so far in microseconds, asked for with "cpu". */
  | { type: "cpu"; micros: number | undefined };

export function toErrorShape(err: unknown): ErrorShape {
  const e = err as Partial<ErrorShape> | undefined;
  return {
    message: err instanceof Error ? err.message : String(err),
    ...(err instanceof Error && err.stack ? { stack: err.stack } : {}),
    ...(typeof e?.code === "string" ? { code: e.code } : {}),
    ...(typeof e?.port === "number" ? { port: e.port } : {}),
  };
}

export function fromErrorShape(shape: ErrorShape): Error {
  const err = Object.assign(new Error(shape.message), {
    ...(shape.code ? { code: shape.code } : {}),
    ...(shape.port !== undefined ? { port: shape.port } : {}),
  });
  if (shape.stack) err.stack = shape.stack;
  return err;
}
