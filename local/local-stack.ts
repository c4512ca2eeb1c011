import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { ConflictException, CreateScheduleGroupCommand, SchedulerClient } from "@aws-sdk/client-scheduler";
import { environmentFor } from "../shared/config/environment-for.js";
import { ENTRIES } from "../shared/entries/entry-catalogue.js";
import { clockRoutes } from "./clock-routes.js";
import { copySuppressionMarksOnce } from "./copy-suppression-marks-once.js";
import { createLocalTable } from "./create-local-table.js";
import { startEmulatorsInWorker } from "./emulator-worker/start-emulators-in-worker.js";
import { handlerInvoker } from "./handler-threads/handler-invoker.js";
import { LocalClock } from "./local-clock.js";
import { handlerThreadCount, localConfig } from "./local-config.js";
import { startLocalGateway } from "./local-gateway.js";
import { localHandlerEnvironment } from "./local-handler-environment.js";
import { LocalJwt } from "./local-jwt.js";
import {
  LOCAL_ACCOUNT,
  LOCAL_INBOUND_BUCKET,
  LOCAL_INBOUND_PREFIX,
  LOCAL_REGION,
  LOCAL_REPLY_DOMAIN,
  LOCAL_SCHEDULE_GROUP,
  LOCAL_TABLE,
  SENDER_ARN,
} from "./local-names.js";
import { localReceiptEvent } from "./local-receipt-event.js";
import { startS3Emulator } from "./s3/s3-emulator.js";
import { type SchedulerEmulator, startSchedulerEmulator } from "./scheduler/scheduler-emulator.js";
import { startSmtpListener } from "./smtp-listener.js";
import { startSesFront } from "./start-ses-front.js";

/** How long a start waits for the schedules that fell due while the stack was down before it serves. */
const START_CATCH_UP_MS = 5_000;

/** Lambda targets the scheduler emulator can invoke, by ARN: the same entry files the CDK app deploys. */
const TARGETS: Record<string, string> = { [SENDER_ARN]: ENTRIES.sender.entry };

/** Where the stack listens; 0 lets the system pick a free port, and `LocalStack.ports` says which. */
export interface LocalStackPorts {
  /** The HTTP API. */
  port: number;
  dynamoPort: number;
  schedulerPort: number;
  sesPort: number;
  /** The local S3 (raw inbound mail). */
  s3Port: number;
  /** Where replies arrive by SMTP. */
  smtpPort: number;
}

/** Every port picked by the system: for tests, benches and the demo, which must not collide with anything. */
export const ANY_PORTS: LocalStackPorts = {
  port: 0,
  dynamoPort: 0,
  schedulerPort: 0,
  sesPort: 0,
  s3Port: 0,
  smtpPort: 0,
};

export interface LocalStackOptions extends LocalStackPorts {
  dataDir: string;
  /** Real-time period of the reconciler (re-creates missing schedules); 0 disables it. Default 60 s. */
  reconcileIntervalMs?: number;
  /** Real-time period of the scheduler's due check; 0 disables it (tests drive the clock). */
  pollIntervalMs?: number;
  /**
   * Worker threads that run the handlers, as Lambda runs many instances; 0 runs them on the stack's own
   * thread. Default: LOCAL_HANDLER_THREADS, else 2 (local-config.ts).
   */
  handlerThreads?: number;
  /**
   * An SES (v2 API) already running, e.g. one that outlives this stack: the stack starts no SES emulator,
   * and every handler, on every thread, sends to it through the stack's SES front (on `sesPort`, which
   * publishes the Send events). Default: the stack's own.
   */
  sesEndpoint?: string;
  log?: (line: string) => void;
}

