import type { JournalEntry } from "./write-journal.js";

/** A raw DynamoDB JSON request to the store: operation and body in, status and parsed body out. */
export type RawCall = (
  op: string,
  body: object,
) => Promise<{ status: number; json: Record<string, unknown> }>;

type Json = Record<string, unknown>;

async function ok(call: RawCall, op: string, body: object): Promise<Json> {
  const out = await call(op, body);
  if (out.status !== 200) throw new Error(`local store snapshot: ${op} answered ${out.status}`);
  return out.json;
}

/** The CreateTable request that makes a table like the one DescribeTable shows (keys, attributes, indexes). */
function createTableBody(table: Json): Json {
  const throughput = (t: unknown) => {
    const p = (t ?? {}) as Json;
    return { ReadCapacityUnits: p.ReadCapacityUnits ?? 1, WriteCapacityUnits: p.WriteCapacityUnits ?? 1 };
  };
  const onDemand = (table.BillingModeSummary as Json | undefined)?.BillingMode === "PAY_PER_REQUEST";
  const index = (i: Json, global: boolean) => ({
    IndexName: i.IndexName,
    KeySchema: i.KeySchema,
    Projection: i.Projection,
    ...(global && !onDemand ? { ProvisionedThroughput: throughput(i.ProvisionedThroughput) } : {}),
  });
  const gsis = (table.GlobalSecondaryIndexes as Json[] | undefined) ?? [];
  const lsis = (table.LocalSecondaryIndexes as Json[] | undefined) ?? [];
  return {
    TableName: table.TableName,
    KeySchema: table.KeySchema,
    AttributeDefinitions: table.AttributeDefinitions,
    ...(onDemand
      ? { BillingMode: "PAY_PER_REQUEST" }
      : { ProvisionedThroughput: throughput(table.ProvisionedThroughput) }),
    ...(gsis.length ? { GlobalSecondaryIndexes: gsis.map((i) => index(i, true)) } : {}),
    ...(lsis.length ? { LocalSecondaryIndexes: lsis.map((i) => index(i, false)) } : {}),
  };
}

/**
 * The store as the shortest journal that rebuilds it: each table's CreateTable, then a PutItem per item.
 * The store must not change while this runs (the caller holds every request back).
 */
export async function storeSnapshot(call: RawCall): Promise<JournalEntry[]> {
  const entries: JournalEntry[] = [];
  const names: string[] = [];
  let start: string | undefined;
  do {
    const out = await ok(call, "ListTables", start ? { ExclusiveStartTableName: start } : {});
    names.push(...((out.TableNames as string[] | undefined) ?? []));
    start = out.LastEvaluatedTableName as string | undefined;
  } while (start);
  for (const name of names) {
    const described = (await ok(call, "DescribeTable", { TableName: name })).Table as Json;
    entries.push({ op: "CreateTable", body: JSON.stringify(createTableBody(described)) });
    let from: Json | undefined;
    do {
      const page = await ok(call, "Scan", { TableName: name, ...(from ? { ExclusiveStartKey: from } : {}) });
      for (const item of (page.Items as Json[] | undefined) ?? []) {
        entries.push({ op: "PutItem", body: JSON.stringify({ TableName: name, Item: item }) });
      }
      from = page.LastEvaluatedKey as Json | undefined;
    } while (from);
  }
  return entries;
}
