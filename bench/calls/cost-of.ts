import type { Usage } from "./add-usage.js";
import type { Prices } from "./prices.js";

export interface LambdaAssumption {
  memoryMb: number;
  /** Billed duration per invocation. */
  durationMs: number;
}

export type CostBreakdown = Record<
  "lambda" | "apiGateway" | "dynamodb" | "scheduler" | "ses" | "s3",
  number
> & {
  total: number;
};

/** USD for `count` repetitions of `usage` at `prices` (no free tier deducted). */
export function costOf(usage: Usage, count: number, prices: Prices, lambda: LambdaAssumption): CostBreakdown {
  const gbSeconds = usage.lambdaInvocations * (lambda.memoryMb / 1024) * (lambda.durationMs / 1000);
  const parts = {
    lambda:
      (count * usage.lambdaInvocations * prices.lambdaPerMillionRequests) / 1e6 +
      count * gbSeconds * prices.lambdaPerGbSecond,
    apiGateway: (count * usage.apiRequests * prices.httpApiPerMillionRequests) / 1e6,
    dynamodb:
      (count * usage.readUnits * prices.dynamoPerMillionReadUnits) / 1e6 +
      (count * usage.writeUnits * prices.dynamoPerMillionWriteUnits) / 1e6,
    scheduler: (count * usage.schedulerInvocations * prices.schedulerPerMillionInvocations) / 1e6,
    ses:
      (count * usage.emailsSent * prices.sesPerThousandEmails) / 1e3 +
      (count * usage.emailsReceived * prices.sesPerThousandInboundEmails) / 1e3,
    s3:
      (count * usage.s3Reads * prices.s3PerThousandReads) / 1e3 +
      (count * usage.s3Writes * prices.s3PerThousandWrites) / 1e3,
  };
  const total = Object.values(parts).reduce((a, b) => a + b, 0);
  return { ...parts, total };
}
