/**
 * The names of the owner's record's attributes (`OWNERQUOTA#<owner>` / `QUOTA`). Each writer `SET`s, `ADD`s or
 * `REMOVE`s its own top-level attributes blind in one UpdateItem and never rewrites the whole item, so writers
 * of different attributes do not contend: the quota ledger owns `day`, `dayIds`, `window`, `contacts`, the
 * `r#` sets and `ledgerVersion` (its careful write is conditional on that alone); the suppression list owns
 * the `s#` marks, the sender's gate the `e#` sets. Every write also bumps `version`: a ledger of an earlier
 * release (which rewrote the whole item with a PutItem conditional on `version`) may still run during a
 * deploy, and must not erase a mark or a day's emails; nothing in this release reads `version`.
 */
export const OWNER_RECORD_ATTRIBUTES = {
  /** Bumped by every write of the ledger's attributes (and only by them): its careful write's condition. */
  ledgerVersion: "ledgerVersion",
  /** Bumped by every write of any attribute (see above). */
  anyVersion: "version",
  /** `r#<address>` = the owner's interviews that have had the address as a contact (the ledger's own). */
  reachPrefix: "r#",
  /** `s#<address>` = the first reason the address was suppressed for the owner (DynamoSuppressionList). */
  suppressedPrefix: "s#",
  /** `e#<UTC day>` = the string set of the steps emailed to contacts that day (`countedName` of each
   * `<interviewId>/<stepId>`), which the sender's gate takes. */
  emailsPrefix: "e#",
} as const;

/** The attribute of `address`'s suppression mark. */
export const suppressionMarkName = (address: string) =>
  `${OWNER_RECORD_ATTRIBUTES.suppressedPrefix}${address.trim().toLowerCase()}`;

/** The attribute of a UTC day's emails to contacts. */
export const dayEmailsName = (day: string) => `${OWNER_RECORD_ATTRIBUTES.emailsPrefix}${day}`;
