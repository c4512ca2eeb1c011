import { consoleLogger } from "../shared/adapters/console-logger.js";
import {
  INBOUND_LIMITS_PIECE,
  INBOUND_MAIL_PIECE,
  MAIL_PIECE,
  PUBLIC_API_URL_PIECE,
  REPLY_TOKEN_PIECE,
  SCHEDULING_PIECE,
  TABLE_PIECE,
} from "../shared/config/config-pieces.js";
import { inboundEntry } from "../shared/entries/entry-catalogue.js";
import { sesReceiptEnvelope } from "../shared/events/ses-receipt-envelope.js";
import { receiveInboundMail } from "../shared/use-cases/receive-inbound-mail.js";
import { entryConfigOf } from "./wiring/entry-config-of.js";
import { eventHandler } from "./wiring/event-handler.js";
import { inboundDeps } from "./wiring/inbound-deps.js";

const log = consoleLogger({ fn: "inbound" });
/**
 * The configuration is parsed with the ports, on the first mail, not at import: zod's first parse of seven
 * pieces was a tenth of what this import cost beyond its SDK baseline (~17 M instructions, ~5 ms), and the
 * first invoke parses the receipt with zod anyway. A missing or malformed variable fails every invoke,
 * naming it, as it failed the init.
 */
const deps = inboundDeps(
  () =>
    entryConfigOf(inboundEntry, {
      table: TABLE_PIECE,
      scheduling: SCHEDULING_PIECE,
      replyToken: REPLY_TOKEN_PIECE,
      mail: MAIL_PIECE,
      inboundMail: INBOUND_MAIL_PIECE,
      inboundLimits: INBOUND_LIMITS_PIECE,
      publicApiUrl: PUBLIC_API_URL_PIECE,
    }),
  log,
);

/**
 * Invoked by the SES receipt rule after its S3 action stored the raw message (and, locally, by the SMTP
 * listener after it stored it the same way).
 */
export const handler = eventHandler(
  { schema: sesReceiptEnvelope, log, dropped: "dropped an inbound event that is not an SES receipt" },
  async (mails) => receiveInboundMail(await deps(), mails),
);
