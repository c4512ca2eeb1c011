import type { OwnerQuotaRecord } from "../domain/owner-quota-record.js";
import {
  ANY_VERSION,
  dayEmailsName,
  LEDGER_VERSION,
  OWNER_RECORD_ATTRIBUTES,
} from "./owner-record-attributes.js";

const { reachPrefix, emailsPrefix } = OWNER_RECORD_ATTRIBUTES;
/**
 * The most attributes one careful write removes. Quick takes add addresses' sets without pruning, so with a
 * large distinct-contact quota many may wait to be pruned; all at once could pass DynamoDB's 4 KB limit on
 * an expression (~7 characters each), which would refuse every careful write of that owner for good. The
 * rest go in the next careful writes (each new day's first registration makes one).
 */
export const MAX_REMOVALS = 150;

/** The parts of an UpdateItem that turn the ledger's part of the record from `stored` into `next`. */
export interface OwnerQuotaRewrite {
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  const had = new Set(b);
  return a.length === had.size && a.every((v) => had.has(v));
}

/**
 * The quota ledger's careful write as ONE UpdateItem of its own attributes only: what changed between the
 * record read (`stored`, off `storedItem`) and the decision (`next`) is `SET` (a string set) or `REMOVE`d
 * (DynamoDB has no empty sets), on the condition that no ledger write landed since the read
 * (`ledgerVersion` as read, or still absent). Marks, the days' emails and any attribute added later are left
 * as they are, so a send or a suppression landing meanwhile neither refuses nor is erased by it. The days'
 * email sets older than yesterday it finds are removed too (nothing reads them; the gate prunes a month of
 * them, these are older).
 */
export function ownerQuotaRewrite(
  storedItem: Record<string, unknown> | undefined,
  stored: OwnerQuotaRecord | undefined,
  next: OwnerQuotaRecord,
  now: Date,
): OwnerQuotaRewrite {
  const names: Record<string, string> = { "#lv": LEDGER_VERSION, "#v": ANY_VERSION };
  const values: Record<string, unknown> = { ":one": 1 };
  const sets: string[] = [];
  const removes: string[] = [];
  let n = 0;
  const put = (attribute: string, value: string | readonly string[] | undefined, had: boolean) => {
    const name = `#a${n}`;
    const empty = value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty && (!had || removes.length >= MAX_REMOVALS)) return;
    n++;
    names[name] = attribute;
    if (empty) {
      removes.push(name);
      return;
    }
    values[`:a${n - 1}`] = typeof value === "string" ? value : new Set(value);
    sets.push(`${name} = :a${n - 1}`);
  };
  if (next.day !== stored?.day) put("day", next.day, stored?.day !== undefined);
  if (!sameStrings(next.dayIds, stored?.dayIds ?? []))
    put("dayIds", next.dayIds, (stored?.dayIds.length ?? 0) > 0);
  if (next.window !== stored?.window) put("window", next.window, stored?.window !== undefined);
  if (!sameStrings(next.contacts, stored?.contacts ?? []))
    put("contacts", next.contacts, (stored?.contacts.length ?? 0) > 0);
  const addresses = new Set([...Object.keys(stored?.reach ?? {}), ...Object.keys(next.reach)]);
  for (const address of addresses) {
    const before = stored?.reach[address] ?? [];
    const after = next.reach[address] ?? [];
    if (!sameStrings(after, before)) put(`${reachPrefix}${address}`, after, before.length > 0);
  }
  const yesterday = dayEmailsName(new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10));
  for (const attribute of Object.keys(storedItem ?? {})) {
    if (attribute.startsWith(emailsPrefix) && attribute < yesterday) put(attribute, undefined, true);
  }
  const hadVersion = typeof storedItem?.[LEDGER_VERSION] === "number";
  if (hadVersion) values[":lv"] = storedItem?.[LEDGER_VERSION];
  return {
    UpdateExpression: [
      ...(sets.length > 0 ? [`SET ${sets.join(", ")}`] : []),
      "ADD #lv :one, #v :one",
      ...(removes.length > 0 ? [`REMOVE ${removes.join(", ")}`] : []),
    ].join(" "),
    ConditionExpression: hadVersion ? "#lv = :lv" : "attribute_not_exists(#lv)",
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
