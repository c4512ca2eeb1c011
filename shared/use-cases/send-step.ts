import { chainAllows, decideClaim } from "../domain/decide-claim.js";
import type { Interview } from "../domain/interview.js";
import { isPendingStep, type Step } from "../domain/step.js";
import { withEvent } from "../domain/with-event.js";
import { NotFoundError } from "../errors/app-error.js";
import { composeStepEmail, type StepLinks } from "../mail/compose-step-email.js";
import { composeUnknownDeliveryNotice } from "../mail/compose-unknown-delivery-notice.js";
import type { Mailer, SentEmail } from "../ports/mailer.js";
import { PermanentSendError } from "../ports/mailer.js";
import type { MessageIndex } from "../ports/message-index.js";
import type { SuppressionList, SuppressionReason } from "../ports/suppression-list.js";
import { mutateInterview } from "./mutate-interview.js";
import { scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

export interface SendDeps extends ChainDeps {
  /** Remembers each sent Message-ID, the fallback for matching replies that lost their Reply-To token. */
  messages?: MessageIndex;
  mailer: Mailer;
  /** Addresses the owner must not email (bounced, complained, unsubscribed). */
  suppressions: SuppressionList;
  /** The signed Reply-To address and the links an email of this step carries. */
  links: (interview: Interview, step: Step) => StepLinks;
}

/** A fresh claim by another invocation: thrown so the scheduler retries once that one has finished or died. */
export class ClaimInProgressError extends Error {
  constructor(interviewId: string, stepId: string) {
    super(`Step ${stepId} of ${interviewId} is being sent by another invocation; retry later.`);
    this.name = "ClaimInProgressError";
  }
}

/** True when the provider answered the request with an error status, so we know nothing was sent. */
function answeredWithError(err: unknown): boolean {
  const status = (err as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  return typeof status === "number" && status >= 400;
}

export type SendOutcome =
  | { result: "sent"; providerMessageId: string; messageIdHeader: string }
  | { result: "ignored" | "cancelled" | "skipped" | "moved" | "unknown" | "failed"; reason: string };

const SUPPRESSION_WORDING: Record<SuppressionReason, string> = {
  bounced: "bounced",
  complained: "marked an earlier email as spam",
  unsubscribed: "unsubscribed",
};

function updateStep(interview: Interview, id: string, change: Partial<Step>): Interview {
  return { ...interview, steps: interview.steps.map((s) => (s.id === id ? { ...s, ...change } : s)) };
}

/** A chain whose every step is settled is complete. */
function settle(interview: Interview): Interview {
  const done =
    interview.status === "active" &&
    interview.steps.every((s) => !isPendingStep(s) && s.status !== "sending");
  return done ? { ...interview, status: "completed" } : interview;
}

/**
 * The candidate learns by email, not only on the timeline, that an email to a contact may not have left:
 * they were in Cc, so they can check, and only they can decide to send it by hand. Best effort: the step is
 * already recorded `unknown`, and a failed notice must not make the scheduler retry a settled step.
 */
async function tellCandidateDeliveryUnknown(deps: SendDeps, interview: Interview, stepId: string) {
  const step = interview.steps.find((s) => s.id === stepId);
  // Reminders are re-sent instead; only an email to a contact can end up unknown.
  if (step?.channel !== "email" || step.status !== "unknown") return;
  try {
    await deps.mailer.send(composeUnknownDeliveryNotice(interview, step));
  } catch (err) {
    deps.log.error("could not tell the candidate about a step of unknown delivery", {
      interviewId: interview.id,
      stepId,
      error: String(err),
    });
  }
}

/**
 * Sends one step when its schedule fires, at most once for emails to contacts: claim (one conditional
 * write that only succeeds while the chain allows it), re-read, send, record. Duplicate and concurrent
 * fires find the claim and do nothing; a claim a crashed sender left behind becomes `unknown` and the
 * candidate is told (in the timeline and by email), rather than a second email reaching the recruiter. An
 * email to an address the owner has suppressed (bounced, complained, unsubscribed) is `skipped`, not sent.
 */
export async function sendStep(
  deps: SendDeps,
  payload: { interviewId: string; stepId: string },
): Promise<SendOutcome> {
  const { interviewId, stepId } = payload;
  const now = deps.clock.now();
  const at = now.toISOString();
  let decision: ReturnType<typeof decideClaim> = { action: "ignore", reason: "not decided" };
  let mutation: Awaited<ReturnType<typeof mutateInterview>>;
  try {
    mutation = await mutateInterview(deps.store, interviewId, undefined, (current) => {
      decision = decideClaim(current, stepId, now);
      switch (decision.action) {
        case "ignore":
        case "busy":
          return undefined;
        case "cancel":
          return withEvent(
            updateStep(current, stepId, { status: "cancelled", reason: decision.reason, updatedAt: at }),
            {
              at,
              type: "step.cancelled",
              stepId,
              detail: `Not sent: ${decision.reason}.`,
            },
          );
        case "skip":
          return withEvent(
            updateStep(current, stepId, { status: "skipped", reason: decision.reason, updatedAt: at }),
            { at, type: "step.skipped", stepId, detail: `Not sent: ${decision.reason}.` },
          );
        case "mark_unknown":
          return withEvent(
            updateStep(current, stepId, {
              status: "unknown",
              reason: "the sender stopped mid-send; it may or may not have gone out, so it is not sent again",
              updatedAt: at,
            }),
            {
              at,
              type: "step.unknown",
              stepId,
              detail: "Delivery unknown after an interruption; not re-sent to avoid a duplicate.",
            },
          );
        case "move":
          return withEvent(
            updateStep(current, stepId, {
              sendAt: decision.sendAt,
              // Unscheduled until the new schedule exists: if creating it fails (or this invocation dies),
              // the reconciler finds the step, while the old schedule's retries are ignored as too early.
              status: "unscheduled",
              // A new name: the schedule that just fired deletes itself after this invocation.
              scheduleName: `${decision.step.scheduleName.replace(/-m\d+$/, "")}-m${Date.parse(at)}`.slice(
                0,
                64,
              ),
              updatedAt: at,
            }),
            {
              at,
              type: "step.moved",
              stepId,
              detail: `Fired outside the send window; moved to ${decision.sendAt}.`,
            },
          );
        case "claim":
        case "reclaim":
          return updateStep(current, stepId, { status: "sending", claimedAt: at, updatedAt: at });
      }
    });
  } catch (err) {
    if (err instanceof NotFoundError) return { result: "ignored", reason: "the interview no longer exists" };
    throw err;
  }
  const d = decision as ReturnType<typeof decideClaim>;
  if (d.action === "ignore") return { result: "ignored", reason: d.reason };
  if (d.action === "busy") throw new ClaimInProgressError(interviewId, stepId);
  if (d.action === "cancel") return { result: "cancelled", reason: d.reason };
  if (d.action === "skip") return { result: "skipped", reason: d.reason };
  if (d.action === "mark_unknown") {
    await tellCandidateDeliveryUnknown(deps, mutation.after, stepId);
    return { result: "unknown", reason: "stale claim" };
  }
  const interview = mutation.after;
  const step = interview.steps.find((s) => s.id === stepId) as Step;
  if (d.action === "move") {
    // Never throws for a schedule it could not create: the step stays `unscheduled` for the reconciler.
    await scheduleSteps(deps, interview, [step]);
    return { result: "moved", reason: `moved to ${step.sendAt}` };
  }

  // Our claim, as written: only a step still carrying it may be settled by this invocation.
  const ours = (current: Interview) => {
    const s = current.steps.find((x) => x.id === stepId);
    return s?.status === "sending" && s.claimedAt === at ? s : undefined;
  };
  const settleClaim = (change: (current: Interview, claimed: Step) => Interview) =>
    mutateInterview(deps.store, interviewId, undefined, (current) => {
      const claimed = ours(current);
      return claimed ? change(current, claimed) : undefined;
    });

  // Re-read (consistently) right before the mailer: a stop written between our claim and now must win, or
  // "a stop is final at the moment it is written" would not hold for the step in flight.
  const fresh = await deps.store.get(interviewId);
  const claimed = fresh && ours(fresh);
  if (!fresh || !claimed)
    return { result: "ignored", reason: "the claim is gone (interview deleted or taken over)" };
  if (!chainAllows(fresh, claimed)) {
    const reason = `chain ${fresh.status}${fresh.stopReason ? `: ${fresh.stopReason}` : ""}`;
    await settleClaim((current) =>
      withEvent(updateStep(current, stepId, { status: "cancelled", reason, updatedAt: at }), {
        at,
        type: "step.cancelled",
        stepId,
        detail: `Not sent: ${reason} (stopped just before sending).`,
      }),
    );
    return { result: "cancelled", reason };
  }
  if (step.channel === "email") {
    const suppression = await deps.suppressions.isSuppressed(fresh.owner, step.to.email);
    if (suppression) {
      const reason = `${suppression.email} ${SUPPRESSION_WORDING[suppression.reason]}`;
      await settleClaim((current) =>
        settle(
          withEvent(updateStep(current, stepId, { status: "skipped", reason, updatedAt: at }), {
            at,
            type: "step.skipped",
            stepId,
            detail: `Not sent: ${reason}.`,
          }),
        ),
      );
      return { result: "skipped", reason };
    }
  }

  let sent: SentEmail;
  try {
    sent = await deps.mailer.send({
      ...composeStepEmail(fresh, claimed, deps.links(fresh, claimed)),
      tags: { interviewId, stepId },
    });
  } catch (err) {
    if (err instanceof PermanentSendError) {
      await settleClaim((current) =>
        settle(
          withEvent(updateStep(current, stepId, { status: "failed", reason: err.message, updatedAt: at }), {
            at,
            type: "step.failed",
            stepId,
            detail: `Could not be sent: ${err.message}`,
          }),
        ),
      );
      return { result: "failed", reason: err.message };
    }
    // Without an answer from SES (a timeout, a reset connection) the email may have left: keep the claim,
    // so the retry finds it and, once stale, marks the step `unknown` instead of sending it twice.
    if (!answeredWithError(err)) throw err;
    // SES answered with an error (throttling, a 5xx): nothing left. Release the claim so the schedule's
    // retry can try again, unless the chain was stopped meanwhile, in which case the step is cancelled.
    await settleClaim((current, s) =>
      chainAllows(current, s)
        ? updateStep(current, stepId, { status: "scheduled", updatedAt: at })
        : updateStep(current, stepId, {
            status: "cancelled",
            reason: "chain stopped while sending failed",
            updatedAt: at,
          }),
    ).catch((releaseErr) =>
      deps.log.error("could not release a claim", { interviewId, stepId, error: String(releaseErr) }),
    );
    throw err;
  }

  const sentAt = deps.clock.now().toISOString();
  await mutateInterview(deps.store, interviewId, undefined, (current) =>
    settle(
      withEvent(
        updateStep(current, stepId, {
          status: "sent",
          sentAt,
          sesMessageId: sent.providerMessageId,
          messageId: sent.messageIdHeader,
          updatedAt: sentAt,
        }),
        {
          at: sentAt,
          type: "step.sent",
          stepId,
          detail: `${step.channel === "email" ? "Email" : "Reminder"} sent to ${step.to.email}: ${step.kind.replace(/_/g, " ")}.`,
        },
      ),
    ),
  );
  await deps.messages
    ?.remember(sent.messageIdHeader, { interviewId, stepId }, deps.clock.now())
    .catch((err) => {
      // Only the fallback for replies without our token suffers; the send itself is recorded.
      deps.log.warn("could not remember a sent Message-ID", { interviewId, stepId, error: String(err) });
    });
  return { result: "sent", ...sent };
}
