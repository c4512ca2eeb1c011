import { ConditionalCheckFailedException } from "@aws-sdk/client-dynamodb";

/**
 * Whether a DynamoDB write was refused by its condition (any conditional write on the table: interviews,
 * claims, counters, quota records, idempotency keys, feeds, suppressions). By name too: an error that
 * crossed a module copy of the SDK (or a test double) is not `instanceof` the class this bundle holds.
 */
export const isConditionFailure = (err: unknown): err is ConditionalCheckFailedException =>
  err instanceof ConditionalCheckFailedException ||
  (err as Error | undefined)?.name === "ConditionalCheckFailedException";
