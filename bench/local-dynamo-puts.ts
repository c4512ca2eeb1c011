/**
 * Puts per second and CPU per put on the local DynamoDB, dynalite bare ("before") against dynalite behind
 * the ordering front the local stack runs ("after"), both persisted on disk with the project's table
 * (3 GSIs), driven by the real SDK client. Prints figures; asserts nothing.
 * Usage: AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED=true npx tsx bench/local-dynamo-puts.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConditionalCheckFailedException, DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { createLocalTable } from "../local/create-local-table.js";
import { startLocalDynamo } from "../local/dynamo/start-local-dynamo.js";

const SEQUENTIAL = 1000;
const CONCURRENT = 3000;
const CLIENTS = 16;
const HOT_ITEMS = 8;
const HOT_WRITES = 1000;

interface Figure {
  perSecond: number;
  cpuMicros: number;
}

const item = (pk: string, version: number) => ({
  pk: { S: pk },
  sk: { S: "ITEM" },
  version: { N: String(version) },
  gsi1pk: { S: "OWNER#bench" },
  gsi1sk: { S: `${pk}#${version}` },
  body: { S: "x".repeat(1500) },
});

async function scenario(ordered: boolean) {
  const dir = mkdtempSync(join(tmpdir(), "bench-dynamo-"));
  const store = await startLocalDynamo({ path: join(dir, "dynamodb"), port: 0, ordered });
  const clients = Array.from(
    { length: CLIENTS },
    () =>
      new DynamoDBClient({
        region: "us-east-1",
        endpoint: store.url,
        credentials: { accessKeyId: "local", secretAccessKey: "local" },
        maxAttempts: 1,
      }),
  );
  const first = clients[0] as DynamoDBClient;
  await createLocalTable(first, "bench");
  const put = (client: DynamoDBClient, pk: string, version: number, condition?: number) =>
    client.send(
      new PutItemCommand({
        TableName: "bench",
        Item: item(pk, version),
        ...(condition === undefined
          ? {}
          : {
              ConditionExpression: "version = :v",
              ExpressionAttributeValues: { ":v": { N: String(condition) } },
            }),
      }),
    );
  /** Puts per second (wall clock) and CPU microseconds per put (this process: clients, front and store). */
  const rate = async (n: number, run: () => Promise<void>): Promise<Figure> => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpu);
    return {
      perSecond: Math.round(n / ((performance.now() - t) / 1000)),
      cpuMicros: Math.round((used.user + used.system) / n),
    };
  };

  const sequential = await rate(SEQUENTIAL, async () => {
    for (let i = 0; i < SEQUENTIAL; i++) await put(first, `SEQ#${i}`, 1);
  });
  let next = 0;
  const concurrent = await rate(CONCURRENT, async () => {
    await Promise.all(
      clients.map(async (c) => {
        while (next < CONCURRENT) await put(c, `PAR#${next++}`, 1);
      }),
    );
  });
  for (let i = 0; i < HOT_ITEMS; i++) await put(first, `HOT#${i}`, 0);
  const versions = Array.from({ length: HOT_ITEMS }, () => 0);
  let acked = 0;
  let conflicts = 0;
  const hot = await rate(HOT_WRITES, async () => {
    await Promise.all(
      clients.map(async (c, id) => {
        for (let n = 0; acked < HOT_WRITES; n++) {
          const i = (id + n) % HOT_ITEMS;
          const v = versions[i] as number;
          try {
            await put(c, `HOT#${i}`, v + 1, v);
            acked++;
            versions[i] = Math.max(versions[i] as number, v + 1);
          } catch (err) {
            if (!(err instanceof ConditionalCheckFailedException)) throw err;
            conflicts++;
          }
        }
      }),
    );
  });
  for (const c of clients) c.destroy();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { sequential, concurrent, hot, conflicts };
}

// The machine is shared: alternate the two and keep each one's best round, so a burst of load elsewhere
// does not decide the comparison. CPU per put is the steadier figure on a busy machine.
const ROUNDS = 2;
type Result = Awaited<ReturnType<typeof scenario>>;
const better = (a: Figure, b: Figure): Figure => ({
  perSecond: Math.max(a.perSecond, b.perSecond),
  cpuMicros: Math.min(a.cpuMicros, b.cpuMicros),
});
const best = new Map<boolean, Result>();
for (let round = 0; round < ROUNDS; round++) {
  for (const ordered of [false, true]) {
    const r = await scenario(ordered);
    const b = best.get(ordered);
    best.set(
      ordered,
      b
        ? {
            sequential: better(b.sequential, r.sequential),
            concurrent: better(b.concurrent, r.concurrent),
            hot: better(b.hot, r.hot),
            conflicts: r.conflicts,
          }
        : r,
    );
  }
}
console.log(
  `Persisted, 1.5 KB items, 3 GSIs; ${SEQUENTIAL} sequential puts, ${CONCURRENT} by ${CLIENTS} clients, ` +
    `${HOT_WRITES} acknowledged conditional puts on ${HOT_ITEMS} hot items; best of ${ROUNDS} rounds.\n` +
    "puts/s (CPU µs per acknowledged put)\n",
);
const cell = (f: Figure) => `${f.perSecond} (${f.cpuMicros})`.padStart(16);
console.log(
  `${"".padEnd(24)}${"sequential".padStart(16)}${"concurrent".padStart(16)}${"hot cond.".padStart(16)}`,
);
for (const [name, ordered] of [
  ["dynalite bare (before)", false],
  ["ordered front (after)", true],
] as const) {
  const r = best.get(ordered) as Result;
  console.log(
    `${name.padEnd(24)}${cell(r.sequential)}${cell(r.concurrent)}${cell(r.hot)}   (${r.conflicts} conflicts)`,
  );
}
