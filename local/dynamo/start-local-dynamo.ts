import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { createRequire } from "node:module";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { closeServer } from "../close-server.js";
import { listenOn } from "../listen-on.js";
import { readBodyUpTo } from "../read-body-up-to.js";
import { cacheExpressionParses } from "./cache-expression-parses.js";
import { type Answer, callInProcess } from "./call-in-process.js";
import { openStoreJournal } from "./open-store-journal.js";
import { OrderedDispatch } from "./ordered-dispatch.js";
import { RAW_HEADERS } from "./raw-headers.js";
import { traceRequest } from "./request-trace.js";
import { type RawCall, storeSnapshot } from "./store-snapshot.js";
import { TableKeyNames } from "./table-key-names.js";
import { withConditionFailureItem } from "./with-condition-failure-item.js";

const require = createRequire(import.meta.url);

/** dynalite's own request limit: a larger body gets the same 413. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host"]);
/** Requests that change the store: journaled once answered 200. */
const WRITES = new Set([
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "BatchWriteItem",
  "CreateTable",
  "DeleteTable",
  "UpdateTable",
  "TagResource",
  "UntagResource",
]);
/**
 * The journal is rewritten as a snapshot while serving only once it is past this and four times its last
 * snapshot's size: every request waits meanwhile, and under load a pause of a few seconds times out the
 * clients' calls (seen at 64 MiB: bursts of failed records in a duplicate-fires run). At start it always is.
 */
const MIN_COMPACT_BYTES = 1024 * 1024 * 1024;
const TABLE_OPS = new Set(["CreateTable", "UpdateTable", "DeleteTable"]);

export interface LocalDynamoOptions {
  /** LevelDB directory; undefined keeps the data in memory. */
  path: string | undefined;
  /** 0 picks a free port. */
  port: number;
  /**
   * false serves dynalite bare, without the ordering front (only for the bench's "before" figure and for
   * showing what the front adds; the local stack never does this).
   */
  ordered?: boolean;
}

export interface LocalDynamo {
  url: string;
  close(): Promise<void>;
}

/**
 * The local DynamoDB: dynalite (DynamoDB's API) kept in memory, behind a thin HTTP front that runs requests
 * touching the same data in the order they arrived (see ArrivalOrder) and makes the store durable itself:
 * every write request answered 200 is appended to a journal in `path` before its answer leaves, and on
 * start the journal is replayed into an empty dynalite, then rewritten as a snapshot (CreateTable and one
 * PutItem per item); past max(1 GiB, 4 x the last snapshot) it is rewritten while serving, with requests
 * held back. A lock file keeps a second store off a directory in use; a directory an earlier version left
 * as LevelDB is read once into the journal. `LOCAL_DYNAMO_TRACE=<file>` logs every interview item request
 * (request-trace.ts), which is how the reason for all this was found.
 *
 * Why not dynalite's own LevelDB store (what reading, racing and tracing dynalite 4.0.0 showed):
 * - It went back in time. In a duplicate-fires run under load, one interview item read version 24 for
 *   15 s, then, with no write of it in between, version 15 (an item 9 writes old, 40 s old), during a
 *   LevelDB compaction of two level-0 files; the next conditional write expecting 15 succeeded, and the
 *   sender re-sent 4 emails the lost versions had recorded as sent (issue 9). The same signature failed
 *   the suite's duplicate-fires on main at the same point of the run (the same amount of data written).
 *   classic-level 3.0.0 builds LevelDB 1.20 with its own patch to Get. The journal has no compaction
 *   below it: the store in memory is only ever the sum of the writes acknowledged.
 * - Nothing is atomic on disk: a write is several separate LevelDB operations (the index deletes, then
 *   the index puts in parallel, then the item put), so a kill -9 in between left index and item
 *   disagreeing for good. A journal line is one write.
 * - PutItem/UpdateItem/DeleteItem take an in-memory per-item lock around read-check-write; GetItem, Query
 *   and Scan take none, and a Query meanwhile sees an index half updated. Hence the ordering front:
 *   dynalite never sees two writes of one item at once, a read of an item never runs before a write of
 *   it that arrived earlier, a Query/Scan never overlaps a write of its table, a table change runs alone.
 * - An unexpected storage error is rethrown from a callback (`if (err) throw err`): an uncaught exception
 *   in the process that embeds it, which in our stack also runs the handlers.
 * See test/integration/local/local-dynamo-race.test.ts, local-dynamo-journal.test.ts and
 * bench/local-dynamo-puts.ts.
 */
