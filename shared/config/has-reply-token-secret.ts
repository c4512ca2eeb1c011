/**
 * The token key is given one way or the other. On its own, so that the composed schema of an entry that
 * does not read the key (config-schema-of.ts) does not bundle the reply-token piece with it.
 */
export function hasReplyTokenSecret(c: { REPLY_TOKEN_SECRET?: string; REPLY_TOKEN_SECRET_ARN?: string }) {
  return Boolean(c.REPLY_TOKEN_SECRET || c.REPLY_TOKEN_SECRET_ARN);
}
