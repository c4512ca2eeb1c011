import { describe, expect, it } from "vitest";
import type { SeenCall } from "../../../bench/calls/counting-proxy.js";
import { attributeBytes, type ItemJson, itemBytes } from "../../../bench/calls/dynamo-item-bytes.js";
import { tableShapeOf } from "../../../bench/calls/dynamo-write-observer.js";
import { itemsIn } from "../../../bench/calls/items-in.js";
import { readUnits } from "../../../bench/calls/request-units.js";
import { unitsOf } from "../../../bench/calls/units-of.js";
import { type ObservedWrite, type TableShape, writeUnits } from "../../../bench/calls/write-units.js";

describe("itemBytes", () => {
  it("sizes values by DynamoDB's rules: UTF-8 strings, digits in pairs, 3 bytes per list or map", () => {
    expect(attributeBytes({ S: "héllo" })).toBe(6);
    expect(attributeBytes({ N: "123.45" })).toBe(4);
    expect(attributeBytes({ N: "-0.00120" })).toBe(2);
    expect(attributeBytes({ B: "AAEC" })).toBe(3);
    expect(attributeBytes({ B: new Uint8Array(5) })).toBe(5);
    expect(attributeBytes({ BOOL: false })).toBe(1);
    expect(attributeBytes({ SS: ["ab", "c"] })).toBe(3);
    expect(attributeBytes({ L: [{ N: "1" }, { BOOL: true }] })).toBe(3 + (1 + 2) + (1 + 1));
    expect(attributeBytes({ M: { xy: { S: "ab" } } })).toBe(3 + 1 + 2 + 2);
    expect(itemBytes({ pk: { S: "abc" }, n: { N: "7" } })).toBe(2 + 3 + 1 + 2);
  });
});

const filler = (bytes: number) => ({ S: "x".repeat(bytes) });
/** An item of about `bytes` bytes with the owner index's keys, and the sparse index's when `attention`. */
function item(bytes: number, extra: ItemJson = {}): ItemJson {
  return {
    pk: { S: "I#1" },
    sk: { S: "I#1" },
    gsi1pk: { S: "O#1" },
    gsi1sk: { S: "t1" },
    body: filler(bytes),
    ...extra,
  };
}
const table: TableShape = {
  keys: ["pk", "sk"],
  indexes: [
    { name: "gsi1", keys: ["gsi1pk", "gsi1sk"], projection: "ALL" },
    { name: "gsi3", keys: ["gsi3pk", "gsi3sk"], projection: "ALL" },
    { name: "keys", keys: ["gsi1pk", "gsi1sk"], projection: "KEYS_ONLY" },
    { name: "title", keys: ["gsi1pk", "gsi1sk"], projection: { include: ["title"] } },
  ],
};
const write = (
  before: ItemJson | undefined,
  after: ItemJson | undefined,
  outcome: ObservedWrite["outcome"] = "applied",
) => writeUnits({ table, before, after, outcome });
const attention = { gsi3pk: { S: "ATTENTION" }, gsi3sk: { S: "t" } };

