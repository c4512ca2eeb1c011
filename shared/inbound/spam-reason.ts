import type { ParsedInboundEmail } from "./inbound-email.js";

/** Why the receipt verdicts say this message must not be trusted, or undefined. */
export function spamReason(email: ParsedInboundEmail): string | undefined {
  const s = email.signals;
  if (s.virusVerdict === "FAIL") return "SES virus verdict FAIL";
  if (s.spamVerdict === "FAIL") return "SES spam verdict FAIL";
  if (s.dmarcVerdict === "fail" && s.dmarcPolicy === "reject")
    return "DMARC failed for a domain that publishes p=reject";
  return undefined;
}
