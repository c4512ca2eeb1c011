/**
 * The names of the owner's record's per-key attributes (`OWNERQUOTA#<owner>` / `QUOTA`); all but `r#` are
 * owned by writers other than the quota ledger: each is a top-level attribute, so each writer can `SET`/`ADD`/`REMOVE` it blind
 * in one UpdateItem, and every such write bumps `version`, which the ledger's careful rewrite is
 * conditional on. The ledger carries them through its rewrite.
 */
export const OWNER_RECORD_ATTRIBUTES = {
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
