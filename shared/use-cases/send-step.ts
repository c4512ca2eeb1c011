import { randomUUID } from "node:crypto";
import { DISPATCH_WINDOW_MS } from "../domain/claim-window.js";
import { decideClaim } from "../domain/decide-claim.js";
import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { updateStep } from "../domain/update-step.js";
import { ClaimInProgressError } from "../errors/claim-in-progress-error.js";
import { VersionConflictError } from "../errors/version-conflict-error.js";
import { claimWords } from "../mail/claim-words.js";
import { applySendDecision } from "./apply-send-decision.js";
import { claimFirst } from "./claim-first.js";
import { composeForSending } from "./compose-for-sending.js";
import { landedWrite } from "./landed-write.js";
import { markedUnknown } from "./marked-unknown.js";
import { scheduleSteps } from "./schedule-steps.js";
import { type ClaimAttempt, sendClaimed } from "./send-claimed.js";
import type { SendOutcome, SendPorts } from "./send-ports.js";
import { settledAs } from "./settled-as.js";

/** Conflicting writes (a stop, a reply, another sender) make the decision start again from a fresh read. */
const MAX_ATTEMPTS = 5;

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
      const composed = composeForSending(deps, current, d.step);
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
      next = applySendDecision(current, stepId, d, at, undefined, marked);
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
      case "move":
      case "reschedule": {
        const moved = after.steps.find((s) => s.id === stepId) as Step;
        // Never throws for a schedule it could not create: the step stays `unscheduled` for the reconciler.
        await scheduleSteps(deps, after, [moved]);
        return d.action === "move"
          ? { result: "moved", reason: `moved to ${moved.sendAt}` }
          : { result: "ignored", reason: `${d.reason}; scheduled again for then` };
      }
      default:
        if (settledReason) return settledReason;
        if (!attempted) throw new Error("a claim was written without its attempt");
        return sendClaimed(deps, { interviewId, stepId, ...attempted, item: after }, attempted);
    }
  }
}
