import { z } from "zod";
import { nonEmpty } from "./parse-config.js";

/** Where a function finds the HMAC key that signs reply and unsubscribe tokens. */
export const replyTokenConfigShape = {
  /** The key itself (local stack) ... */
  REPLY_TOKEN_SECRET: z.string().min(16, "must be at least 16 characters").optional(),
  /** ... or the Secrets Manager secret holding it (AWS). */
  REPLY_TOKEN_SECRET_ARN: nonEmpty.optional(),
};

export const replyTokenConfigSchema = z.object(replyTokenConfigShape).refine(hasReplyTokenSecret, {
  message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
  path: ["REPLY_TOKEN_SECRET"],
});
export type ReplyTokenConfig = z.infer<typeof replyTokenConfigSchema>;

export function hasReplyTokenSecret(c: { REPLY_TOKEN_SECRET?: string; REPLY_TOKEN_SECRET_ARN?: string }) {
  return Boolean(c.REPLY_TOKEN_SECRET || c.REPLY_TOKEN_SECRET_ARN);
}
