import { describe, expect, it } from "vitest";
import { addUsage, NO_USAGE } from "../../../bench/calls/add-usage.js";
import { costOf } from "../../../bench/calls/cost-of.js";
import { PRICES } from "../../../bench/calls/prices.js";

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
