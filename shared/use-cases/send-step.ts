import { randomUUID } from "node:crypto";
import { DISPATCH_WINDOW_MS } from "../domain/claim-window.js";
import { type ClaimDecision, decideClaim } from "../domain/decide-claim.js";
import type { EmailQuotaDeferral } from "../domain/email-quota-deferral.js";
import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { completeIfSettled, updateStep } from "../domain/update-step.js";
import { withEvent } from "../domain/with-event.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import { claimWords } from "../mail/claim-words.js";
import { composeStepEmail, type StepLinks } from "../mail/compose-step-email.js";
import { composeUnknownDeliveryNotice } from "../mail/compose-unknown-delivery-notice.js";
import {
  notSentNote,
  outsideWindowMovedNote,
  sendFailedNote,
  UNKNOWN_DELIVERY_NOTE,
  UNKNOWN_DELIVERY_REASON,
} from "../mail/send-timeline-words.js";
import type { Mailer, OutgoingEmail } from "../ports/mailer.js";
import type { MessageIndex } from "../ports/message-index.js";
import type { SuppressionList, SuppressionReason } from "../ports/suppression-list.js";
import { dispatchClaimedStep, type OurClaim, releaseClaim } from "./dispatch-claimed-step.js";
import { persistently } from "./persistently.js";
import { reserveEmailUsage } from "./reserve-email-usage.js";
import type { UsageDeps } from "./reserve-usage.js";
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
  /** The owner's quotas; without them no daily email quota is enforced. */
  usage?: UsageDeps;
}

/** A fresh claim by another invocation: thrown so the scheduler retries once that one has finished or died. */
export class ClaimInProgressError extends Error {
  constructor(interviewId: string, stepId: string) {
    super(`Step ${stepId} of ${interviewId} is being sent by another invocation; retry later.`);
    this.name = "ClaimInProgressError";
  }
}

export type SendOutcome =
  | { result: "sent"; providerMessageId: string; messageIdHeader: string }
  | { result: "ignored" | "cancelled" | "skipped" | "moved" | "unknown" | "failed"; reason: string };

const SUPPRESSION_WORDING: Record<SuppressionReason, string> = {
  bounced: "bounced",
  complained: "marked an earlier email as spam",
  unsubscribed: "unsubscribed",
};

/** Conflicting writes (a stop, a reply, another sender) make the decision start again from a fresh read. */
const MAX_ATTEMPTS = 5;

/**
 * The candidate learns by email, not only on the timeline, that an email to a contact may not have left:
 * they were in Cc, so they can check, and only they can decide to send it by hand. Called only by the
 * invocation whose "mark unknown" write is known to have landed (acknowledged, or read back carrying its
 * mark id): never before the state is durable, and once per step, since a retry finds the step `unknown`
 * with another invocation's mark and leaves it. Best effort: a failed notice must not make the scheduler
 * retry a settled step.
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

/** Our "mark unknown" write is known to have landed on `stored`: the candidate is told, once. */
async function markedUnknown(deps: SendDeps, stored: Interview, stepId: string): Promise<SendOutcome> {
  await tellCandidateDeliveryUnknown(deps, stored, stepId);
  return { result: "unknown", reason: "stale claim" };
}

/** The item with `step` settled as `status`, and the timeline event saying why. */
function settledAs(
  current: Interview,
  stepId: string,
  status: "cancelled" | "skipped" | "failed",
  reason: string,
  at: string,
): Interview {
  const type = `step.${status}`;
  const detail = status === "failed" ? sendFailedNote(reason) : notSentNote(reason);
  return completeIfSettled(
    withEvent(updateStep(current, stepId, { status, reason, updatedAt: at }), { at, type, stepId, detail }),
  );
}

/** What the decision writes, for every decision but a claim (which is prepared first, then written). */
function applyDecision(
  current: Interview,
  stepId: string,
  d: ClaimDecision,
  at: string,
  /** Set when the move is a deferral over the daily email quota, to say so. */
  quota?: EmailQuotaDeferral,
  /** For `mark_unknown`: the id this invocation marks the step with (see `tellCandidateDeliveryUnknown`). */
  markId?: string,
): Interview | undefined {
  switch (d.action) {
    case "cancel":
      return settledAs(current, stepId, "cancelled", d.reason, at);
    case "skip":
      return settledAs(current, stepId, "skipped", d.reason, at);
    case "mark_unknown":
      return withEvent(
        updateStep(current, stepId, {
          status: "unknown",
          reason: UNKNOWN_DELIVERY_REASON,
          claimId: markId,
          updatedAt: at,
        }),
        {
          at,
          type: "step.unknown",
          stepId,
          detail: UNKNOWN_DELIVERY_NOTE,
        },
      );
    case "move":
      return withEvent(
        updateStep(current, stepId, {
          sendAt: d.sendAt,
          // Unscheduled until the new schedule exists: if creating it fails (or this invocation dies), the
          // reconciler finds the step, while the old schedule's retries are ignored as too early.
          status: "unscheduled",
          // A new name: the schedule that just fired deletes itself after this invocation.
          scheduleName: `${d.step.scheduleName.replace(/-m\d+$/, "")}-m${Date.parse(at)}`.slice(0, 64),
          updatedAt: at,
          ...(quota ? { why: quota.why } : {}),
        }),
        {
          at,
          type: "step.moved",
          stepId,
          detail: quota?.detail ?? outsideWindowMovedNote(d.sendAt),
        },
      );
    default:
      return undefined;
  }
}

