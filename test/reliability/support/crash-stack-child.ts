/**
 * The local stack as a child process a reliability scenario can kill -9 (scenario 3). Like `npm start`
 * (local/start.ts), handler threads included, with fast timers: the scheduler checks for due schedules every
 * 200 ms and the reconciler runs every second. Its handlers send to the parent's SES (CRASH_SES_URL), which
 * outlives the crashes and counts every email: an SES of its own would keep mail in memory, which a kill
 * would lose. Prints READY and the ports it bound (JSON) once it serves.
 */
import { startLocalStack } from "../../../local/local-stack.js";

const env = (name: string) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is required`);
  return v;
};

// 0 (the first start) lets the system pick each port; a restart passes back the ones printed with READY.
const stack = await startLocalStack({
  dataDir: env("CRASH_DATA_DIR"),
  port: Number(env("CRASH_PORT")),
  dynamoPort: Number(env("CRASH_DYNAMODB_PORT")),
  schedulerPort: Number(env("CRASH_SCHEDULER_PORT")),
  sesPort: 0,
  sesEndpoint: env("CRASH_SES_URL"),
  s3Port: Number(env("CRASH_S3_PORT")),
  smtpPort: Number(env("CRASH_SMTP_PORT")),
  pollIntervalMs: 200,
  reconcileIntervalMs: 1000,
  // The stack's own log (a reconciler run that failed, a schedule that went to its dead letters) goes to
  // stderr, where the scenario looks for why a step was lost.
  log: (line) => console.error(line),
});
console.log(`READY ${JSON.stringify(stack.ports)}`);
