import { parentPort, workerData } from "node:worker_threads";
import { type LocalDynamo, startLocalDynamo } from "../dynamo/start-local-dynamo.js";
import { threadCpuMicros } from "../handler-threads/thread-cpu-micros.js";
import { type SesEmulator, startSesEmulator } from "../start-ses-emulator.js";
import { type EmulatorMessage, type EmulatorWorkerData, toErrorShape } from "./emulator-messages.js";

/**
 * The emulator thread's work: DynamoDB (dynalite behind its ordering, journaling front) and SES (unless
 * workerData says none), started from workerData; says "ready" with their URLs or "failed" with why; on "close", closes them and says
 * "closed"; on "cpu", says its own CPU time (the bench's busy figures). Everything else (journal, lock file, ordering) is exactly as in one thread.
 */
export async function serveEmulators(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error("serveEmulators runs in a worker thread");
  const data = workerData as EmulatorWorkerData;
  const say = (m: EmulatorMessage) => port.postMessage(m);
  let dynamo: LocalDynamo | undefined;
  let ses: SesEmulator | undefined;
  const closeAll = async () => {
    await ses?.close().catch(() => {});
    await dynamo?.close().catch(() => {});
  };
  try {
    dynamo = await startLocalDynamo(data.dynamo);
    if (data.sesPort !== undefined) ses = await startSesEmulator(data.sesPort);
  } catch (err) {
    await closeAll();
    say({ type: "failed", error: toErrorShape(err) });
    return;
  }
  port.on("message", (m: unknown) => {
    if (m === "cpu") say({ type: "cpu", micros: threadCpuMicros() });
    if (m !== "close") return;
    void closeAll().then(() => {
      say({ type: "closed" });
      port.close();
    });
  });
  say({ type: "ready", dynamoUrl: dynamo.url, sesUrl: ses?.url });
}
