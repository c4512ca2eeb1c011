import type { Prices } from "./call-prices.js";

/** What one operation (or one interview) uses of each billed dimension. */
export interface Usage {
  apiRequests: number;
  lambdaInvocations: number;
  schedulerInvocations: number;
  emailsSent: number;
  emailsReceived: number;
  readUnits: number;
  writeUnits: number;
  s3Reads: number;
  s3Writes: number;
}

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

export const NO_USAGE: Usage = {
  apiRequests: 0,
  lambdaInvocations: 0,
  schedulerInvocations: 0,
  emailsSent: 0,
  emailsReceived: 0,
  readUnits: 0,
  writeUnits: 0,
  s3Reads: 0,
  s3Writes: 0,
};

/** The sum of usages, each counted `times` times. */
export function addUsage(parts: { usage: Usage; times: number }[]): Usage {
  const sum: Usage = { ...NO_USAGE };
  for (const { usage, times } of parts) {
    for (const key of Object.keys(sum) as (keyof Usage)[]) sum[key] += usage[key] * times;
  }
  return sum;
}

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
