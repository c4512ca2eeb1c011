import type { Interview } from "./interview.js";
import type { StepStatus } from "./step.js";

/** Statuses of a step whose email left, or may have: its unsubscribe link may be in an inbox. */
const MAY_HAVE_GONE_OUT: readonly StepStatus[] = ["sending", "sent", "unknown"];

/** The lower-cased address of every email to a contact that went out (or may have), by step id. */
export function sentEmailRecipients(interview: Interview): Record<string, string> {
  return Object.fromEntries(
    interview.steps
      .filter(
        (s) => s.channel === "email" && (MAY_HAVE_GONE_OUT.includes(s.status) || s.sentAt !== undefined),
      )
      .map((s) => [s.id, s.to.email.toLowerCase()]),
  );
}
