import { toSendAt } from "./business-calendar.js";
import type { Interview } from "./interview.js";
import { stepSendWindow } from "./recipient-calendar.js";
import type { Step } from "./step.js";

export interface EmailQuotaDeferral {
  /** The first send slot of the step's zone once the daily quota has reset. */
  sendAt: string;
  /** The step's new `why`: what happened and when it goes instead. */
  why: string;
  /** The timeline event's detail. */
  detail: string;
}

/**
 * Where an email to a contact goes when the owner's daily email quota is used up: to the first send slot
 * (the interview's send window and send time, in the recipient's zone, skipping their weekend and holidays) at
 * or after the moment the quota resets. Never dropped: the candidate reads why on the step and the timeline,
 * in the words `wordsFor` gives for the new send time (see shared/mail/email-quota-words).
 */
export function emailQuotaDeferral(
  interview: Interview,
  step: Step,
  resetsAt: Date,
  wordsFor: (sendAt: string) => Pick<EmailQuotaDeferral, "why" | "detail">,
): EmailQuotaDeferral {
  // The recipient's calendar, as the planner and the sender use it (their country's weekend and holidays).
  const calendar = stepSendWindow(interview, step);
  const slot = calendar.nextSendSlot(resetsAt, step.timezone, interview.settings.sendTime);
  const sendAt = toSendAt(slot, step.timezone);
  return { sendAt, ...wordsFor(sendAt) };
}