describe("writeUnits", () => {
  it("bills a new item on the table and on every index whose keys it has, each by its entry", () => {
    expect(write(undefined, item(1500))).toEqual({
      table: 2,
      indexes: { gsi1: 2, gsi3: 0, keys: 1, title: 1 },
    });
  });

  it("bills an update by the larger item, and only the indexes whose entry changed", () => {
    const units = write(item(1500), item(2500));
    expect(units).toEqual({ table: 3, indexes: { gsi1: 3, gsi3: 0, keys: 0, title: 0 } });
    expect(write(item(10), item(10, { title: { S: "new" } })).indexes).toEqual({
      gsi1: 1,
      gsi3: 0,
      keys: 0,
      title: 1,
    });
    expect(write(item(10), item(10)).indexes).toEqual({ gsi1: 0, gsi3: 0, keys: 0, title: 0 });
  });

  it("bills two index writes when an index key changes, one when an entry appears or goes", () => {
    const moved = item(1500, { gsi1sk: { S: "t2" } });
    expect(write(item(1500), moved).indexes).toMatchObject({ gsi1: 4, keys: 2, title: 2 });
    expect(write(item(1500), item(1500, attention)).indexes.gsi3).toBe(2);
    expect(write(item(3000, attention), item(1500)).indexes.gsi3).toBe(3);
    expect(write(item(3000, attention), undefined)).toEqual({
      table: 3,
      indexes: { gsi1: 3, gsi3: 3, keys: 1, title: 1 },
    });
  });

  it("bills a refused condition by the item as it stands (at least one unit), and nothing else", () => {
    expect(write(item(2500), item(2500), "conditionFailed")).toEqual({ table: 3, indexes: {} });
    expect(write(undefined, undefined, "conditionFailed")).toEqual({ table: 1, indexes: {} });
    expect(write(item(2500), item(2500), "rejected")).toEqual({ table: 0, indexes: {} });
  });
});

describe("unitsOf", () => {
  const call = (command: string, extra: Partial<SeenCall>): SeenCall => ({
    service: "DynamoDB",
    command,
    requestBody: "{}",
    responseBytes: 100,
    status: 200,
    ...extra,
  });

  it("adds observed writes by table and index, and reads by the bytes returned", () => {
    const put = call("PutItem", {
      write: { table, before: undefined, after: item(1500), outcome: "applied" },
    });
    const query = call("Query", { responseBytes: 8193 });
    expect(unitsOf([put, query, call("GetItem", {})])).toEqual({
      read: 4,
      write: 6,
      tableWrite: 2,
      indexWrite: { gsi1: 2, gsi3: 0, keys: 1, title: 1 },
    });
  });

  it("refuses a write it cannot size", () => {
    expect(() => unitsOf([call("UpdateItem", {})])).toThrow(/not observed/);
  });

  it("counts a read at least one unit, a transactional get two per item", () => {
    expect(readUnits({ command: "GetItem", items: 1, responseBytes: 10 })).toBe(1);
    expect(readUnits({ command: "TransactGetItems", items: 3, responseBytes: 10 })).toBe(6);
    expect(readUnits({ command: "PutItem", items: 1, responseBytes: 10 })).toBe(0);
  });

  it("counts the items a transaction or batch names", () => {
    const transaction = JSON.stringify({ TransactItems: [{ Get: {} }, { Get: {} }, { Get: {} }] });
    expect(itemsIn("TransactGetItems", transaction)).toBe(3);
    const batch = JSON.stringify({ RequestItems: { t: { Keys: [{}, {}] }, u: [{}] } });
    expect(itemsIn("BatchGetItem", batch)).toBe(3);
    expect(itemsIn("GetItem", "not json")).toBe(1);
  });
});

describe("tableShapeOf", () => {
  it("reads the keys and each index's projection from DescribeTable", () => {
    expect(
      tableShapeOf({
        KeySchema: [
          { AttributeName: "pk", KeyType: "HASH" },
          { AttributeName: "sk", KeyType: "RANGE" },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: "a",
            KeySchema: [{ AttributeName: "apk", KeyType: "HASH" }],
            Projection: { ProjectionType: "ALL" },
          },
          {
            IndexName: "b",
            KeySchema: [{ AttributeName: "bpk", KeyType: "HASH" }],
            Projection: { ProjectionType: "KEYS_ONLY" },
          },
          {
            IndexName: "c",
            KeySchema: [{ AttributeName: "cpk", KeyType: "HASH" }],
            Projection: { ProjectionType: "INCLUDE", NonKeyAttributes: ["t"] },
          },
        ],
      }),
    ).toEqual({
      keys: ["pk", "sk"],
      indexes: [
        { name: "a", keys: ["apk"], projection: "ALL" },
        { name: "b", keys: ["bpk"], projection: "KEYS_ONLY" },
        { name: "c", keys: ["cpk"], projection: { include: ["t"] } },
      ],
    });
  });
});
