import { ValidationError } from "../errors/app-error.js";
import { interviewKey, ownerKey } from "./stored-interview-item.js";

export function encodeOwnerPageCursor(key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const CURSOR_FIELDS = ["pk", "sk", "gsi1pk", "gsi1sk"] as const;
/**
 * `gsi1sk` as toItem writes it: the creation time and the interview id. The time is only held to the
 * characters of an ISO 8601 date-time (not to one spelling of it, so that no item ever stored becomes
 * unpageable); what matters to DynamoDB is that the key is short and not empty.
 */
const OWNER_SORT_KEY = /^([0-9][0-9TZ:.+-]{9,39})#([0-9A-HJKMNP-TV-Z]{26})$/;

/**
 * Reads a cursor back into the key DynamoDB gave us, checking every field against the exact shape toItem
 * writes (not just "a string"), so that nothing a caller can put in a cursor reaches DynamoDB as a key it
 * would reject (an empty or oversized value, a key of another item kind): that would be a 500. The owner's
 * own key is not taken from the cursor at all, and a cursor names only a position within that owner's
 * interviews, so there is nothing to forge that a signature would protect.
 */
export function decodeOwnerPageCursor(cursor: string, owner: string): Record<string, string> {
  const invalid = () =>
    new ValidationError([{ field: "cursor", problem: "is not a cursor this API gave out" }]);
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw invalid();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  if (typeof key !== "object" || key === null || Array.isArray(key)) throw invalid();
  const record = key as Record<string, unknown>;
  if (
    Object.keys(record).length !== CURSOR_FIELDS.length ||
    !CURSOR_FIELDS.every((f) => typeof record[f] === "string")
  )
    throw invalid();
  const sortKey = OWNER_SORT_KEY.exec(record.gsi1sk as string);
  const id = sortKey?.[2];
  const itemKey = interviewKey(id ?? "");
  if (
    !sortKey ||
    record.pk !== itemKey.pk ||
    record.sk !== itemKey.sk ||
    // A cursor is only good for the owner it was issued to.
    record.gsi1pk !== ownerKey(owner)
  )
    throw invalid();
  return { ...itemKey, gsi1pk: ownerKey(owner), gsi1sk: record.gsi1sk as string };
}
