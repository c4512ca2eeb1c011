import { randomUUID } from "node:crypto";
import { DISPATCH_WINDOW_MS } from "../domain/claim-window.js";
import { type ClaimDecision, decideClaim } from "../domain/decide-claim.js";
import type { EmailQuotaDeferral } from "../domain/email-quota-deferral.js";
import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { type StepClaim, withoutClaim } from "../domain/step-claim.js";
import { STEP_REMINDER_KIND } from "../domain/step-reminder-kind.js";
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
import type { OwnerEmailGate } from "../ports/owner-email-gate.js";
import type { ScheduleGateway } from "../ports/schedule-gateway.js";
import type { SuppressionReason } from "../ports/suppression-list.js";
import { dispatchClaimedStep, type OurClaim, releaseClaim } from "./dispatch-claimed-step.js";
import { persistently } from "./persistently.js";
import { type EmailGateStop, type EmailUsageDeps, reserveEmailUsage } from "./reserve-email-usage.js";
import type { UsageDeps } from "./reserve-usage.js";
import { scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

/** What sendStep uses: the chain's ports, the mail ones, and of the quotas only the email counter. */
export interface SendPorts extends Omit<ChainDeps<"get" | "claimStep" | "replace">, "schedules"> {
  /** Steps a send moves are scheduled again; the sender never deletes a schedule. */
  schedules: Pick<ScheduleGateway, "upsert">;
  mailer: Mailer;
  /**
   * The last check before an email to a contact leaves, one write on the owner's record: the address is
   * not suppressed (bounced, complained, unsubscribed) and the day's quota has room for the step.
   */
  gate: OwnerEmailGate;
  /** The signed Reply-To address and the links an email of this step carries. */
  links: (interview: Interview, step: Step) => StepLinks;
  /** The owner's quota limits; without them no daily email quota is enforced (suppressions still are). */
  usage?: EmailUsageDeps;
}

/** The sender's ports with the full quota ports, as a process that also registers interviews holds them. */
export interface SendDeps extends SendPorts {
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
async function tellCandidateDeliveryUnknown(deps: SendPorts, interview: Interview, stepId: string) {
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
async function markedUnknown(deps: SendPorts, stored: Interview, stepId: string): Promise<SendOutcome> {
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

/** The email exactly as it will leave, or the reason it cannot be written (a settled `failed` step). */
function composeFor(deps: SendPorts, interview: Interview, step: Step): OutgoingEmail | { problem: string } {
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

/**
 * The stored item if its step carries `status` and this invocation's `claimId` (its claim, or its mark as
 * `unknown`): a write that timed out may have landed. Read with the settling writes' retries; undefined
 * when the step is not so, or cannot be read either.
 */
async function landedWrite(
  deps: SendPorts,
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
  /** The item as the claim wrote it, once written: settling the claim starts from it, not from a read. */
  item?: Interview;
}

/**
 * Our claim is written: now, and only now, an email to a contact passes the owner's record (`gate`), which
 * in ONE conditional write says its address is not suppressed and takes one of the owner's emails of the
 * day, so that only the one invocation holding the claim takes a slot. Taken before the claim, every
 * duplicate or concurrent fire of the step took one too, and under a small quota those slots ran out and
 * the losing copies deferred steps the quota had room for (3 thank-yous due at once, each fired twice,
 * under a quota of 3: one went). A suppressed address makes the claim the step's skip, with the reason;
 * over the quota, the claim becomes the move to the next day's send window, whose `why` and timeline event
 * say so: never dropped. Reminders to the candidate pass no gate.
 */
async function sendClaimed(deps: SendPorts, claim: OurClaim, attempt: ClaimAttempt): Promise<SendOutcome> {
  let stop: EmailGateStop | undefined;
  try {
    stop = await reserveEmailUsage(deps.gate, deps.usage, attempt.interview, attempt.step, attempt.now);
  } catch (err) {
    // Nothing was handed to SES: the claim goes back for the schedule's retry.
    await releaseClaim(
      deps,
      claim,
      claim.claimedAt,
      "stopped while the owner's record could not be written",
      unclaimed(attempt.interview, claim.stepId),
    );
    throw err;
  }
  if (!stop) return dispatchClaimedStep(deps, claim, attempt.step, attempt.email);
  if ("suppressed" in stop) {
    const { email, reason } = stop.suppressed;
    const skip = {
      action: "skip",
      step: attempt.step,
      reason: `${email} ${SUPPRESSION_WORDING[reason]}`,
    } as const;
    return undoClaim(deps, claim, attempt.interview, skip, "stopped meanwhile");
  }
  const quota = stop.deferral;
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

/** The step's fields as they were before a claim written on it: what undoing the claim puts back. */
function unclaimed(before: Interview, stepId: string): (current: Interview) => Interview {
  const was = before.steps.find((s) => s.id === stepId);
  return (current) =>
    was
      ? updateStep(current, stepId, {
          status: was.status,
          claimedAt: was.claimedAt,
          claimId: was.claimId,
          dispatchBy: was.dispatchBy,
          updatedAt: was.updatedAt,
        })
      : current;
}

/**
 * A claim written with no read turned out not to be wanted (the step fired early, or outside its send
 * window, or a later follow-up to the same contact is due, or its address is suppressed, or its email
 * cannot be written): the step becomes what the decision on the item before the claim says, in one write
 * from the item the claim wrote. A stop written meanwhile cancels it instead (`releaseClaim`).
 */
async function undoClaim(
  deps: SendPorts,
  claim: OurClaim,
  before: Interview,
  decision: ClaimDecision,
  why: string,
): Promise<SendOutcome> {
  const { stepId, claimedAt: at } = claim;
  const restore = unclaimed(before, stepId);
  const after = await releaseClaim(deps, claim, at, why, (current) => {
    const restored = restore(current);
    return applyDecision(restored, stepId, decision, at) ?? restored;
  });
  const step = after?.steps.find((s) => s.id === stepId);
  if (step?.status === "cancelled") return { result: "cancelled", reason: step.reason ?? "chain stopped" };
  switch (decision.action) {
    case "ignore":
      return { result: "ignored", reason: decision.reason };
    case "skip":
    case "cancel":
      return step?.status === (decision.action === "skip" ? "skipped" : "cancelled")
        ? { result: decision.action === "skip" ? "skipped" : "cancelled", reason: decision.reason }
        : { result: "ignored", reason: "the claim was no longer ours" };
    case "move":
      // Read back after a timed-out write, the step is the move only if it carries the new time.
      if (!after || step?.status !== "unscheduled" || step.sendAt !== decision.sendAt)
        return { result: "ignored", reason: "the claim was no longer ours" };
      // Never throws for a schedule it could not create: the step stays `unscheduled` for the reconciler.
      await scheduleSteps(deps, after, [step]);
      return { result: "moved", reason: `moved to ${step.sendAt}` };
    default:
      return { result: "ignored", reason: "nothing to do" };
  }
}

/** A settled outcome, or the item to decide on (undefined: read it) as before claims written with no read. */
type ClaimFirst = { outcome: SendOutcome } | { current?: Interview };

/**
 * The common case in one write: the claim is written first, with no read, on the condition the read was
 * for (the chain active, the step a `chain` step still `scheduled`), and the item it was written on comes
 * back with it. The decision is then made on that item exactly as after a read; when it is not to send,
 * the claim becomes what it says (`undoClaim`). Composing the email and the owner's record (suppression
 * and the day's quota) come after the claim, inside its window; nothing is handed to SES before they pass. A refused claim hands back the
 * item it found, and the step is decided on it as usual (a stopped chain, a step already claimed or
 * settled, a step `unscheduled` or in another phase).
 */
async function claimFirst(deps: SendPorts, interviewId: string, stepId: string): Promise<ClaimFirst> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const claim: StepClaim = {
    interviewId,
    stepId,
    claimId: randomUUID(),
    claimedAt: at,
    dispatchBy: deps.realtime.nowMs() + DISPATCH_WINDOW_MS,
  };
  let written: { before: Interview; after: Interview };
  try {
    const result = await deps.store.claimStep(claim);
    if (!result.claimed) {
      return result.current
        ? { current: result.current }
        : { outcome: { result: "ignored", reason: "the interview no longer exists" } };
    }
    written = result;
  } catch (err) {
    // No answer (a timeout): the claim may still have landed; a look, so that a landed claim is settled now.
    const landed = await landedWrite(deps, interviewId, stepId, "sending", claim.claimId);
    if (!landed) throw err;
    written = { before: withoutClaim(landed, stepId), after: landed };
  }
  const { before, after } = written;
  const ours: OurClaim = { ...claim, item: after };
  const d = decideClaim(before, stepId, now, claimWords, deps.realtime.nowMs());
  if (d.action !== "claim") return { outcome: await undoClaim(deps, ours, before, d, "stopped meanwhile") };
  const composed = composeFor(deps, before, d.step);
  if ("problem" in composed) {
    const failed = await releaseClaim(deps, ours, at, "stopped meanwhile", (current) =>
      settledAs(unclaimed(before, stepId)(current), stepId, "failed", composed.problem, at),
    );
    const step = failed?.steps.find((s) => s.id === stepId);
    if (step?.status === "cancelled") return { outcome: { result: "cancelled", reason: step.reason ?? "" } };
    return { outcome: { result: "failed", reason: composed.problem } };
  }
  const attempt: ClaimAttempt = { ...claim, step: d.step, email: composed, interview: before, now };
  return { outcome: await sendClaimed(deps, ours, attempt) };
}

/**
 * Sends one step when its schedule fires, at most once for emails to contacts, and never once a stop is
 * written. The claim (one conditional write that only succeeds while the chain allows the step) comes
 * first, with no read (`claimFirst`); after it, composing and the owner's record (one conditional write:
 * the address not suppressed, a slot of the day's quota) come before the SES call, which must start within the claim's window,
 * and whichever of them stops the send releases or settles the claim. A stop either lands before the
 * claim (which then fails) or waits for the claimed call (mutate-when-settled.ts). Duplicate and concurrent
 * fires find the claim and do nothing; a claim a crashed sender left behind becomes `unknown` and the
 * candidate is told, rather than a second email reaching the recruiter.
 */
export async function sendStep(
  deps: SendPorts,
  payload: { interviewId: string; stepId: string },
): Promise<SendOutcome> {
  const first = await claimFirst(deps, payload.interviewId, payload.stepId);
  if ("outcome" in first) return first.outcome;
  return decideAndWrite(deps, payload, first.current);
}

/**
 * The decision made on a read item (or the item a refused write found), then written with one conditional
 * write on the version read; a conflicting write makes it decide again on the item that write found.
 */
async function decideAndWrite(
  deps: SendPorts,
  payload: { interviewId: string; stepId: string },
  initial: Interview | undefined,
): Promise<SendOutcome> {
  const { interviewId, stepId } = payload;
  // A claim whose write timed out may still have landed, and the SDK's retry of it then fails its
  // condition: finding our own claim on the fresh read means it is ours to send, not another sender's.
  let attempted: ClaimAttempt | undefined;
  // The same for a "mark unknown" write: only the invocation whose mark landed tells the candidate.
  let marked: string | undefined;
  // The item a failed write found (its condition's ALL_OLD): the next attempt decides on it, with no read.
  let found: Interview | undefined = initial;
  for (let attempt = 1; ; attempt++) {
    const current = found ?? (await deps.store.get(interviewId));
    found = undefined;
    if (!current) return { result: "ignored", reason: "the interview no longer exists" };
    const landed = current.steps.find((s) => s.id === stepId);
    if (attempted && landed?.status === "sending" && landed.claimId === attempted.claimId) {
      return sendClaimed(deps, { interviewId, stepId, ...attempted, item: current }, attempted);
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
    let settledReason: { result: "failed"; reason: string } | undefined;
    if (d.action === "claim" || d.action === "reclaim") {
      const composed = composeFor(deps, current, d.step);
      if ("problem" in composed) {
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
          email: composed,
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
      // One targeted conditional write: the claim names the step's fields, conditional on the version read.
      await deps.store.replace(after, current.version, current);
    } catch (err) {
      // A conflict may be our own claim landing (the SDK retried a write whose answer was lost): the next
      // look tells, even after the last attempt, or the claim would sit `sending` with no sender.
      if (err instanceof VersionConflictError) {
        found = err.current;
        continue;
      }
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
        return sendClaimed(deps, { interviewId, stepId, ...attempted, item: after }, attempted);
    }
  }
}
