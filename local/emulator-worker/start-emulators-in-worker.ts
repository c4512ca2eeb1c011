import { Worker } from "node:worker_threads";
import type { LocalDynamoOptions } from "../dynamo/start-local-dynamo.js";
import { type EmulatorMessage, type EmulatorWorkerData, fromErrorShape } from "./emulator-messages.js";

export interface EmulatorThread {
  dynamoUrl: string;
  /** The SES emulator's URL; undefined when none was asked for. */
  sesUrl: string | undefined;
  /** The thread's own CPU time so far in microseconds (undefined where there is no /proc). */
  cpuMicros(): Promise<number | undefined>;
  close(): Promise<void>;
}

/**
 * DynamoDB (dynalite and its front, with the write journal) and SES in a worker thread of this process, so
 * that they run on the second core while the handlers run on the first: each request they serve was
 * otherwise CPU taken from the handlers. They are reached as before, over loopback HTTP, by the real SDK
 * clients. The thread dies with the process (a kill -9 leaves nothing behind); an error that ends it while
 * the stack serves is thrown here as an uncaught exception, as it was when dynalite ran in this thread.
 */
export function startEmulatorsInWorker(options: {
  dynamo: LocalDynamoOptions;
  /** Where to start SES (0 picks a free port); undefined starts none. */
  sesPort: number | undefined;
}): Promise<EmulatorThread> {
  const data: EmulatorWorkerData = { dynamo: options.dynamo, sesPort: options.sesPort };
  const worker = new Worker(new URL("./emulator-worker-entry.mjs", import.meta.url), { workerData: data });
  return new Promise((resolve, reject) => {
    let started = false;
    let closing = false;
    let closed: () => void = () => {};
    const cpuAnswers: Array<(micros: number | undefined) => void> = [];
    const onFailure = (err: Error) => {
      if (closing) return;
      closing = true;
      // Before "ready" the start fails; after it, the store is gone while the stack serves: fail loudly.
      if (started)
        process.nextTick(() => {
          throw err;
        });
      else reject(err);
    };
    worker.on("error", onFailure);
    worker.on("exit", (code) => {
      if (closing) return closed();
      onFailure(new Error(`The emulator thread (DynamoDB, SES) ended unexpectedly (exit code ${code}).`));
    });
    worker.on("message", (m: EmulatorMessage) => {
      if (m.type === "failed") {
        closing = true;
        void worker.terminate();
        reject(fromErrorShape(m.error));
      } else if (m.type === "cpu") {
        cpuAnswers.shift()?.(m.micros);
      } else if (m.type === "closed") {
        void worker.terminate();
      } else if (m.type === "ready") {
        started = true;
        resolve({
          dynamoUrl: m.dynamoUrl,
          sesUrl: m.sesUrl,
          cpuMicros: () =>
            new Promise((answer) => {
              if (closing) return answer(undefined);
              cpuAnswers.push(answer);
              worker.postMessage("cpu");
            }),
          close: () =>
            new Promise<void>((ok) => {
              if (closing) return ok();
              closing = true;
              closed = ok;
              worker.postMessage("close");
            }),
        });
      }
    });
  });
}
