import type { SeenCall } from "./counting-proxy.js";

const MAX = 160;
const clip = (s: string) => (s.length > MAX ? `${s.slice(0, MAX - 3)}...` : s);

/** A string attribute's value as DynamoDB JSON gives it (`{"S": "..."}`), else undefined. */
function str(v: unknown): string | undefined {
  return v && typeof v === "object" && "S" in v ? String((v as { S: unknown }).S) : undefined;
}

/**
 * One line per call, to see why each was made (`--detail`): for DynamoDB the key (or the item's key) and
 * the expressions; for the REST services the method's path. No secrets pass here: only what the handlers
 * sent to the local emulators.
 */
export function describeCall(call: SeenCall): string {
  const head = `${call.service} ${call.command}${call.status >= 400 ? ` -> ${call.status}` : ""}`;
  if (call.service !== "DynamoDB") return head;
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(call.requestBody) as Record<string, unknown>;
  } catch {
    return head;
  }
  const key = (body.Key ?? body.Item) as Record<string, unknown> | undefined;
  const parts = [
    key ? `${str(key.pk) ?? "?"} ${str(key.sk) ?? ""}`.trim() : undefined,
    typeof body.IndexName === "string" ? `index ${body.IndexName}` : undefined,
    typeof body.UpdateExpression === "string" ? `update: ${body.UpdateExpression}` : undefined,
    typeof body.ConditionExpression === "string" ? `if: ${body.ConditionExpression}` : undefined,
    typeof body.KeyConditionExpression === "string" ? `where: ${body.KeyConditionExpression}` : undefined,
  ].filter((p): p is string => p !== undefined);
  return clip(`${head}  ${parts.join("; ")}`);
}
