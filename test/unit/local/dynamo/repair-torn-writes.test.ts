import type { AttributeValue, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { repairTornWrites } from "../../../../local/dynamo/repair-torn-writes.js";

type Item = Record<string, AttributeValue>;
const s = (v: string): AttributeValue => ({ S: v });
const id = (item: Item) => `${item.pk?.S}|${item.sk?.S}`;

/**
 * A table with one index whose entries can disagree with it, as dynalite's can after a kill -9. Writes
 * behave like dynalite's: a put replaces the item's own index entry (same primary key), a delete removes it.
 */
function tornTable() {
  const table = new Map<string, Item>();
  const index = new Map<string, Item>();
  const indexed = (item: Item) => item.gsi1pk !== undefined && item.gsi1sk !== undefined;
  const client = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const input = command.input;
      switch (command.constructor.name) {
        case "ListTablesCommand":
          return { TableNames: ["followups"] };
        case "DescribeTableCommand":
          return {
            Table: {
              KeySchema: [{ AttributeName: "pk" }, { AttributeName: "sk" }],
              GlobalSecondaryIndexes: [
                { IndexName: "gsi1", KeySchema: [{ AttributeName: "gsi1pk" }, { AttributeName: "gsi1sk" }] },
              ],
            },
          };
        case "ScanCommand":
          return { Items: [...(input.IndexName ? index : table).values()].map((i) => structuredClone(i)) };
        case "PutItemCommand": {
          const item = input.Item as Item;
          table.set(id(item), structuredClone(item));
          index.delete(id(item));
          if (indexed(item)) index.set(id(item), structuredClone(item));
          return {};
        }
        case "DeleteItemCommand": {
          const key = input.Key as Item;
          table.delete(id(key));
          index.delete(id(key));
          return {};
        }
        default:
          throw new Error(`unexpected ${command.constructor.name}`);
      }
    },
  };
  return { table, index, client: client as unknown as DynamoDBClient };
}

const interview = (n: string, version: number): Item => ({
  pk: s(`INTERVIEW#${n}`),
  sk: s("INTERVIEW"),
  gsi1pk: s("OWNER#sam"),
  gsi1sk: s(`2026-12-0${version}#${n}`),
  version: { N: String(version) },
});

describe("repairTornWrites: the table is the truth after a kill -9", () => {
  it("removes an index entry of an item the table never got, re-indexes a stale one, restores a missing one", async () => {
    const t = tornTable();
    const ghost = interview("A", 1);
    t.index.set(id(ghost), ghost); // the create was cut after its index entry
    const stale = interview("B", 1);
    t.table.set(id(stale), stale);
    t.index.set(id(stale), interview("B", 2)); // the update wrote the index, not the item
    const missing = interview("C", 1);
    t.table.set(id(missing), missing); // the index entry was deleted, the new one never written
    const fine = interview("D", 1);
    t.table.set(id(fine), fine);
    t.index.set(id(fine), fine);

    const report = await repairTornWrites(t.client);

    expect(report).toEqual({ orphans: 1, reindexed: 2 });
    expect([...t.table.keys()].sort()).toEqual([
      "INTERVIEW#B|INTERVIEW",
      "INTERVIEW#C|INTERVIEW",
      "INTERVIEW#D|INTERVIEW",
    ]);
    expect([...t.index.values()].map((i) => [id(i), i.gsi1sk?.S]).sort()).toEqual([
      ["INTERVIEW#B|INTERVIEW", "2026-12-01#B"],
      ["INTERVIEW#C|INTERVIEW", "2026-12-01#C"],
      ["INTERVIEW#D|INTERVIEW", "2026-12-01#D"],
    ]);
    expect(t.table.get("INTERVIEW#B|INTERVIEW")?.version).toEqual({ N: "1" });
  });

  it("writes nothing when the index agrees with the table", async () => {
    const t = tornTable();
    const item = interview("A", 1);
    t.table.set(id(item), item);
    t.index.set(id(item), item);
    const other = { pk: s("QUOTA#sam"), sk: s("emails#2026-12-01"), c: { N: "3" } };
    t.table.set(id(other), other);

    expect(await repairTornWrites(t.client)).toEqual({ orphans: 0, reindexed: 0 });
  });
});
