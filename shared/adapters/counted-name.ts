import { createHash } from "node:crypto";

/**
 * How a count-once name (`<interviewId>/<stepId>`) is kept in a set of counted names: 96 bits of its
 * SHA-256, 16 characters, so a day of 2,000 emails (the most the daily email quota may be set to) adds
 * about 40 KB to its item, the owner's record.
 */
export const countedName = (name: string) =>
  createHash("sha256").update(name).digest("base64url").slice(0, 16);