export async function startLocalDynamo(options: LocalDynamoOptions): Promise<LocalDynamo> {
  const dynalite = require("dynalite") as (o: object) => Server;
  cacheExpressionParses(require);
  const tableMs = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };
  if (options.ordered === false) {
    const bare = dynalite({ path: options.path, ...tableMs });
    const port = await listenOn(bare, options.port);
    return { url: `http://127.0.0.1:${port}`, close: () => closeServer(bare) };
  }
  // dynalite in memory, made durable by our journal (see below): its LevelDB store went back in time.
  const store = options.path ? await openStoreJournal(options.path, dynalite) : undefined;
  const backend = dynalite({ ...tableMs });
  // Only the front's key-name lookups (DescribeTable) still connect here, over kept-alive connections; were
  // dynalite to close an idle one (Node's default 5 s keep-alive timeout) just as one is reused, the call
  // would die with "socket hang up" (seen in CI when every request went this way): it never times them out.
  backend.keepAliveTimeout = 0;
  const backendPort = await listenOn(backend, 0);
  const backendUrl = `http://127.0.0.1:${backendPort}`;
  const describer = new DynamoDBClient({
    region: "us-east-1",
    endpoint: backendUrl,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const dispatch = new OrderedDispatch(new TableKeyNames(describer));
  // Requests reach dynalite in this thread, without a second HTTP exchange (see callInProcess); the
  // listening backend answers only the key-name lookups of TableKeyNames.
  const [listener] = backend.listeners("request") as Parameters<typeof callInProcess>[0][];
  if (!listener) throw new Error("dynalite has no request listener");
  const forward = (method: string, url: string, headers: IncomingHttpHeaders, body: Buffer) =>
    callInProcess(listener, method, url, headers, body);

  const raw: RawCall = async (op, body) => {
    const answer = await forward(
      "POST",
      "/",
      { ...RAW_HEADERS, "x-amz-target": `DynamoDB_20120810.${op}` },
      Buffer.from(JSON.stringify(body)),
    );
    return { status: answer.status, json: JSON.parse(answer.body.toString("utf8") || "{}") };
  };
  const journal = store?.journal;
  let compactAt = MIN_COMPACT_BYTES;
  if (store && journal) {
    try {
      for (const [i, entry] of store.entries.entries()) {
        const headers = { ...RAW_HEADERS, "x-amz-target": `DynamoDB_20120810.${entry.op}` };
        const answer = await forward("POST", "/", headers, Buffer.from(entry.body));
        if (answer.status !== 200)
          throw new Error(
            `The local store's journal (${options.path}) could not be replayed: entry ${i + 1}, ${entry.op}, answered ${answer.status} ${answer.body.toString("utf8").slice(0, 200)}`,
          );
        // dynalite makes a table ACTIVE a moment after answering (a timer, even at 0 ms): the next entry
        // may already write to it.
        if (TABLE_OPS.has(entry.op))
          await settledTable(raw, (JSON.parse(entry.body) as { TableName: string }).TableName);
      }
      if (store.entries.length > 0) journal.replaceWith(await storeSnapshot(raw));
      compactAt = Math.max(MIN_COMPACT_BYTES, 4 * journal.size);
    } catch (err) {
      store.release();
      describer.destroy();
      await closeServer(backend);
      throw err;
    }
  }

  // Compaction of the journal while serving: new requests wait, the ones running finish, the store is
  // written out as a snapshot, then the waiting requests go on in the order they arrived.
  let running = 0;
  let pause: { gate: Promise<void>; open: () => void; started: boolean } | undefined;
  const compactNow = async () => {
    if (!journal || !pause || pause.started) return;
    pause.started = true;
    try {
      journal.replaceWith(await storeSnapshot(raw));
      compactAt = Math.max(MIN_COMPACT_BYTES, 4 * journal.size);
    } catch {
      // The journal is still whole (it is only replaced once the snapshot is written); try again later.
      compactAt = 2 * journal.size;
    } finally {
      const p = pause;
      pause = undefined;
      p?.open();
    }
  };
  const afterRequest = () => {
    if (journal && !pause && journal.size >= compactAt) {
      let open: () => void = () => {};
      const gate = new Promise<void>((ok) => {
        open = ok;
      });
      pause = { gate, open, started: false };
    }
    if (pause && running === 0) void compactNow();
  };

  const front = createServer(async (req, res) => {
    try {
      const body = await readBodyUpTo(req, MAX_REQUEST_BYTES);
      const arrived = Date.now();
      if (body === undefined) {
        res.writeHead(413, { "content-length": "0" }).end();
        return;
      }
      // From here to dispatch.run nothing may await: the claims are registered in arrival order.
      const operation = String(req.headers["x-amz-target"] ?? "").split(".")[1] ?? "";
      let parsed: unknown;
      try {
        parsed = req.method === "POST" ? JSON.parse(body.toString("utf8")) : undefined;
      } catch {
        parsed = undefined; // dynalite answers SerializationException; nothing to order.
      }
      while (pause) await pause.gate;
      running++;
      let answer: Answer;
      try {
        answer = await dispatch.run(operation, parsed, async () => {
          const a = await forward(req.method ?? "POST", req.url ?? "/", req.headers, body);
          // Durable before the answer leaves, and before the next write of the same data runs.
          if (journal && a.status === 200 && WRITES.has(operation))
            journal.append(operation, body.toString("utf8"));
          // Still this request's turn on its item: a failed condition's ALL_OLD item, as DynamoDB gives it.
          return { ...a, body: await withConditionFailureItem(operation, parsed, a, raw) };
        });
      } finally {
        running--;
        afterRequest();
      }
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      }
      headers["content-length"] = String(answer.body.length);
      const trace = process.env.LOCAL_DYNAMO_TRACE;
      if (trace)
        traceRequest(
          trace,
          operation,
          parsed,
          arrived,
          answer.status,
          answer.body,
          res.destroyed || !res.socket || res.socket.destroyed,
        );
      res.writeHead(answer.status, headers).end(answer.body);
    } catch (err) {
      if (res.headersSent) return void res.destroy();
      const payload = JSON.stringify({
        __type: "com.amazonaws.dynamodb.v20120810#InternalServerError",
        message: `Local store unavailable: ${err instanceof Error ? err.message : String(err)}`,
      });
      res.writeHead(500, { "content-type": "application/x-amz-json-1.0" }).end(payload);
    }
  });
  let frontPort: number;
  try {
    frontPort = await listenOn(front, options.port);
  } catch (err) {
    describer.destroy();
    await closeServer(backend);
    throw err;
  }
  return {
    url: `http://127.0.0.1:${frontPort}`,
    close: async () => {
      await closeServer(front);
      describer.destroy();
      await closeServer(backend);
      store?.release();
    },
  };
}

/** Waits until `table` is ACTIVE, or gone (after a DeleteTable). */
async function settledTable(raw: RawCall, table: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    const out = await raw("DescribeTable", { TableName: table });
    const status = (out.json.Table as { TableStatus?: string } | undefined)?.TableStatus;
    if (out.status !== 200 || status === "ACTIVE") return;
    await new Promise((ok) => setTimeout(ok, 10));
  }
}
