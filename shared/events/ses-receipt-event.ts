import * as z from "zod/mini";
import type { ReceiptVerdicts } from "../inbound/inbound-email.js";

/**
 * The part of an SES receipt-rule Lambda event we use: the message id (which names the raw object the
 * rule's S3 action stored) and the verdicts SES computed (PASS, FAIL, GRAY, PROCESSING_FAILED; SPF, DKIM
 * and DMARC decide whether the sender is believed). Anything else in the event is ignored. Built on first
 * use (z.lazy), not when the inbound Lambda loads.
 */
export const sesReceiptEventSchema = z.lazy(() => {
  const verdict = z.optional(z.object({ status: z.string().check(z.maxLength(40)) }));
  return z.object({
    Records: z
      .array(
        z.object({
          eventSource: z.literal("aws:ses"),
          ses: z.object({
            mail: z.object({
              messageId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,200}$/, "must be an SES message id")),
              timestamp: z.optional(z.string()),
            }),
            receipt: z.optional(
              z.object({
                spamVerdict: verdict,
                virusVerdict: verdict,
                spfVerdict: verdict,
                dkimVerdict: verdict,
                dmarcVerdict: verdict,
                dmarcPolicy: z.optional(z.string().check(z.maxLength(40))),
              }),
            ),
          }),
        }),
      )
      .check(z.minLength(1), z.maxLength(50)),
  });
});
export type SesReceiptEvent = z.infer<typeof sesReceiptEventSchema>;

type Receipt = NonNullable<SesReceiptEvent["Records"][number]["ses"]["receipt"]>;

/** The verdicts of one receipt, as the inbound use case reads them. */
export function receiptVerdicts(receipt: Receipt | undefined): ReceiptVerdicts {
  return {
    ...(receipt?.spamVerdict ? { spam: receipt.spamVerdict.status } : {}),
    ...(receipt?.virusVerdict ? { virus: receipt.virusVerdict.status } : {}),
    ...(receipt?.spfVerdict ? { spf: receipt.spfVerdict.status } : {}),
    ...(receipt?.dkimVerdict ? { dkim: receipt.dkimVerdict.status } : {}),
    ...(receipt?.dmarcVerdict ? { dmarc: receipt.dmarcVerdict.status } : {}),
    ...(receipt?.dmarcPolicy ? { dmarcPolicy: receipt.dmarcPolicy } : {}),
  };
}
