/**
 * Puts per second on the local DynamoDB, dynalite bare ("before") against dynalite behind the ordering
 * front the local stack runs ("after"), both persisted on disk with the project's table (3 GSIs), driven by
 * the real SDK client. Prints figures; asserts nothing.
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
  const rate = async (n: number, run: () => Promise<void>) => {
    const t = performance.now();
    await run();
    return Math.round(n / ((performance.now() - t) / 1000));
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
// does not decide the comparison.
const ROUNDS = 2;
const best = new Map<boolean, Awaited<ReturnType<typeof scenario>>>();
for (let round = 0; round < ROUNDS; round++) {
  for (const ordered of [false, true]) {
    const r = await scenario(ordered);
    const b = best.get(ordered);
    best.set(
      ordered,
      b
        ? {
            sequential: Math.max(b.sequential, r.sequential),
            concurrent: Math.max(b.concurrent, r.concurrent),
            hot: Math.max(b.hot, r.hot),
            conflicts: r.conflicts,
          }
        : r,
    );
  }
}
const rows: Array<[string, Awaited<ReturnType<typeof scenario>>]> = [
  ["dynalite bare (before)", best.get(false) as Awaited<ReturnType<typeof scenario>>],
  ["ordered front (after)", best.get(true) as Awaited<ReturnType<typeof scenario>>],
];
console.log(
  `puts/s, persisted, 1.5 KB items, 3 GSIs; ${SEQUENTIAL} sequential, ${CONCURRENT} by ${CLIENTS} clients, ` +
    `${HOT_WRITES} acknowledged conditional puts on ${HOT_ITEMS} hot items; best of ${ROUNDS} rounds\n`,
);
console.log(
  `${"".padEnd(24)}${"sequential".padStart(12)}${"concurrent".padStart(12)}${"hot cond.".padStart(12)}`,
);
for (const [name, r] of rows) {
  console.log(
    `${name.padEnd(24)}${String(r.sequential).padStart(12)}${String(r.concurrent).padStart(12)}${String(r.hot).padStart(12)}` +
      `   (${r.conflicts} conflicts in the last round)`,
  );
}
