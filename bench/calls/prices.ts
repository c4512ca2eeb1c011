/**
 * Public us-east-1 list prices in USD as published on the pages named (not re-read from this machine, which
 * has no internet: re-check them before quoting the figures). No free tier is deducted.
 */
export const PRICES = {
  /** "AWS Lambda Pricing" (aws.amazon.com/lambda/pricing): requests, x86. */
  lambdaPerMillionRequests: 0.2,
  /** "AWS Lambda Pricing": compute, x86, first 6 billion GB-s tier. */
  lambdaPerGbSecond: 0.0000166667,
  /** "Amazon DynamoDB pricing for on-demand capacity": per million write request units (1 KB each). */
  dynamoPerMillionWriteUnits: 0.625,
  /** "Amazon DynamoDB pricing for on-demand capacity": per million read request units (4 KB each). */
  dynamoPerMillionReadUnits: 0.125,
  /** "Amazon EventBridge pricing", Scheduler: per million invocations, after 14 million free per month. */
  schedulerPerMillionInvocations: 1.0,
  /** "Amazon EventBridge pricing": invocations free each month (not deducted below). */
  schedulerFreeInvocationsPerMonth: 14_000_000,
  /** "Amazon SES pricing": outbound email, per 1,000 emails. */
  sesPerThousandEmails: 0.1,
  /** "Amazon SES pricing": inbound email, per 1,000 emails received. */
  sesPerThousandInboundEmails: 0.1,
  /** "Amazon API Gateway pricing", HTTP APIs: per million requests (first 300 million). */
  httpApiPerMillionRequests: 1.0,
  /** "Amazon S3 pricing", S3 Standard: PUT, COPY, POST, LIST per 1,000 requests. */
  s3PerThousandWrites: 0.005,
  /** "Amazon S3 pricing", S3 Standard: GET, SELECT and others per 1,000 requests. */
  s3PerThousandReads: 0.0004,
} as const;

export type Prices = typeof PRICES;
