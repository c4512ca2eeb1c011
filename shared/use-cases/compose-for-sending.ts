import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { STEP_REMINDER_KIND } from "../domain/step-reminder-kind.js";
import { composeStepEmail } from "../mail/compose-step-email.js";
import type { OutgoingEmail } from "../ports/mailer.js";
import type { SendPorts } from "./send-ports.js";

/** The email exactly as it will leave, or the reason it cannot be written (a settled `failed` step). */
export function composeForSending(
  deps: SendPorts,
  interview: Interview,
  step: Step,
): OutgoingEmail | { problem: string } {
  try {
    return {
      ...composeStepEmail(interview, step, deps.links(interview, step)),
      // A reminder's Send event is not indexed by ses-events (no reply to it is matched by Message-ID).
      tags: {
        interviewId: interview.id,
        stepId: step.id,
        ...(step.channel === "reminder" ? { kind: STEP_REMINDER_KIND } : {}),
      },
    };
  } catch (err) {
    return { problem: `the email could not be written: ${err instanceof Error ? err.message : String(err)}` };
  }
}