/** Why the owner must not email this step's address, or undefined. Read before the claim, never after. */
async function suppressionOf(deps: SendDeps, interview: Interview, step: Step) {
  if (step.channel !== "email") return undefined;
  const found = await deps.suppressions.isSuppressed(interview.owner, step.to.email);
  return found ? `${found.email} ${SUPPRESSION_WORDING[found.reason]}` : undefined;
}

/** The email exactly as it will leave, or the reason it cannot be written (a settled `failed` step). */
function composeFor(deps: SendDeps, interview: Interview, step: Step): OutgoingEmail | { problem: string } {
  try {
    return {
      ...composeStepEmail(interview, step, deps.links(interview, step)),
      tags: { interviewId: interview.id, stepId: step.id },
    };
  } catch (err) {
    return { problem: `the email could not be written: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/**
 * The stored item if its step carries `status` and this invocation's `claimId` (its claim, or its mark as
 * `unknown`): a write that timed out may have landed. Read with the settling writes' retries; undefined
 * when the step is not so, or cannot be read either.
 */
async function landedWrite(
  deps: SendDeps,
  interviewId: string,
  stepId: string,
  status: "sending" | "unknown",
  claimId: string,
): Promise<Interview | undefined> {
  try {
    const item = await persistently(deps, () => deps.store.get(interviewId));
    const step = item?.steps.find((s) => s.id === stepId);
    return step?.status === status && step.claimId === claimId ? item : undefined;
  } catch {
    return undefined;
  }
}

/** A claim this invocation is writing (or wrote): what it needs to send the step once it is ours. */
interface ClaimAttempt {
  claimId: string;
  claimedAt: string;
  dispatchBy: number;
  step: Step;
  email: OutgoingEmail;
  /** The item the claim was computed from, and the clock then: the quota's owner and day. */
  interview: Interview;
  now: Date;
}

/**
 * Our claim is written: now, and only now, an email to a contact takes one of the owner's emails of the
 * day, so that only the one invocation holding the claim takes a slot. Taken before the claim, every
 * duplicate or concurrent fire of the step took one too, and under a small quota those slots ran out and
 * the losing copies deferred steps the quota had room for (3 thank-yous due at once, each fired twice,
 * under a quota of 3: one went). Over the quota, the claim becomes the move to the next day's send window,
 * whose `why` and timeline event say so: never dropped. Reminders to the candidate do not count.
 */
async function sendClaimed(deps: SendDeps, claim: OurClaim, attempt: ClaimAttempt): Promise<SendOutcome> {
  let deferral: EmailQuotaDeferral | undefined;
  try {
    deferral = await reserveEmailUsage(deps.usage, attempt.interview, attempt.step, attempt.now);
  } catch (err) {
    // Nothing was handed to SES: the claim goes back for the schedule's retry.
    await releaseClaim(deps, claim, claim.claimedAt, "stopped while the quota could not be read");
    throw err;
  }
  if (!deferral) return dispatchClaimedStep(deps, claim, attempt.step, attempt.email);
  const quota = deferral;
  const move = { action: "move", step: attempt.step, sendAt: quota.sendAt } as const;
  const after = await releaseClaim(
    deps,
    claim,
    claim.claimedAt,
    "stopped while the email was deferred",
    (current) => applyDecision(current, claim.stepId, move, claim.claimedAt, quota) ?? current,
  );
  const step = after?.steps.find((s) => s.id === claim.stepId);
  if (step?.status === "cancelled") return { result: "cancelled", reason: step.reason ?? "chain stopped" };
  // Read back after a timed-out write, the step is the move only if it carries the deferral's time.
  if (!after || step?.status !== "unscheduled" || step.sendAt !== quota.sendAt) {
    return { result: "ignored", reason: "the deferred claim was no longer ours" };
  }
  // Never throws for a schedule it could not create: the step stays `unscheduled` for the reconciler.
  await scheduleSteps(deps, after, [step]);
  return { result: "moved", reason: `moved to ${step.sendAt}` };
}

/**
 * Sends one step when its schedule fires, at most once for emails to contacts, and never once a stop is
 * written. Everything that can fail or take time (the suppression lookup, composing) happens before the
 * claim; after the claim (one conditional write that only succeeds while the chain allows the step) only
 * the day's quota slot is taken (one small write) before the SES call, which must start within the claim's
 * window. A stop either lands before the
 * claim (which then fails) or waits for the claimed call (mutate-when-settled.ts). Duplicate and concurrent
 * fires find the claim and do nothing; a claim a crashed sender left behind becomes `unknown` and the
 * candidate is told, rather than a second email reaching the recruiter.
 */
export async function sendStep(
  deps: SendDeps,
  payload: { interviewId: string; stepId: string },
): Promise<SendOutcome> {
  const { interviewId, stepId } = payload;
  // A claim whose write timed out may still have landed, and the SDK's retry of it then fails its
  // condition: finding our own claim on the fresh read means it is ours to send, not another sender's.
  let attempted: ClaimAttempt | undefined;
  // The same for a "mark unknown" write: only the invocation whose mark landed tells the candidate.
  let marked: string | undefined;
  for (let attempt = 1; ; attempt++) {
    const current = await deps.store.get(interviewId);
    if (!current) return { result: "ignored", reason: "the interview no longer exists" };
    const landed = current.steps.find((s) => s.id === stepId);
    if (attempted && landed?.status === "sending" && landed.claimId === attempted.claimId) {
      return sendClaimed(deps, { interviewId, stepId, ...attempted }, attempted);
    }
    if (marked && landed?.status === "unknown" && landed.claimId === marked) {
      return markedUnknown(deps, current, stepId);
    }
    // Out of attempts: this last look found no claim of ours, so the conflicts were rivals' writes.
    if (attempt > MAX_ATTEMPTS) throw new VersionConflictError(interviewId);
    attempted = undefined;
    marked = undefined;
    const now = deps.clock.now();
    const at = now.toISOString();
    const d = decideClaim(current, stepId, now, claimWords, deps.realtime.nowMs());
    if (d.action === "ignore") return { result: "ignored", reason: d.reason };
    if (d.action === "busy") throw new ClaimInProgressError(interviewId, stepId);

    let next: Interview | undefined;
    let settledReason: { result: "skipped" | "failed"; reason: string } | undefined;
    if (d.action === "claim" || d.action === "reclaim") {
      const suppressed = await suppressionOf(deps, current, d.step);
      const composed = suppressed ? undefined : composeFor(deps, current, d.step);
      if (suppressed) {
        settledReason = { result: "skipped", reason: suppressed };
        next = settledAs(current, stepId, "skipped", suppressed, at);
      } else if (composed && "problem" in composed) {
        settledReason = { result: "failed", reason: composed.problem };
        next = settledAs(current, stepId, "failed", composed.problem, at);
      } else {
        const dispatchBy = deps.realtime.nowMs() + DISPATCH_WINDOW_MS;
        const claimId = randomUUID();
        attempted = {
          claimId,
          claimedAt: at,
          dispatchBy,
          step: d.step,
          email: composed as OutgoingEmail,
          interview: current,
          now,
        };
        next = updateStep(current, stepId, {
          status: "sending",
          claimedAt: at,
          claimId,
          dispatchBy,
          updatedAt: at,
        });
      }
    } else {
      if (d.action === "mark_unknown") marked = randomUUID();
      next = applyDecision(current, stepId, d, at, undefined, marked);
    }
    if (!next) return { result: "ignored", reason: "nothing to do" };

    const after = { ...next, version: current.version + 1 };
    try {
      await deps.store.replace(after, current.version);
    } catch (err) {
      // A conflict may be our own claim landing (the SDK retried a write whose answer was lost): the next
      // look tells, even after the last attempt, or the claim would sit `sending` with no sender.
      if (err instanceof VersionConflictError) continue;
      // No answer at all (a timeout): the claim may still have landed. A look, so that a landed claim is
      // sent or released now, rather than left to turn into a false `unknown`; and a landed mark tells the
      // candidate now, since the retry will find the step `unknown` and leave it.
      if (attempted && (await landedWrite(deps, interviewId, stepId, "sending", attempted.claimId))) {
        return sendClaimed(deps, { interviewId, stepId, ...attempted }, attempted);
      }
      const markedItem = marked && (await landedWrite(deps, interviewId, stepId, "unknown", marked));
      if (markedItem) return markedUnknown(deps, markedItem, stepId);
      throw err;
    }

    switch (d.action) {
      case "cancel":
        return { result: "cancelled", reason: d.reason };
      case "skip":
        return { result: "skipped", reason: d.reason };
      case "mark_unknown":
        return markedUnknown(deps, after, stepId);
      case "move": {
        const moved = after.steps.find((s) => s.id === stepId) as Step;
        // Never throws for a schedule it could not create: the step stays `unscheduled` for the reconciler.
        await scheduleSteps(deps, after, [moved]);
        return { result: "moved", reason: `moved to ${moved.sendAt}` };
      }
      default:
        if (settledReason) return settledReason;
        if (!attempted) throw new Error("a claim was written without its attempt");
        return sendClaimed(deps, { interviewId, stepId, ...attempted }, attempted);
    }
  }
}
