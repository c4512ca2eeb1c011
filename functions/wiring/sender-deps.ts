import { dynamoClaimStep } from "../../shared/adapters/dynamo-claim-step.js";
import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { dynamoReplaceInterview } from "../../shared/adapters/dynamo-replace-interview.js";
import { processClock } from "../../shared/adapters/process-clock.js";
import { systemRealtime } from "../../shared/adapters/system-realtime.js";
import type { ConfigOf } from "../../shared/config/config-schema-for.js";
import type { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { stepLinksFor } from "../../shared/mail/step-links-for.js";
import type { SendPorts } from "../../shared/use-cases/send-ports.js";
import type { Logger } from "../../shared/use-cases/use-case-deps.js";
import { replyTokenSecret } from "../clients/reply-token-secret.js";
import { emailUsage } from "./email-usage.js";
import { interviewStoreWith } from "./interview-store.js";
import { lazyAsync } from "./lazy.js";
import { mailer } from "./mailer.js";
import { senderPorts } from "./sender-ports.js";

export type SenderConfig = ConfigOf<(typeof ENTRIES)["sender"]["config"]>;

/** The links this deployment puts in a step's email; the token key is read once, on first use. */
export function senderLinks(config: SenderConfig) {
  return lazyAsync(async () =>
    stepLinksFor({
      secret: await replyTokenSecret(config),
      replyDomain: config.replyDomain,
      publicApiUrl: config.publicApiUrl,
    }),
  );
}

/**
 * The sender's ports, built on its first invocation (again after a failed build), with its configuration,
 * which `config` parses when called: not at import (functions/sender.ts says why).
 */
export function senderDeps(config: () => SenderConfig, log: Logger): () => Promise<SendPorts> {
  let links: ReturnType<typeof senderLinks> | undefined;
  return lazyAsync(async () => {
    const parsed = config();
    links ??= senderLinks(parsed);
    return {
      store: interviewStoreWith(parsed, {
        get: dynamoGetInterview,
        claimStep: dynamoClaimStep,
        replace: dynamoReplaceInterview,
      }),
      clock: processClock,
      realtime: systemRealtime,
      log,
      ...senderPorts(parsed),
      mailer: mailer(parsed),
      links: await links(),
      usage: emailUsage(parsed),
    };
  });
}
