import {
  type AttributeValue,
  DeleteItemCommand,
  DescribeTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  PutItemCommand,
  ScanCommand,
} from "@aws-sdk/client-dynamodb";

type Item = Record<string, AttributeValue>;

export interface RepairReport {
  /** Index entries of an item the table does not hold (a create cut off mid-write): removed. */
  orphans: number;
  /** Items whose index entries disagreed with the table (an update cut off mid-write): re-indexed. */
  reindexed: number;
}

const keyOf = (item: Item, names: readonly string[]): Item =>
  Object.fromEntries(names.map((n) => [n, item[n] as AttributeValue]));
const idOf = (item: Item, names: readonly string[]) => JSON.stringify(names.map((n) => item[n]));

async function scanAll(client: DynamoDBClient, table: string, index?: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await client.send(
      new ScanCommand({ TableName: table, ...(index ? { IndexName: index } : {}), ExclusiveStartKey: start }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

/**
 * dynalite writes an item and its index entries as separate LevelDB operations, never one batch, so a
 * kill -9 between them leaves the two disagreeing for good: an index entry for an item the table never got
 * (a ghost interview in the owner's list that the reconciler cannot load), or a table item missing from an
 * index (a step that needs the reconciler, invisible to it). The write was never acknowledged, so the table
 * is the truth: on start, before anything is served, every index is compared with the table and rebuilt
 * where they differ, through dynalite's own API. Real DynamoDB needs none of this.
 */
export async function repairTornWrites(client: DynamoDBClient): Promise<RepairReport> {
  const report: RepairReport = { orphans: 0, reindexed: 0 };
  const tables = (await client.send(new ListTablesCommand({}))).TableNames ?? [];
  for (const table of tables) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
    const keyNames = (Table?.KeySchema ?? []).map((k) => k.AttributeName as string);
    const indexes = (Table?.GlobalSecondaryIndexes ?? []).map((i) => ({
      name: i.IndexName as string,
      keys: (i.KeySchema ?? []).map((k) => k.AttributeName as string),
    }));
    if (indexes.length === 0) continue;
    const base = new Map((await scanAll(client, table)).map((item) => [idOf(item, keyNames), item]));
    const toReindex = new Map<string, Item>();
    for (const index of indexes) {
      const seen = new Set<string>();
      for (const entry of await scanAll(client, table, index.name)) {
        const id = idOf(entry, keyNames);
        const item = base.get(id);
        const agrees = item && index.keys.every((k) => JSON.stringify(item[k]) === JSON.stringify(entry[k]));
        if (agrees) {
          seen.add(id);
          continue;
        }
        // Writing the entry's own version makes dynalite own that index entry; then the table's truth
        // (or nothing, for a ghost) replaces it.
        await client.send(new PutItemCommand({ TableName: table, Item: entry }));
        if (item) {
          toReindex.set(id, item);
        } else {
          await client.send(new DeleteItemCommand({ TableName: table, Key: keyOf(entry, keyNames) }));
          report.orphans++;
        }
      }
      for (const [id, item] of base) {
        if (!seen.has(id) && index.keys.every((k) => item[k] !== undefined)) toReindex.set(id, item);
      }
    }
    for (const item of toReindex.values()) {
      await client.send(new PutItemCommand({ TableName: table, Item: item }));
      report.reindexed++;
    }
  }
  return report;
}
