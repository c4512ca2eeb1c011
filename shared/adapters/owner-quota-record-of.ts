import type { OwnerQuotaRecord } from "../domain/owner-quota-record.js";
import { LEDGER_VERSION, OWNER_RECORD_ATTRIBUTES } from "./owner-record-attributes.js";

const REACH_PREFIX = OWNER_RECORD_ATTRIBUTES.reachPrefix;

/** A string set's (or list's) strings; anything else is none. */
export const storedStrings = (value: unknown): string[] =>
  value instanceof Set || Array.isArray(value)
    ? [...value].filter((v): v is string => typeof v === "string")
    : [];

/**
 * The quota ledger's part of the owner's record, read off its item: the ledger's own version
 * (`LEDGER_VERSION`, 0 before the ledger first wrote), the day's interviews, the
 * window's contacts and each address's interviews (`r#<address>`). Other writers' attributes are not its.
 */
export function ownerQuotaRecordOf(item: Record<string, unknown> | undefined): OwnerQuotaRecord | undefined {
  if (!item) return undefined;
  const reach: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(item)) {
    if (name.startsWith(REACH_PREFIX)) reach[name.slice(REACH_PREFIX.length)] = storedStrings(value).sort();
  }
  const version = item[LEDGER_VERSION];
  return {
    version: typeof version === "number" ? version : 0,
    ...(typeof item.day === "string" ? { day: item.day } : {}),
    dayIds: storedStrings(item.dayIds).sort(),
    ...(typeof item.window === "string" ? { window: item.window } : {}),
    contacts: storedStrings(item.contacts).sort(),
    reach,
  };
}
