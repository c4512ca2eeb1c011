import type { ReplyTokenConfig } from "../../shared/config/reply-token-config.js";
import { calendarFeedPathToken } from "../../shared/security/calendar-feed-path-token.js";
import { verifyCalendarToken } from "../../shared/security/calendar-token.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";

/**
 * Reads the token of a feed path (`{token}.ics`) into the owner and generation it signs, or undefined for a
 * path, a signature or a token that is not one (readCalendarFeed answers all of them 404 alike).
 */
export function calendarFeedClaim(config: ReplyTokenConfig) {
  return async (pathToken: string | undefined) => {
    const token = calendarFeedPathToken(pathToken);
    return token ? verifyCalendarToken(await replyTokenSecret(config), token) : undefined;
  };
}
