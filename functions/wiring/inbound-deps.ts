import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import type { ConfigOf } from "../../shared/config/config-schema-for.js";
import type { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { verifyInterviewAddressToken } from "../../shared/mail/interview-address-token.js";
import { verifyReplyToken } from "../../shared/mail/reply-token.js";
import { manageToken } from "../../shared/security/manage-token.js";
import type { ReceiveDeps } from "../../shared/use-cases/receive-inbound-mail.js";
import type { Logger } from "../../shared/use-cases/use-case-deps.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";
import { chainDepsWith } from "./chain-deps.js";
import { inboundLog } from "./inbound-log.js";
import { lazyAsync } from "./lazy.js";
import { mailer } from "./mailer.js";
import { messageIndex } from "./message-index.js";
import { MUTATION_STORE_OPS } from "./mutation-store-ops.js";
import { rawMailSource } from "./raw-mail-source.js";
import { suppressionList } from "./suppression-list.js";

export type InboundConfig = ConfigOf<(typeof ENTRIES)["inbound"]["config"]>;

/**
 * The inbound function's ports and the configuration they are built from, parsed on its first invocation
 * (again after a failed build, so a bad variable fails every invocation, named).
 */
export function inboundDeps(configOf: () => InboundConfig, log: Logger): () => Promise<ReceiveDeps> {
  return lazyAsync(async () => {
    const config = configOf();
    const secret = await replyTokenSecret(config);
    const publicApiUrl = config.publicApiUrl;
    return {
      // Only the store operations inbound mail calls: the whole store would bundle `remove` too, and with
      // it the need for dynamodb:DeleteItem, which only deleting an interview has.
      ...chainDepsWith(config, { ...MUTATION_STORE_OPS, listByOwner: dynamoListByOwner }),
      log,
      source: rawMailSource(config),
      suppressions: suppressionList(config),
      messages: messageIndex(config),
      inboundLog: inboundLog(config),
      mailer: mailer(config),
      verifyToken: (token: string) => verifyReplyToken(secret, token),
      verifyInterviewToken: (token: string) => verifyInterviewAddressToken(secret, token),
      replyDomain: config.replyDomain,
      ownDomains: [config.mailFromAddress.slice(config.mailFromAddress.lastIndexOf("@") + 1)],
      limits: {
        maxForwardsPerDay: config.inboundMaxForwardsPerDay,
        maxAwayDays: config.inboundMaxAwayDays,
        maxDateAheadDays: config.inboundMaxDateAheadDays,
      },
      ...(publicApiUrl
        ? {
            manageUrl: (interviewId: string, stepId: string) =>
              `${publicApiUrl}/manage/${manageToken(secret, interviewId, stepId)}`,
          }
        : {}),
    };
  });
}
