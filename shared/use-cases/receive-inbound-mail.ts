import type { ReceiptVerdicts } from "../inbound/inbound-email.js";
import type { RawMailSource } from "../ports/raw-mail-source.js";
import { handleInboundEmail, type InboundDeps } from "./handle-inbound-email.js";

/** Replies are small; anything bigger is rejected unread (SES itself accepts up to 40 MB). */
export const MAX_INBOUND_BYTES = 10 * 1024 * 1024;

/** One message SES received and stored: its id (the stored object's name) and SES's verdicts. */
export interface ReceivedMail {
  messageId: string;
  verdicts: ReceiptVerdicts;
}

export interface ReceiveDeps extends InboundDeps {
  source: RawMailSource;
}

/**
 * The messages of one receipt event, each read from where SES stored it and handled. A missing object is
 * logged and skipped; a store or storage outage throws, so the event is retried.
 */
export async function receiveInboundMail(deps: ReceiveDeps, mails: readonly ReceivedMail[]): Promise<void> {
  for (const { messageId, verdicts } of mails) {
    const raw = await deps.source.read(messageId, MAX_INBOUND_BYTES);
    if (!raw) {
      deps.log.error("inbound message not found in the bucket", { messageId });
      continue;
    }
    const outcome = await handleInboundEmail(deps, { raw, verdicts, sesMessageId: messageId });
    deps.log.info("inbound message processed", { sesMessageId: messageId, ...outcome });
  }
}
