import {
  PLAIN_MAIL_PIECE,
  PLAIN_PUBLIC_API_URL_PIECE,
  PLAIN_QUOTA_PIECE,
  PLAIN_REPLY_TOKEN_PIECE,
  PLAIN_SCHEDULING_PIECE,
  PLAIN_TABLE_PIECE,
} from "../../shared/config/plain-pieces.js";
import type { SENDER_CONFIG } from "../../shared/entries/entry-catalogue.js";
import { plainEntryConfigOf } from "./plain-entry-config-of.js";
import type { SenderConfig } from "./sender-deps.js";

/**
 * The sender's configuration, from its own pieces only (the sender bundles no other piece); `entry` is its
 * catalogue entry, or just the entry's `config` list (SENDER_CONFIG, which is what the sender passes). Read
 * without zod when every variable is plainly valid (plain-entry-config-of.ts), by the schemas otherwise.
 */
export function senderConfig(entry: { config: typeof SENDER_CONFIG }): SenderConfig {
  return plainEntryConfigOf(entry, {
    table: PLAIN_TABLE_PIECE,
    scheduling: PLAIN_SCHEDULING_PIECE,
    replyToken: PLAIN_REPLY_TOKEN_PIECE,
    mail: PLAIN_MAIL_PIECE,
    quota: PLAIN_QUOTA_PIECE,
    publicApiUrl: PLAIN_PUBLIC_API_URL_PIECE,
  });
}
