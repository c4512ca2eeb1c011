import { consoleLogger } from "../shared/adapters/console-logger.js";
import { inboundEntry } from "../shared/entries/entry-catalogue.js";
import { sesReceiptEnvelope } from "../shared/events/ses-receipt-envelope.js";
import { receiveInboundMail } from "../shared/use-cases/receive-inbound-mail.js";
import { entryConfig } from "./wiring/entry-config.js";
import { eventHandler } from "./wiring/event-handler.js";
import { inboundDeps } from "./wiring/inbound-deps.js";

const config = entryConfig(inboundEntry);
const log = consoleLogger({ fn: "inbound" });
const deps = inboundDeps(config, log);

/**
 * Invoked by the SES receipt rule after its S3 action stored the raw message (and, locally, by the SMTP
 * listener after it stored it the same way).
 */
export const handler = eventHandler(
  { schema: sesReceiptEnvelope, log, dropped: "dropped an inbound event that is not an SES receipt" },
  async (mails) => receiveInboundMail(await deps(), mails),
);
