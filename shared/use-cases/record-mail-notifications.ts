import { type DeliveryProblemDeps, recordDeliveryProblem } from "./record-delivery-problem.js";

/** What recordDeliveryProblem records (named by the use case itself, wherever its type lives). */
type DeliveryProblem = Parameters<typeof recordDeliveryProblem>[1];

/** One SES bounce/complaint notification, read: a problem to record, or why it is dropped. */
export type MailNotification = { snsMessageId?: string | undefined } & (
  | { action: "record"; problem: DeliveryProblem }
  | { action: "drop"; reason: string; level: "info" | "error" }
);

/**
 * Records each bounce or complaint (idempotently, so a retried event is safe); logs and skips the
 * notifications we do not act on. A store outage throws, so the event is retried.
 */
export async function recordMailNotifications(
  deps: DeliveryProblemDeps,
  notifications: readonly MailNotification[],
): Promise<void> {
  for (const notification of notifications) {
    const { snsMessageId } = notification;
    if (notification.action === "drop") {
      deps.log[notification.level]("dropped an SES event", { snsMessageId, reason: notification.reason });
      continue;
    }
    const outcome = await recordDeliveryProblem(deps, notification.problem);
    deps.log.info("SES event processed", { snsMessageId, ...outcome });
  }
}
