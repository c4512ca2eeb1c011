import { describe, expect, it } from "vitest";
import { requestClaims } from "../../../../local/dynamo/request-claims.js";

const keyNames = (table: string) => (table === "t" ? ["pk", "sk"] : undefined);
const key = { pk: { S: "A#1" }, sk: { S: "ITEM" } };
const itemOf = (pk: string, sk: string) => JSON.stringify([pk, sk]);

describe("requestClaims", () => {
  it("claims the item a PutItem, UpdateItem or DeleteItem writes, by its key attributes only", () => {
    expect(
      requestClaims("PutItem", { TableName: "t", Item: { ...key, version: { N: "3" } } }, keyNames),
    ).toEqual([{ table: "t", item: itemOf("A#1", "ITEM"), write: true }]);
    for (const op of ["UpdateItem", "DeleteItem"]) {
      expect(requestClaims(op, { TableName: "t", Key: key }, keyNames)).toEqual([
        { table: "t", item: itemOf("A#1", "ITEM"), write: true },
      ]);
    }
  });

  it("gives a GetItem a read claim on the same item a write of it takes", () => {
    const [get] = requestClaims("GetItem", { TableName: "t", Key: key, ConsistentRead: true }, keyNames);
    const [put] = requestClaims("PutItem", { TableName: "t", Item: key }, keyNames);
    expect(get).toEqual({ table: "t", item: put?.item, write: false });
  });

  it("keeps keys that only look alike apart", () => {
    const a = requestClaims(
      "GetItem",
      { TableName: "t", Key: { pk: { S: "a/b" }, sk: { S: "c" } } },
      keyNames,
    );
    const b = requestClaims(
      "GetItem",
      { TableName: "t", Key: { pk: { S: "a" }, sk: { S: "b/c" } } },
      keyNames,
    );
    expect(a[0]?.item).not.toBe(b[0]?.item);
  });

  it("claims the whole table when the key cannot be told for sure", () => {
    const cases: Array<[string, unknown]> = [
      ["u", { pk: { S: "A#1" }, sk: { S: "ITEM" } }], // key names not known (yet)
      ["t", { pk: { S: "A#1" } }], // sk missing
      ["t", { pk: { N: "1" }, sk: { S: "x" } }], // "1" and "1.0" are one number
      ["t", { pk: { S: "A#1", N: "1" }, sk: { S: "x" } }],
      ["t", "nonsense"],
    ];
    for (const [table, k] of cases) {
      expect(requestClaims("UpdateItem", { TableName: table, Key: k }, keyNames)).toEqual([
        { table, write: true },
      ]);
    }
  });

  it("claims whole tables for Query and Scan (read) and table changes (write)", () => {
    expect(requestClaims("Query", { TableName: "t", IndexName: "gsi1" }, keyNames)).toEqual([
      { table: "t", write: false },
    ]);
    expect(requestClaims("Scan", { TableName: "t" }, keyNames)).toEqual([{ table: "t", write: false }]);
    for (const op of ["CreateTable", "DeleteTable", "UpdateTable"]) {
      expect(requestClaims(op, { TableName: "t" }, keyNames)).toEqual([{ table: "t", write: true }]);
    }
  });

  it("claims every item of a BatchWriteItem and a BatchGetItem", () => {
    const body = {
      RequestItems: {
        t: [{ PutRequest: { Item: key } }, { DeleteRequest: { Key: { pk: { S: "B" }, sk: { S: "ITEM" } } } }],
        u: [{ PutRequest: { Item: key } }],
      },
    };
    expect(requestClaims("BatchWriteItem", body, keyNames)).toEqual([
      { table: "t", item: itemOf("A#1", "ITEM"), write: true },
      { table: "t", item: itemOf("B", "ITEM"), write: true },
      { table: "u", write: true },
    ]);
    expect(requestClaims("BatchGetItem", { RequestItems: { t: { Keys: [key] } } }, keyNames)).toEqual([
      { table: "t", item: itemOf("A#1", "ITEM"), write: false },
    ]);
  });

  it("claims nothing for requests the emulator rejects before touching data, or that touch none", () => {
    expect(requestClaims("PutItem", { Item: key }, keyNames)).toEqual([]);
    expect(requestClaims("PutItem", "not json", keyNames)).toEqual([]);
    expect(requestClaims("PutItem", null, keyNames)).toEqual([]);
    expect(requestClaims("ListTables", {}, keyNames)).toEqual([]);
    expect(requestClaims("DescribeTable", { TableName: "t" }, keyNames)).toEqual([]);
  });
});
