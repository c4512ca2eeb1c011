/**
 * The local stack as a child process a reliability scenario can kill -9 (scenario 3). Like `npm start`
 * (local/start.ts), with fast timers: the scheduler checks for due schedules every 200 ms and the
 * reconciler runs every second. Its SES emulator keeps mail in memory, which a kill would lose, so every
 * connection to it is sent instead to the parent's SES (CRASH_SES_URL), which outlives the crashes and
 * counts every email. Prints READY and the ports it bound (JSON) once it serves.
 */
import http from "node:http";
import { startLocalStack } from "../../../local/local-stack.js";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};
const parentSes = new URL(env("CRASH_SES_URL"));
/** The port of this stack's own SES emulator, once the stack has set the handlers' endpoint to it. */
const ownSesPort = () => {
  const url = process.env.AWS_ENDPOINT_URL_SESV2;
  return url ? Number(new URL(url).port) : undefined;
};
type Create = (options: { port?: number | string; host?: string }, cb?: unknown) => unknown;
const agent = http.Agent.prototype as unknown as { createConnection: Create };
const createConnection = agent.createConnection;
agent.createConnection = function (this: unknown, options, cb) {
  const redirected =
    Number(options.port) === ownSesPort()
      ? { ...options, host: parentSes.hostname, port: Number(parentSes.port) }
      : options;
  return createConnection.call(this, redirected, cb);
};

// 0 (the first start) lets the system pick each port; a restart passes back the ones printed with READY.
const stack = await startLocalStack({
  dataDir: env("CRASH_DATA_DIR"),
  port: Number(env("CRASH_PORT")),
  dynamoPort: Number(env("CRASH_DYNAMODB_PORT")),
  schedulerPort: Number(env("CRASH_SCHEDULER_PORT")),
  sesPort: Number(env("CRASH_SES_PORT")),
  s3Port: Number(env("CRASH_S3_PORT")),
  smtpPort: Number(env("CRASH_SMTP_PORT")),
  pollIntervalMs: 200,
  reconcileIntervalMs: 1000,
  // The handlers run on this thread, whatever LOCAL_HANDLER_THREADS says: the SES redirect above patches this
  // thread's http.Agent, which handler threads would not share, and their mail would escape the count.
  handlerThreads: 0,
  // The stack's own log (a reconciler run that failed, a schedule that went to its dead letters) goes to
  // stderr, where the scenario looks for why a step was lost.
  log: (line) => console.error(line),
});
console.log(`READY ${JSON.stringify(stack.ports)}`);
