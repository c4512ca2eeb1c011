import { appendFileSync } from "node:fs";

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/** `steps` of an interview item in DynamoDB JSON, as `s1:scheduled:abcd1234`. */
function stepsOf(item: unknown): string | undefined {
  if (!isRecord(item) || !isRecord(item.steps) || !isRecord(item.steps.M)) return undefined;
  return Object.values(item.steps.M)
    .map((s) => {
      const m = isRecord(s) && isRecord(s.M) ? s.M : {};
      const str = (k: string) => (isRecord(m[k]) ? String((m[k] as Json).S ?? "") : "");
      return `${str("id")}:${str("status")}:${str("claimId").slice(0, 8)}`;
    })
    .join(" ");
}
const num = (v: unknown) => (isRecord(v) && typeof v.N === "string" ? Number(v.N) : undefined);
const str = (v: unknown) => (isRecord(v) && typeof v.S === "string" ? v.S : undefined);

/**
 * A debugging aid: with LOCAL_DYNAMO_TRACE set to a file, one JSON line per item request (arrival and answer
 * times, key, expected and new version, the steps written or read, the answer's status, and whether the
 * client had gone before the answer was written).
 */
export function traceRequest(
  file: string,
  operation: string,
  body: unknown,
  arrived: number,
  status: number,
  answer: Buffer,
  clientGone: boolean,
): void {
  if (!isRecord(body)) return;
  const key = isRecord(body.Key) ? body.Key : isRecord(body.Item) ? body.Item : undefined;
  const pk = key ? str(key.pk) : undefined;
  if (!pk?.startsWith("INTERVIEW#")) return;
  const values = isRecord(body.ExpressionAttributeValues) ? body.ExpressionAttributeValues : {};
  let out: Json = {};
  try {
    out = JSON.parse(answer.toString("utf8")) as Json;
  } catch {}
  const line: Json = {
    op: operation,
    pk: pk.slice(10),
    arrived,
    answered: Date.now(),
    status,
    gone: clientGone,
  };
  if (operation === "PutItem") {
    line.expected = num(values[":expected"]);
    line.next = isRecord(body.Item) ? num(body.Item.version) : undefined;
    line.steps = stepsOf(body.Item);
    if (status !== 200) line.error = String(out.__type ?? "").split("#")[1];
  } else if (operation === "GetItem") {
    line.read = isRecord(out.Item) ? num(out.Item.version) : null;
    line.steps = stepsOf(out.Item);
  } else if (operation === "DeleteItem") {
    line.expected = num(values[":expected"]);
  } else if (operation === "UpdateItem") {
    line.update = typeof body.UpdateExpression === "string" ? body.UpdateExpression.slice(0, 300) : undefined;
    if (status !== 200) line.message = String(out.message ?? out.Message ?? "").slice(0, 300);
  }
  if (status !== 200) line.error ??= String(out.__type ?? "").split("#")[1];
  appendFileSync(file, `${JSON.stringify(line)}\n`);
}
