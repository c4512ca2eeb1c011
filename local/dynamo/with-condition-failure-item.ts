import type { RawCall } from "./store-snapshot.js";

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** Writes whose request names the item's key as `Key`: the ones whose failure can carry the item. */
const KEYED_WRITES = new Set(["UpdateItem", "DeleteItem"]);

/**
 * DynamoDB's `ReturnValuesOnConditionCheckFailure: ALL_OLD`, which dynalite ignores: the body of a
 * conditional UpdateItem or DeleteItem that failed its condition gets the item as it is (`Item`, as
 * DynamoDB answers it, which the SDK hands over on the ConditionalCheckFailedException). Called while the
 * front still holds the request's turn on its item, so no other write to it runs between the failed
 * condition and this read: the item is the one the condition was checked against. Any other answer, or a
 * read that fails, is returned as it came.
 */
export async function withConditionFailureItem(
  operation: string,
  request: unknown,
  answer: { status: number; body: Buffer },
  raw: RawCall,
): Promise<Buffer> {
  if (answer.status !== 400 || !KEYED_WRITES.has(operation) || !isRecord(request)) return answer.body;
  if (request.ReturnValuesOnConditionCheckFailure !== "ALL_OLD") return answer.body;
  if (typeof request.TableName !== "string" || !isRecord(request.Key)) return answer.body;
  let error: unknown;
  try {
    error = JSON.parse(answer.body.toString("utf8"));
  } catch {
    return answer.body;
  }
  if (!isRecord(error) || !String(error.__type ?? "").endsWith("#ConditionalCheckFailedException"))
    return answer.body;
  const read = await raw("GetItem", { TableName: request.TableName, Key: request.Key, ConsistentRead: true });
  if (read.status !== 200) return answer.body;
  // No item: DynamoDB's answer carries none either.
  if (!isRecord(read.json.Item)) return answer.body;
  return Buffer.from(JSON.stringify({ ...error, Item: read.json.Item }));
}
