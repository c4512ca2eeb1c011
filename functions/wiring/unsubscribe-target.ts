import type { ReplyTokenConfig } from "../../shared/config/reply-token-config.js";
import { NotFoundError } from "../../shared/errors/app-error.js";
import { verifyUnsubscribeToken } from "../../shared/security/unsubscribe-token.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";

/**
 * Verifies the token of an unsubscribe URL. A forged, altered or malformed token answers 404, exactly like
 * a link to nothing, so a guesser learns nothing.
 */
export function unsubscribeTarget(config: ReplyTokenConfig) {
  return async (token: string | undefined): Promise<{ interviewId: string; stepId: string }> => {
    const target = token ? verifyUnsubscribeToken(await replyTokenSecret(config), token) : undefined;
    if (!target) throw new NotFoundError("Unsubscribe link");
    return target;
  };
}
