import {
  INBOUND_LIMITS_PIECE,
  INBOUND_MAIL_PIECE,
  MAIL_PIECE,
  PUBLIC_API_URL_PIECE,
  REPLY_TOKEN_PIECE,
  SCHEDULING_PIECE,
  TABLE_PIECE,
} from "../../shared/config/config-pieces.js";
import type { inboundEntry } from "../../shared/entries/entry-catalogue.js";
import { entryConfigOf } from "./entry-config-of.js";
import type { InboundConfig } from "./inbound-deps.js";

/**
 * The inbound function's configuration from its catalogue entry (which the handler names, as every handler
 * names its own), parsed when called: functions/inbound.ts hands this to inboundDeps,
 * which calls it on the first mail, not at import (zod's first parse of seven pieces was a tenth of what the
 * import cost beyond its SDK baseline, ~5 ms, and the first invoke parses the receipt with zod anyway). A
 * missing or malformed variable fails every invoke, naming it, as it failed the init.
 */
export function inboundConfig(entry: typeof inboundEntry): InboundConfig {
  return entryConfigOf(entry, {
    table: TABLE_PIECE,
    scheduling: SCHEDULING_PIECE,
    replyToken: REPLY_TOKEN_PIECE,
    mail: MAIL_PIECE,
    inboundMail: INBOUND_MAIL_PIECE,
    inboundLimits: INBOUND_LIMITS_PIECE,
    publicApiUrl: PUBLIC_API_URL_PIECE,
  });
}
