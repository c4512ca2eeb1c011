import { dayEmailsName, OWNER_RECORD_ATTRIBUTES } from "./owner-record-attributes.js";

/** What the ledger models of the owner's record (with the `r#...` reach sets). */
const MODELLED = new Set(["pk", "sk", "version", "day", "dayIds", "window", "contacts"]);

/**
 * The attributes of the owner's record the quota ledger does not model: other writers' (suppression marks,
 * the days' emails, and any added later), carried through the ledger's careful rewrite of the whole item.
 * A day's emails older than yesterday is dropped there: nothing reads it any more.
 */
export function carriedOwnerAttributes(
  item: Record<string, unknown> | undefined,
  now: Date,
): Record<string, unknown> {
  const yesterday = dayEmailsName(new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10));
  return Object.fromEntries(
    Object.entries(item ?? {}).filter(
      ([name]) =>
        !MODELLED.has(name) &&
        !name.startsWith(OWNER_RECORD_ATTRIBUTES.reachPrefix) &&
        !(name.startsWith(OWNER_RECORD_ATTRIBUTES.emailsPrefix) && name < yesterday),
    ),
  );
}
