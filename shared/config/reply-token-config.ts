import * as z from "zod/mini";
import { hasReplyTokenSecret } from "./has-reply-token-secret.js";
import { nonEmpty, plainNonEmpty } from "./parse-config.js";

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

const ASCII_KEY = /^[\x20-\x7e]{16,}$/;

/**
 * The token key's variables as their schema gives them, its rule included (one of the two is set), read
 * without zod (plain-pieces.ts).
 */
export function plainReplyTokenConfig(
  env: Record<string, string | undefined>,
): z.infer<typeof replyTokenConfigSchema> | undefined {
  const { REPLY_TOKEN_SECRET: secret, REPLY_TOKEN_SECRET_ARN: arn } = env;
  const variables: z.infer<typeof replyTokenConfigSchema> = {};
  if (secret !== undefined) {
    // Printable ASCII, where every way of counting characters agrees; anything else goes to the schema.
    if (!ASCII_KEY.test(secret)) return undefined;
    variables.REPLY_TOKEN_SECRET = secret;
  }
  if (arn !== undefined) {
    const trimmed = plainNonEmpty(arn);
    if (trimmed === undefined) return undefined;
    variables.REPLY_TOKEN_SECRET_ARN = trimmed;
  }
  return hasReplyTokenSecret(variables) ? variables : undefined;
}
