import { describe, expect, it } from "vitest";
import { addUsage, NO_USAGE } from "../../../bench/calls/add-usage.js";
import { costOf } from "../../../bench/calls/cost-of.js";
import type { SeenCall } from "../../../bench/calls/counting-proxy.js";
import { itemSizesIn } from "../../../bench/calls/item-sizes-in.js";
import { itemsIn } from "../../../bench/calls/items-in.js";
import { PRICES } from "../../../bench/calls/prices.js";
import { requestUnits } from "../../../bench/calls/request-units.js";
import { unitsOf } from "../../../bench/calls/units-of.js";

const dynamo = (command: string, requestBody: string, responseBytes = 100): SeenCall => ({
  service: "DynamoDB",
  command,
  requestBody,
  responseBytes,
  status: 200,
});

describe("requestUnits", () => {
  it("charges a write one unit per started KB, twice in a transaction, per item", () => {
    expect(requestUnits({ command: "PutItem", items: 1, responseBytes: 0 }, 1024)).toEqual({
      read: 0,
      write: 1,
    });
    expect(requestUnits({ command: "PutItem", items: 1, responseBytes: 0 }, 1025)).toEqual({
      read: 0,
      write: 2,
    });
    expect(requestUnits({ command: "TransactWriteItems", items: 3, responseBytes: 0 }, 500)).toEqual({
      read: 0,
      write: 6,
    });
  });

  it("charges a read one unit per started 4 KB returned, at least one", () => {
    expect(requestUnits({ command: "GetItem", items: 1, responseBytes: 10 }, 9999)).toEqual({
      read: 1,
      write: 0,
    });
    expect(requestUnits({ command: "Query", items: 1, responseBytes: 8193 }, 0)).toEqual({
      read: 3,
      write: 0,
    });
  });
});

describe("DynamoDB request reading", () => {
  it("counts the items of a transaction and sizes each item put", () => {
    const body = JSON.stringify({
      TransactItems: [{ Put: { Item: { pk: { S: "a" } } } }, { Update: { Key: { pk: { S: "b" } } } }],
    });
    expect(itemsIn("TransactWriteItems", body)).toBe(2);
    expect(itemSizesIn(body)).toEqual([JSON.stringify({ pk: { S: "a" } }).length]);
  });

  it("sizes a put by its own item and an update by the largest item given", () => {
    const put = dynamo("PutItem", JSON.stringify({ Item: { pk: { S: "x".repeat(1500) } } }));
    const update = dynamo("UpdateItem", JSON.stringify({ Key: { pk: { S: "x" } } }));
    expect(unitsOf([put], 5000)).toEqual({ read: 0, write: 2 });
    expect(unitsOf([update], 5000)).toEqual({ read: 0, write: 5 });
  });
});

describe("costOf", () => {
  it("prices each dimension at the list price, scaled by the count", () => {
    const usage = { ...NO_USAGE, apiRequests: 1, lambdaInvocations: 2, emailsSent: 3, writeUnits: 4 };
    const cost = costOf(usage, 1000, PRICES, { memoryMb: 512, durationMs: 1000 });
    expect(cost.apiGateway).toBeCloseTo((1000 * PRICES.httpApiPerMillionRequests) / 1e6, 12);
    expect(cost.lambda).toBeCloseTo(
      (2000 * PRICES.lambdaPerMillionRequests) / 1e6 + 2000 * 0.5 * PRICES.lambdaPerGbSecond,
      12,
    );
    expect(cost.ses).toBeCloseTo(3 * PRICES.sesPerThousandEmails, 12);
    expect(cost.dynamodb).toBeCloseTo((4000 * PRICES.dynamoPerMillionWriteUnits) / 1e6, 12);
    expect(cost.total).toBeCloseTo(cost.apiGateway + cost.lambda + cost.ses + cost.dynamodb, 12);
  });

  it("adds usages with repetitions", () => {
    const one = { ...NO_USAGE, emailsSent: 1, readUnits: 2 };
    expect(
      addUsage([
        { usage: one, times: 5 },
        { usage: one, times: 1 },
      ]),
    ).toEqual({
      ...NO_USAGE,
      emailsSent: 6,
      readUnits: 12,
    });
  });
});
