// First, with nothing heavy loaded: an unsupported Node.js gets one line saying what to do.
import { exitOnUnsupportedNode } from "./exit-on-unsupported-node.js";

exitOnUnsupportedNode();
const { localConfig, localConfigSchema } = await import("./local-config.js");
const { startLocalStack } = await import("./local-stack.js");
const { nextStepsText } = await import("./next-steps-text.js");

const config = localConfig();
const stack = await startLocalStack({
  dataDir: config.FOLLOWUP_DATA_DIR,
  port: config.PORT,
  dynamoPort: config.DYNAMODB_PORT,
  schedulerPort: config.SCHEDULER_PORT,
  sesPort: config.SES_PORT,
  s3Port: config.S3_PORT,
  smtpPort: config.SMTP_PORT,
  handlerThreads: config.LOCAL_HANDLER_THREADS,
  log: (line) => console.log(`[local] ${line}`),
}).catch((err: Error & { code?: string; port?: number }) => {
  if (err.code === "EADDRINUSE") {
    // The port settings, as local-config.ts names them.
    const settings = (Object.keys(localConfigSchema.shape) as (keyof typeof config)[]).filter((name) =>
      name.endsWith("PORT"),
    );
    const taken = settings.filter((name) => config[name] !== 0 && config[name] === err.port);
    const which = taken.length > 0 ? taken.join(" / ") : settings.join(" / ");
    console.error(
      `A port is already in use (127.0.0.1:${err.port ?? "?"}). Stop the other process, or set ${which} to a free port (0 picks one).`,
    );
  } else {
    console.error(`Could not start the local stack: ${err.message}`);
  }
  process.exit(1);
});

// The web app's sign-in link: a token for "sam" (as `npm run token -- sam` makes), read from the fragment,
// which the browser never sends to a server, and removed from the address bar by the app.
const webLink = `${stack.apiUrl}/#token=${await stack.jwt.sign("sam")}`;
const rows: [string, string, string][] = [
  ["Web app", stack.apiUrl, "open the link below (signed in as sam)"],
  ["API", stack.apiUrl, `OpenAPI: ${stack.apiUrl}/openapi.json`],
  ["Sent mail", stack.sesUrl, `mail viewer; JSON at ${stack.sesUrl}/store`],
  ["DynamoDB", stack.dynamoUrl, "dynalite"],
  ["Scheduler", stack.schedulerUrl, "EventBridge Scheduler emulator"],
  ["S3", stack.s3Url, "raw inbound mail"],
  ["Replies", `smtp://127.0.0.1:${stack.smtpPort}`, "SMTP for mail to @reply.followup.local"],
];
console.log(`
Follow-up scheduler, local stack (no AWS account needed)

${rows.map(([name, url, note]) => `  ${name.padEnd(11)}${url.padEnd(26)}${note}`).join("\n")}
  ${"Data".padEnd(11)}${stack.dataDir}
  ${"Clock".padEnd(11)}${stack.clock.now().toISOString()}
  ${"Handlers".padEnd(11)}${stack.handlerThreads > 0 ? `${stack.handlerThreads} worker threads` : "the main thread"} (LOCAL_HANDLER_THREADS)

Web app (the token in the link is good for 7 days):
  ${webLink}

${nextStepsText(stack, process.env)}

Ctrl-C stops it; everything is kept in ${stack.dataDir}.
`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log("\nStopping...");
  await stack.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
