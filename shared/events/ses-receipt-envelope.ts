import * as z from "zod/mini";
import { receiptVerdicts, sesReceiptEventSchema } from "./ses-receipt-event.js";

/**
 * An SES receipt-rule event unwrapped once: for each message, the id that names its stored object and the
 * verdicts SES gave it (only those present).
 */
export const sesReceiptEnvelope = z.lazy(() =>
  z.pipe(
    sesReceiptEventSchema,
    z.transform((event: z.output<typeof sesReceiptEventSchema>) =>
      event.Records.map(({ ses }) => ({
        messageId: ses.mail.messageId,
        verdicts: receiptVerdicts(ses.receipt),
      })),
    ),
  ),
);
