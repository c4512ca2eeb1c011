import { sesMessageIdHeader } from "../domain/ses-message-id-header.js";
import type { MessageIndex } from "../ports/message-index.js";
import { type DeliveryProblemDeps, recordDeliveryProblem } from "./record-delivery-problem.js";

/** What recordDeliveryProblem records (named by the use case itself, wherever its type lives). */
type DeliveryProblem = Parameters<typeof recordDeliveryProblem>[1];

/** An email to a contact SES took (its Send event): the SES message id and the step's ids from our tags. */
export interface SentStepEmailNotice {
  sesMessageId: string;
  interviewId: string;
  stepId: string;
}

/** One SES event notification, read: a problem to record, a sent email to index, or why it is dropped. */
export type MailNotification = { snsMessageId?: string | undefined } & (
  | { action: "record"; problem: DeliveryProblem }
  | { action: "index"; sent: SentStepEmailNotice }
  | { action: "drop"; reason: string; level: "info" | "error" }
);

export interface MailNotificationDeps extends DeliveryProblemDeps {
  /** Message-ID -> step: the fallback for matching replies that lost their Reply-To token. */
  messages: Pick<MessageIndex, "remember">;
  /** SES's Message-ID domain: the header a reply quotes is `<sesMessageId@domain>`. */
  messageIdDomain: string;
}

/**
 * Records each bounce or complaint (idempotently, so a retried event is safe), and remembers the
 * Message-ID of each step email SES took (a retried Send event writes the same item again); logs and skips
 * the notifications we do not act on. A store outage throws, so the event is retried. The index is
 * written here, off the sender's path, so that an email to a contact costs the sender no write for it.
 */
export async function recordMailNotifications(
  deps: MailNotificationDeps,
  notifications: readonly MailNotification[],
): Promise<void> {
  for (const notification of notifications) {
    const { snsMessageId } = notification;
    if (notification.action === "drop") {
      deps.log[notification.level]("dropped an SES event", { snsMessageId, reason: notification.reason });
      continue;
    }
    if (notification.action === "index") {
      const { sesMessageId, interviewId, stepId } = notification.sent;
      await deps.messages.remember(
        sesMessageIdHeader(sesMessageId, deps.messageIdDomain),
        { interviewId, stepId },
        deps.clock.now(),
      );
      deps.log.info("SES send event indexed", { snsMessageId, interviewId, stepId });
      continue;
    }
    const outcome = await recordDeliveryProblem(deps, notification.problem);
    deps.log.info("SES event processed", { snsMessageId, ...outcome });
  }
}
