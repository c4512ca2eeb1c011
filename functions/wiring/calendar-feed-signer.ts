import type { ReplyTokenConfig } from "../../shared/config/reply-token-config.js";
import { calendarToken } from "../../shared/security/calendar-token.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";

/** Signs the token of an owner's feed generation with this deployment's secret. */
export function calendarFeedSigner(config: ReplyTokenConfig) {
  return async (owner: string, generation: number) =>
    calendarToken(await replyTokenSecret(config), owner, generation);
}
