import { Agent, createServer, type IncomingHttpHeaders, request, type Server } from "node:http";
import { createRequire } from "node:module";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { listenOn } from "../listen-on.js";
import { readBodyUpTo } from "../read-body-up-to.js";
import { OrderedDispatch } from "./ordered-dispatch.js";
import { repairTornWrites } from "./repair-torn-writes.js";
import { TableKeyNames } from "./table-key-names.js";

const require = createRequire(import.meta.url);

/** dynalite's own request limit: a larger body gets the same 413. */
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "host"]);

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

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function close(server: Server): Promise<void> {
  return new Promise((ok) => {
    server.closeAllConnections?.();
    server.close(() => ok());
  });
}

/**
 * The local DynamoDB: dynalite (DynamoDB's API on LevelDB, persisted under `path`) behind a thin HTTP
 * front that runs requests touching the same data in the order they arrived (see ArrivalOrder).
 *
 * Why the front (what reading and racing dynalite 4.0.0 shows):
 * - PutItem/UpdateItem/DeleteItem take an in-memory per-item lock (the `lock` package, one lock map per
 *   table "sub-db") around read-check-write and release it only after the item's LevelDB put resolved;
 *   GetItem, BatchGetItem, Query and Scan take no lock. In one process that lock holds: thousands of
 *   racing conditional writes never gave two winners nor a GetItem older than an acknowledged write (the
 *   race test passes against dynalite bare too, RACE_BARE=1). Two dynalites on one directory cannot
 *   happen either: LevelDB's LOCK file makes the second fail (and crash the process, see below).
 * - Nothing is atomic on disk: a write is several separate LevelDB operations, the index deletes, then
 *   the index puts (in parallel), then the item put; never one batch. A Query meanwhile sees the index
 *   half updated: an item whose index key changes is missing from it, and one whose key stays is newer
 *   in the index than in the table. This one is reproduced (the race test's index Query fails bare). A
 *   crash in between leaves index and item disagreeing for good. A large store (hundreds of SST files,
 *   compactions) and a long busy run make every operation slower and these windows wider.
 * - An unexpected storage error is rethrown from a callback (`if (err) throw err`): an uncaught exception
 *   in the process that embeds it, which in our stack also runs the handlers.
 * So the guarantee is made ours and checkable instead of resting on dynalite's lock: dynalite never sees
 * two writes of one item at once, a read of an item never runs before a write of it that arrived
 * earlier, a Query/Scan never overlaps a write of its table, a table change runs alone. See
 * test/integration/local/local-dynamo-race.test.ts and bench/local-dynamo-puts.ts.
 */
export async function startLocalDynamo(options: LocalDynamoOptions): Promise<LocalDynamo> {
  const dynalite = require("dynalite") as (o: object) => Server;
  const backend = dynalite({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  if (options.ordered === false) {
    const port = await listenOn(backend, options.port);
    return { url: `http://127.0.0.1:${port}`, close: () => close(backend) };
  }
  // The front keeps its connections to dynalite alive; were dynalite to close an idle one (Node's default
  // 5 s keep-alive timeout) just as the front reuses it, the request would die with "socket hang up" (seen
  // in CI as a 500 from the local store). Only the front connects here, so dynalite never times them out.
  backend.keepAliveTimeout = 0;
  const backendPort = await listenOn(backend, 0);
  const backendUrl = `http://127.0.0.1:${backendPort}`;
  const agent = new Agent({ keepAlive: true });
  const describer = new DynamoDBClient({
    region: "us-east-1",
    endpoint: backendUrl,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const dispatch = new OrderedDispatch(new TableKeyNames(describer));
  // Before anything is served: undo what a kill -9 cut in half last time (see repair-torn-writes.ts).
  try {
    await repairTornWrites(describer);
  } catch (err) {
    describer.destroy();
    agent.destroy();
    await close(backend);
    throw err;
  }

  const forward = (method: string, url: string, headers: IncomingHttpHeaders, body: Buffer) =>
    new Promise<Answer>((ok, fail) => {
      const outHeaders: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) outHeaders[name] = value;
      }
      outHeaders["content-length"] = String(body.length);
      const out = request({
        host: "127.0.0.1",
        port: backendPort,
        method,
        path: url,
        headers: outHeaders,
        agent,
      });
      out.on("error", fail);
      out.on("response", (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("error", fail);
        res.on("end", () =>
          ok({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      out.end(body);
    });

  const front = createServer(async (req, res) => {
    try {
      const body = await readBodyUpTo(req, MAX_REQUEST_BYTES);
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
      const answer = await dispatch.run(operation, parsed, () =>
        forward(req.method ?? "POST", req.url ?? "/", req.headers, body),
      );
      const headers: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
      }
      headers["content-length"] = String(answer.body.length);
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
    agent.destroy();
    await close(backend);
    throw err;
  }
  return {
    url: `http://127.0.0.1:${frontPort}`,
    close: async () => {
      await close(front);
      describer.destroy();
      agent.destroy();
      await close(backend);
    },
  };
}
