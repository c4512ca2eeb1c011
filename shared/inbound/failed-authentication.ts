import type { ReceiptVerdicts } from "./inbound-email.js";

const fails = (status?: string) => status?.trim().toUpperCase() === "FAIL";

/**
 * Why the receiving server's checks say the From cannot be believed, or undefined when they do not:
 * DMARC FAIL (the From domain's own policy disowns the message), or SPF and DKIM both FAIL (neither the
 * sending server nor a signature vouches for it). GRAY, PROCESSING_FAILED, DISABLED or a missing verdict
 * prove nothing either way (most small company domains publish no DMARC record), so they alone do not.
 */
export function failedAuthentication(verdicts: ReceiptVerdicts | undefined): string | undefined {
  if (!verdicts) return undefined;
  if (fails(verdicts.dmarc)) return "DMARC failed";
  if (fails(verdicts.spf) && fails(verdicts.dkim)) return "SPF and DKIM failed";
  return undefined;
}
