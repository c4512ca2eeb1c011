import type { LocalVerdicts } from "./take-local-verdicts.js";

/** What SES hands a receipt rule's Lambda action (the parts our handler reads). */
export function localReceiptEvent(messageId: string, at: Date, verdicts: LocalVerdicts) {
  const pass = { status: "PASS" };
  return {
    Records: [
      {
        eventSource: "aws:ses",
        eventVersion: "1.0",
        ses: {
          mail: { messageId, timestamp: at.toISOString() },
          receipt: {
            timestamp: at.toISOString(),
            spamVerdict: pass,
            virusVerdict: pass,
            spfVerdict: { status: verdicts.spf },
            dkimVerdict: { status: verdicts.dkim },
            dmarcVerdict: { status: verdicts.dmarc },
          },
        },
      },
    ],
  };
}
