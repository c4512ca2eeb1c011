import type { IncomingHttpHeaders } from "node:http";
import type { RawCall } from "./store-snapshot.js";

type Json = Record<string, unknown>;

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const CONDITIONAL_WRITES = new Set(["PutItem", "UpdateItem", "DeleteItem"]);
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * What DynamoDB does and dynalite does not (it ignores the parameter): a conditional write sent with
 * `ReturnValuesOnConditionCheckFailure: ALL_OLD` whose condition failed answers the item it was checked
 * against, in the exception's `Item`. Called inside the front's turn for that item, so no other write of
 * it runs between the failed condition and this read: the item read is the one the condition saw. Any
 * other answer is returned as it is; so is this one when the key cannot be told (an unknown table).
 */
export async function oldItemOnConditionFailure(
  operation: string,
  request: unknown,
  answer: Answer,
  keyNamesOf: (table: string) => readonly string[] | undefined,
  raw: RawCall,
): Promise<Answer> {
  if (answer.status !== 400 || !CONDITIONAL_WRITES.has(operation) || !isRecord(request)) return answer;
  if (request.ReturnValuesOnConditionCheckFailure !== "ALL_OLD") return answer;
  let error: Json;
  try {
    error = JSON.parse(answer.body.toString("utf8")) as Json;
  } catch {
    return answer;
  }
  if (!String(error.__type ?? "").endsWith("ConditionalCheckFailedException")) return answer;
  const table = typeof request.TableName === "string" ? request.TableName : undefined;
  const names = table === undefined ? undefined : keyNamesOf(table);
  const source = operation === "PutItem" ? request.Item : request.Key;
  if (!table || !names || !isRecord(source)) return answer;
  const key: Json = {};
  for (const name of names) {
    if (source[name] === undefined) return answer;
    key[name] = source[name];
  }
  const read = await raw("GetItem", { TableName: table, Key: key, ConsistentRead: true });
  if (read.status !== 200 || !isRecord(read.json.Item)) return answer;
  const body = Buffer.from(JSON.stringify({ ...error, Item: read.json.Item }));
  return { ...answer, body };
}
