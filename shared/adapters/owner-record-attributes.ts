/**
 * The names of the owner's record's attributes (`OWNERQUOTA#<owner>` / `QUOTA`). Each writer `SET`s, `ADD`s or
 * `REMOVE`s its own top-level attributes blind in one UpdateItem and never rewrites the whole item, so writers
 * of different attributes do not contend: the quota ledger owns `day`, `dayIds`, `window`, `contacts`, the
 * `r#` sets and `ledgerVersion` (its careful write is conditional on that alone); the suppression list owns
 * the `s#` marks, the sender's gate the `e#` sets. Every write also bumps `version`: a ledger of an earlier
 * release (which rewrote the whole item with a PutItem conditional on `version`) may still run during a
 * deploy, and must not erase a mark or a day's emails; nothing in this release reads `version`.
 */
/** Bumped by every write of the ledger's attributes (and only by them): its careful write's condition. */
export const LEDGER_VERSION = "ledgerVersion";
/** Bumped by every write of any attribute (see above). Apart from the object below: the sender needs only this. */
export const ANY_VERSION = "version";

/** `s#<address>` = the first reason the address was suppressed for the owner (DynamoSuppressionList). */
const SUPPRESSED_PREFIX = "s#";
/** `e#<UTC day>` = the string set of the steps emailed to contacts that day (`countedName` of each
 * `<interviewId>/<stepId>`), which the sender's gate takes. */
const EMAILS_PREFIX = "e#";

/** The prefixes (the names above are what the sender's bundle uses: the object stays out of it). */
export const OWNER_RECORD_ATTRIBUTES = {
  /** `r#<address>` = the owner's interviews that have had the address as a contact (the ledger's own). */
  reachPrefix: "r#",
  suppressedPrefix: SUPPRESSED_PREFIX,
  emailsPrefix: EMAILS_PREFIX,
} as const;

/** The attribute of `address`'s suppression mark. */
export const suppressionMarkName = (address: string) => `${SUPPRESSED_PREFIX}${address.trim().toLowerCase()}`;

/** The attribute of a UTC day's emails to contacts. */
export const dayEmailsName = (day: string) => `${EMAILS_PREFIX}${day}`;
