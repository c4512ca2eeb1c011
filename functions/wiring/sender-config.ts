import {
  MAIL_PIECE,
  PUBLIC_API_URL_PIECE,
  QUOTA_PIECE,
  REPLY_TOKEN_PIECE,
  SCHEDULING_PIECE,
  TABLE_PIECE,
} from "../../shared/config/config-pieces.js";
import type { SENDER_CONFIG } from "../../shared/entries/entry-catalogue.js";
import { entryConfigOf } from "./entry-config-of.js";
import type { SenderConfig } from "./sender-deps.js";

/**
 * The sender's configuration, from its own pieces only (the sender bundles no other piece); `entry` is its
 * catalogue entry, or just the entry's `config` list (SENDER_CONFIG, which is what the sender passes).
 */
export function senderConfig(entry: { config: typeof SENDER_CONFIG }): SenderConfig {
  return entryConfigOf(entry, {
    table: TABLE_PIECE,
    scheduling: SCHEDULING_PIECE,
    replyToken: REPLY_TOKEN_PIECE,
    mail: MAIL_PIECE,
    quota: QUOTA_PIECE,
    publicApiUrl: PUBLIC_API_URL_PIECE,
  });
}
