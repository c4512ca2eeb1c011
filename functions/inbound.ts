import { consoleLogger } from "../shared/adapters/console-logger.js";
import { inboundEntry } from "../shared/entries/entry-catalogue.js";
import { sesReceiptEnvelope } from "../shared/events/ses-receipt-envelope.js";
import { receiveInboundMail } from "../shared/use-cases/receive-inbound-mail.js";
import { eventHandler } from "./wiring/event-handler.js";
import { inboundConfig } from "./wiring/inbound-config.js";
import { inboundDeps } from "./wiring/inbound-deps.js";

const log = consoleLogger({ fn: "inbound" });
// The configuration is parsed with the ports on the first mail, not at import (inbound-config.ts says why).
const deps = inboundDeps(() => inboundConfig(inboundEntry), log);

/**
 * Invoked by the SES receipt rule after its S3 action stored the raw message (and, locally, by the SMTP
 * listener after it stored it the same way).
 */
export const handler = eventHandler(
  { schema: sesReceiptEnvelope, log, dropped: "dropped an inbound event that is not an SES receipt" },
  async (mails) => receiveInboundMail(await deps(), mails),
);
