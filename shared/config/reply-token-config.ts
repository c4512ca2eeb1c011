import * as z from "zod/mini";
import { hasReplyTokenSecret } from "./has-reply-token-secret.js";
import { nonEmpty } from "./parse-config.js";

/** Where a function finds the HMAC key that signs reply and unsubscribe tokens. */
export const replyTokenConfigShape = () => ({
  /** The key itself (local stack) ... */
  REPLY_TOKEN_SECRET: z.optional(z.string().check(z.minLength(16, "must be at least 16 characters"))),
  /** ... or the Secrets Manager secret holding it (AWS). */
  REPLY_TOKEN_SECRET_ARN: z.optional(nonEmpty()),
});

/** The rule over both variables: the key is given one way or the other. */
export const replyTokenCheck = () =>
  z.refine<Parameters<typeof hasReplyTokenSecret>[0]>(hasReplyTokenSecret, {
    message: "set REPLY_TOKEN_SECRET or REPLY_TOKEN_SECRET_ARN",
    path: ["REPLY_TOKEN_SECRET"],
  });

export const replyTokenConfigSchema = /* @__PURE__ */ z.lazy(() =>
  z.object(replyTokenConfigShape()).check(replyTokenCheck()),
);

/** The token key itself, or where to fetch it: one of the two is set (the schema refuses neither). */
export interface ReplyTokenConfig {
  replyTokenSecret?: string | undefined;
  replyTokenSecretArn?: string | undefined;
}
export const readReplyTokenConfig = (c: z.infer<typeof replyTokenConfigSchema>): ReplyTokenConfig => ({
  replyTokenSecret: c.REPLY_TOKEN_SECRET,
  replyTokenSecretArn: c.REPLY_TOKEN_SECRET_ARN,
});
