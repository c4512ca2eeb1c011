import type { ReceiptVerdicts } from "../inbound/inbound-email.js";
import { sesReceiptEventSchema } from "./ses-receipt-event.js";

/**
 * An SES receipt-rule event unwrapped once: for each message, the id that names its stored object and the
 * verdicts SES gave it (only those present).
 */
export const sesReceiptEnvelope = sesReceiptEventSchema.transform((event) =>
  event.Records.map(({ ses: { mail, receipt } }) => {
    const verdicts: ReceiptVerdicts = {
      ...(receipt?.spamVerdict ? { spam: receipt.spamVerdict.status } : {}),
      ...(receipt?.virusVerdict ? { virus: receipt.virusVerdict.status } : {}),
      ...(receipt?.spfVerdict ? { spf: receipt.spfVerdict.status } : {}),
      ...(receipt?.dkimVerdict ? { dkim: receipt.dkimVerdict.status } : {}),
      ...(receipt?.dmarcVerdict ? { dmarc: receipt.dmarcVerdict.status } : {}),
      ...(receipt?.dmarcPolicy ? { dmarcPolicy: receipt.dmarcPolicy } : {}),
    };
    return { messageId: mail.messageId, verdicts };
  }),
);
