import type { ReplyTokenConfig } from "../../shared/config/reply-token-config.js";
import { NotFoundError } from "../../shared/errors/app-error.js";
import { verifyManageToken } from "../../shared/security/manage-token.js";
import type { ManageTarget } from "../../shared/use-cases/manage-interview.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";

/**
 * Verifies the token of a manage URL. A forged, altered or malformed token (an unsubscribe or reply token
 * included) answers 404, exactly like a link to nothing, so a guesser learns nothing.
 */
export function manageTarget(config: ReplyTokenConfig) {
  return async (token: string | undefined): Promise<ManageTarget> => {
    const target = token ? verifyManageToken(await replyTokenSecret(config), token) : undefined;
    if (!target) throw new NotFoundError("Manage link");
    return target;
  };
}
