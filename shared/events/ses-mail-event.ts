import * as z from "zod/mini";
import type { DeliveryProblem } from "../domain/delivery-problem.js";
import { INTERVIEW_ID_PATTERN } from "../domain/is-interview-id.js";
import { STEP_REMINDER_KIND } from "../domain/step-reminder-kind.js";
import { zodIssues } from "../errors/zod-issues.js";

// The schemas here are built on first use (z.lazy), not when the ses-events Lambda loads.

/**
 * An SES event-publishing record (configuration set -> SNS), as much of it as we read. `mail.tags` are the
 * tags we sent with (values are arrays); SES adds its own `ses:*` ones.
 */
const sesMailEventSchema = z.lazy(() => {
  const recipients = z.array(z.looseObject({ emailAddress: z.string() }));
  return z.looseObject({
    eventType: z.string(),
    mail: z.looseObject({
      messageId: z.optional(z.string()),
      destination: z.optional(z.array(z.string())),
      tags: z.optional(z.record(z.string(), z.array(z.string()))),
    }),
    bounce: z.optional(z.looseObject({ bounceType: z.string(), bouncedRecipients: recipients })),
    complaint: z.optional(z.looseObject({ complainedRecipients: recipients })),
  });
});

const interviewIdTag = z.lazy(() => z.string().check(z.regex(INTERVIEW_ID_PATTERN)));
const stepIdTag = z.lazy(() => z.string().check(z.regex(/^s[0-9]{1,4}$/)));
const address = z.lazy(() => z.email());

export type ParsedMailEvent =
  | { action: "record"; problem: DeliveryProblem }
  /** A step's email to a contact SES took: its SES message id, and the step (from our tags). */
  | { action: "index"; sent: { sesMessageId: string; interviewId: string; stepId: string } }
  | { action: "drop"; reason: string; level: "info" | "error" };

/**
 * A Send event: SES took an email. A step's email to a contact is remembered by its Message-ID (the fallback
 * for replies that lost their Reply-To token); every other email (a reminder, a forward, a notice) is not.
 */
function parseSendEvent(tags: Record<string, string[]> | undefined, sesMessageId: string | undefined) {
  if (tags?.kind?.[0] === STEP_REMINDER_KIND)
    return { action: "drop", reason: "not a step's email to a contact", level: "info" } as const;
  const interviewId = interviewIdTag.safeParse(tags?.interviewId?.[0]);
  const stepId = stepIdTag.safeParse(tags?.stepId?.[0]);
  if (!interviewId.success || !stepId.success)
    return { action: "drop", reason: "a Send event without a step's tags", level: "info" } as const;
  if (!sesMessageId)
    return { action: "drop", reason: "a Send event without a messageId", level: "error" } as const;
  return {
    action: "index",
    sent: { sesMessageId, interviewId: interviewId.data, stepId: stepId.data },
  } as const;
}

/** `"Ann Lee" <ann@acme.test>` or `ann@acme.test` -> `ann@acme.test`, lower-cased; undefined if not an address. */
function addressOf(value: string): string | undefined {
  const bare = (/<([^<>]+)>\s*$/.exec(value)?.[1] ?? value).trim().toLowerCase();
  return address.safeParse(bare).success ? bare : undefined;
}

/**
 * Reads the SNS message of one SES event into what the use case needs (a problem to record, a sent email to
 * index), or says why it is dropped: events we do not act on (a transient bounce, a delivery, the Send of a
 * reminder) are `info`; malformed ones are `error`. Never throws, so a bad message is never retried.
 */
export function parseSesMailEvent(message: string): ParsedMailEvent {
  let json: unknown;
  try {
    json = JSON.parse(message);
  } catch {
    return { action: "drop", reason: "the SNS message is not JSON", level: "error" };
  }
  const parsed = sesMailEventSchema.safeParse(json);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error, []).map((i) => `${i.field}: ${i.problem}`);
    return { action: "drop", reason: `not an SES event (${issues.join("; ")})`, level: "error" };
  }
  const event = parsed.data;
  let kind: DeliveryProblem["kind"];
  let listed: { emailAddress: string }[];
  if (event.eventType === "Bounce" && event.bounce) {
    // Transient (mailbox full, out of office) and Undetermined bounces do not make an address undeliverable.
    if (event.bounce.bounceType !== "Permanent")
      return {
        action: "drop",
        reason: `${event.bounce.bounceType} bounce: nothing to suppress`,
        level: "info",
      };
    kind = "bounce";
    listed = event.bounce.bouncedRecipients;
  } else if (event.eventType === "Complaint" && event.complaint) {
    kind = "complaint";
    listed = event.complaint.complainedRecipients;
  } else if (event.eventType === "Send") {
    return parseSendEvent(event.mail.tags, event.mail.messageId);
  } else {
    return { action: "drop", reason: `${event.eventType} events are not acted on`, level: "info" };
  }
  const interviewId = interviewIdTag.safeParse(event.mail.tags?.interviewId?.[0]);
  if (!interviewId.success)
    return { action: "drop", reason: "the email carries no interviewId tag", level: "error" };
  const stepId = stepIdTag.safeParse(event.mail.tags?.stepId?.[0]);
  const addresses = [
    ...new Set(listed.map((r) => addressOf(r.emailAddress)).filter((a): a is string => a !== undefined)),
  ];
  if (addresses.length === 0) return { action: "drop", reason: "no valid recipient address", level: "error" };
  return {
    action: "record",
    problem: {
      kind,
      interviewId: interviewId.data,
      stepId: stepId.success ? stepId.data : undefined,
      addresses,
    },
  };
}