export interface LocalStack {
  apiUrl: string;
  dynamoUrl: string;
  schedulerUrl: string;
  sesUrl: string;
  s3Url: string;
  smtpPort: number;
  /** The ports actually bound: a restart on the same data must come back on these. */
  ports: LocalStackPorts;
  dataDir: string;
  clock: LocalClock;
  jwt: LocalJwt;
  scheduler: SchedulerEmulator;
  /** Worker threads running the handlers (0: this thread). */
  handlerThreads: number;
  /**
   * CPU time so far in microseconds of each handler thread ([] when the handlers run on this thread) and of
   * the emulator thread (DynamoDB, SES); undefined where there is no /proc.
   */
  threadCpuMicros(): Promise<{ handlers: Array<number | undefined>; emulators: number | undefined }>;
  close(): Promise<void>;
}

const portOf = (url: string) => Number(new URL(url).port);

/**
 * The whole service on one machine: DynamoDB (dynalite, persisted), EventBridge Scheduler (our emulator,
 * persisted), SES (aws-ses-v2-local) and the HTTP API gateway, with the real handlers reaching the
 * emulators through the SDK's standard endpoint variables.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const threadCount = options.handlerThreads ?? localConfig().LOCAL_HANDLER_THREADS;
  // Checked before anything starts, by LOCAL_HANDLER_THREADS's rule: NaN or -1 would quietly mean no
  // threads, 1.5 fail at the first invocation.
  if (!handlerThreadCount.safeParse(threadCount).success)
    throw new Error(`handlerThreads must be a whole number of threads from 0 to 64, got ${threadCount}`);
  const log = options.log ?? (() => {});
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const closers: Array<() => Promise<void>> = [];
  const close = async () => {
    for (const c of closers.reverse()) await c().catch(() => {});
  };

  try {
    // dynalite behind a front that orders requests touching the same item (see start-local-dynamo.ts), and
    // SES, in a thread of their own: the second core serves them while this one runs the handlers.
    const emulators = await startEmulatorsInWorker({
      dynamo: { path: join(dataDir, "dynamodb"), port: options.dynamoPort },
      // The stack's own SES (unless the caller runs one) sits behind the SES front below, which takes the
      // stack's SES port.
      sesPort: options.sesEndpoint === undefined ? 0 : undefined,
    });
    closers.push(() => emulators.close());
    const dynamoUrl = emulators.dynamoUrl;
    const clock = new LocalClock(dataDir);
    // Handlers read their configuration once, when first imported: none may run (the scheduler's poll could
    // fire one) before the environment is complete, the API's public URL included, which exists only once the
    // gateway listens.
    let environmentReady: () => void = () => {};
    const ready = new Promise<void>((ok) => {
      environmentReady = ok;
    });
    const handlers = handlerInvoker({ threads: threadCount, clock, ready });
    closers.push(() => handlers.close());
    const { invokeAs, invokeEntry } = handlers;
    const ses = await startSesFront({
      port: options.sesPort,
      sesEndpoint: options.sesEndpoint,
      emulatorSesUrl: emulators.sesUrl,
      invokeEntry,
      clock,
      log,
    });
    closers.push(() => ses.close());
    const sesUrl = ses.url;
    const scheduler = await startSchedulerEmulator({
      port: options.schedulerPort,
      dataDir,
      clock,
      pollIntervalMs: options.pollIntervalMs ?? 1000,
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT,
      log,
      invoke: async (arn, input) => {
        const entry = TARGETS[arn];
        if (!entry) throw new Error(`No local target for ${arn}`);
        await invokeEntry(entry, JSON.parse(input));
      },
    });
    closers.push(() => scheduler.close());

    const s3 = await startS3Emulator({ dataDir, port: options.s3Port });
    closers.push(() => s3.close());

    const env = localHandlerEnvironment(dataDir, {
      dynamo: dynamoUrl,
      scheduler: scheduler.url,
      ses: sesUrl,
      s3: s3.url,
    });
    delete process.env.AWS_PROFILE;
    Object.assign(process.env, env);

    const credentials = { accessKeyId: "local", secretAccessKey: "local" };
    const ddb = new DynamoDBClient({ region: LOCAL_REGION, endpoint: dynamoUrl, credentials });
    await createLocalTable(ddb, LOCAL_TABLE);
    await copySuppressionMarksOnce(ddb, LOCAL_TABLE, dataDir);
    ddb.destroy();
    const schedulerClient = new SchedulerClient({
      region: LOCAL_REGION,
      endpoint: scheduler.url,
      credentials,
    });
    try {
      await schedulerClient.send(new CreateScheduleGroupCommand({ Name: LOCAL_SCHEDULE_GROUP }));
    } catch (err) {
      if (!(err instanceof ConflictException)) throw err;
    }
    schedulerClient.destroy();

    const jwt = await LocalJwt.open(dataDir);
    const advanceTo = (until: Date) => scheduler.advanceTo(until, (t) => clock.setNow(t));
    const gateway = await startLocalGateway({
      port: options.port,
      jwt,
      log,
      localRoutes: [clockRoutes(clock, advanceTo)],
      invoke: invokeAs,
    });
    closers.push(() => gateway.close());
    // The sender builds one-click unsubscribe and stop/snooze links under it (the gateway serves
    // /unsubscribe/{token} and /manage/{token}).
    Object.assign(process.env, environmentFor(["publicApiUrl"], { publicApiUrl: gateway.url }));
    environmentReady();

    // Replies by SMTP, stored and handed over exactly as SES does it: raw message to the bucket under the
    // receipt rule's prefix, then the inbound handler with a receipt event naming it.
    const s3Client = new S3Client({ region: LOCAL_REGION, endpoint: s3.url, credentials });
    closers.push(async () => s3Client.destroy());
    const smtp = await startSmtpListener({
      port: options.smtpPort,
      replyDomain: LOCAL_REPLY_DOMAIN,
      log,
      onMessage: async (raw, _envelope, verdicts) => {
        const messageId = randomBytes(16).toString("hex");
        await s3Client.send(
          new PutObjectCommand({
            Bucket: LOCAL_INBOUND_BUCKET,
            Key: `${LOCAL_INBOUND_PREFIX}${messageId}`,
            Body: raw,
          }),
        );
        await invokeEntry(ENTRIES.inbound.entry, localReceiptEvent(messageId, clock.now(), verdicts));
      },
    });
    closers.push(() => smtp.close());

    const reconcileEvery = options.reconcileIntervalMs ?? 60_000;
    if (reconcileEvery > 0) {
      const timer = setInterval(() => {
        invokeEntry(ENTRIES.reconciler.entry, {}).catch((err) => log(`reconciler failed: ${String(err)}`));
      }, reconcileEvery);
      timer.unref();
      closers.push(async () => clearInterval(timer));
    }

    // Schedules that fell due while the stack was down fire now. The stack serves once they have, or after
    // START_CATCH_UP_MS at most: a step whose claim a crash left mid-send answers "busy" until that claim is
    // stale (minutes), and `npm start` must not hang on it; the rest go on firing in the background.
    const catchUp = scheduler
      .fireDue()
      .catch((err: unknown) => log(`scheduler: catching up after the start failed: ${String(err)}`));
    await new Promise<void>((done) => {
      const timer = setTimeout(done, START_CATCH_UP_MS);
      timer.unref();
      void catchUp.then(() => {
        clearTimeout(timer);
        done();
      });
    });

    return {
      apiUrl: gateway.url,
      dynamoUrl,
      schedulerUrl: scheduler.url,
      sesUrl,
      s3Url: s3.url,
      smtpPort: smtp.port,
      ports: {
        port: portOf(gateway.url),
        dynamoPort: portOf(dynamoUrl),
        schedulerPort: portOf(scheduler.url),
        sesPort: portOf(sesUrl),
        s3Port: portOf(s3.url),
        smtpPort: smtp.port,
      },
      dataDir,
      clock,
      jwt,
      scheduler,
      handlerThreads: threadCount,
      threadCpuMicros: async () => ({
        handlers: await handlers.threadCpuMicros(),
        emulators: await emulators.cpuMicros(),
      }),
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}
