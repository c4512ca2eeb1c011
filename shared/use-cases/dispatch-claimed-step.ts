import { handOverBy } from "../domain/claim-window.js";
import { chainAllows } from "../domain/decide-claim.js";
import { emailAsSent } from "../domain/email-as-sent.js";
import { fitSentEmailBudget } from "../domain/fit-sent-email-budget.js";
import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { completeIfSettled, updateStep } from "../domain/update-step.js";
import { withEvent } from "../domain/with-event.js";
import {
  chainNotSentNote,
  chainStoppedReason,
  sendFailedNote,
  stepSentNote,
} from "../mail/send-timeline-words.js";
import {
  type OutgoingEmail,
  PermanentSendError,
  SendingConfigurationError,
  type SentEmail,
  TransientSendError,
} from "../ports/mailer.js";
import { type Mutation, mutateInterview } from "./mutate-interview.js";
import { persistently } from "./persistently.js";
import type { SendOutcome, SendPorts } from "./send-ports.js";

/** A claim this invocation wrote: the step, when, and the id that marks it as ours. */
export interface OurClaim {
  interviewId: string;
  stepId: string;
  claimedAt: string;
  /** The claim's random id: only a step still carrying it is ours to settle. */
  claimId: string;
  /** Real time (epoch ms) after which the SES call must not start: see claim-window.ts. */
  dispatchBy: number;
  /** The item as our claim wrote it (or found it): the settling write starts from it instead of a read. */
  item?: Interview;
}

/**
 * `mutateInterview` whose first call starts from the item the claim wrote, with no read: nothing else has
 * usually written since, so settling the claim is one targeted write. Later calls read as usual.
 */
function fromClaimedItem(claim: OurClaim): typeof mutateInterview {
  let known = claim.item;
  return (store, id, owner, change) => {
    const first = known;
    known = undefined;
    return mutateInterview(store, id, owner, change, first);
  };
}

/** The claim found too late to send within its window: released, for the schedule's retry. */
export class ClaimWindowMissedError extends Error {
  constructor(stepId: string) {
    super(`The claim of step ${stepId} took too long to write; released for a retry.`);
    this.name = "ClaimWindowMissedError";
  }
}

/**
 * Settles our claim, if it is still ours (a crashed-claim sweep may have taken it over). `mayHaveLanded`:
 * the claim was gone when a retry after a timeout looked, so that attempt most likely landed (no one else
 * settles a claim seconds old: a stop waits for it, a sweep only takes claims minutes old).
 */
async function settleClaim(
  deps: SendPorts,
  claim: OurClaim,
  change: (current: Interview, claimed: Step) => Interview,
): Promise<Mutation & { mayHaveLanded: boolean }> {
  let afterOutage = false;
  const mutate = fromClaimedItem(claim);
  const mutation = await persistently(deps, (attempt) => {
    afterOutage = attempt.afterOutage;
    return mutate(deps.store, claim.interviewId, undefined, (current) => {
      const s = current.steps.find((x) => x.id === claim.stepId);
      return s?.status === "sending" && s.claimId === claim.claimId ? change(current, s) : undefined;
    });
  });
  return { ...mutation, mayHaveLanded: !mutation.changed && afterOutage };
}

/**
 * A released step waits for a retry with no schedule of its own: the one that fired deleted itself once
 * Lambda took the invocation, and Lambda retries a failed one twice within minutes, then dead-letters it.
 * `unscheduled` puts it where the reconciler looks, so it gets a schedule again if those retries fail too
 * (a retry that comes first claims it as usual; the claim keeps it to one email either way).
 */
export const releasedForRetry = (current: Interview, stepId: string, at: string): Interview =>
  updateStep(current, stepId, { status: "unscheduled", updatedAt: at });

/**
 * Hands nothing to SES: the claim goes back to `unscheduled` for the retry (`releasedForRetry`; or to what
 * `reopen` makes of it: a deferral moves it), or to `cancelled` if the chain was stopped meanwhile (a stop
 * waits for claims in flight, so it may have been written just now). Resolves the item written (or, when a
 * timed-out attempt most likely landed, the item as read back: the caller checks the step), or undefined
 * when nothing was (the claim was no longer ours, or the write failed after its retries: logged, the claim
 * then goes stale).
 */
export async function releaseClaim(
  deps: SendPorts,
  claim: OurClaim,
  at: string,
  why: string,
  reopen: (current: Interview) => Interview = (current) => releasedForRetry(current, claim.stepId, at),
): Promise<Interview | undefined> {
  try {
    const { after, changed, mayHaveLanded } = await settleClaim(deps, claim, (current, s) =>
      chainAllows(current, s)
        ? reopen(current)
        : withEvent(
            updateStep(current, claim.stepId, {
              status: "cancelled",
              reason: chainStoppedReason(current.status, why),
              updatedAt: at,
            }),
            { at, type: "step.cancelled", stepId: claim.stepId, detail: chainNotSentNote(current.status) },
          ),
    );
    return changed || mayHaveLanded ? after : undefined;
  } catch (err) {
    deps.log.error("could not release a claim", {
      interviewId: claim.interviewId,
      stepId: claim.stepId,
      error: String(err),
    });
    return undefined;
  }
}

/**
 * The SES call for a step this invocation has just claimed, and the record of how it ended. The claim was
 * the last write before it, so a stop either came first (and the claim failed) or waits for this call.
 * Only an SES call whose outcome is unknown leaves the claim in place (to become `unknown`, never re-sent);
 * whenever nothing was handed over, the claim is released.
 */
export async function dispatchClaimedStep(
  deps: SendPorts,
  claim: OurClaim,
  step: Step,
  email: OutgoingEmail,
): Promise<SendOutcome> {
  const { interviewId, stepId } = claim;
  const at = claim.claimedAt;
  if (deps.realtime.nowMs() >= claim.dispatchBy) {
    await releaseClaim(deps, claim, at, "claim window missed");
    throw new ClaimWindowMissedError(stepId);
  }
  let sent: SentEmail;
  try {
    // Answered or cut before a stop that waits for this claim can be written (claim-window.ts).
    sent = await deps.mailer.send(email, handOverBy(claim.dispatchBy) - deps.realtime.nowMs());
  } catch (err) {
    if (err instanceof PermanentSendError) {
      await settleClaim(deps, claim, (current) =>
        completeIfSettled(
          withEvent(updateStep(current, stepId, { status: "failed", reason: err.message, updatedAt: at }), {
            at,
            type: "step.failed",
            stepId,
            detail: sendFailedNote(err.message),
          }),
        ),
      );
      return { result: "failed", reason: err.message };
    }
    // SES answered with an error (throttling, a 5xx) or was never reached: nothing left (the mailer says
    // so). Release the claim so the schedule's retry tries again (or cancel it, if the chain was stopped).
    if (err instanceof TransientSendError) {
      // Every email fails like this until an operator fixes the setup: say so at error level, by name.
      if (err instanceof SendingConfigurationError) {
        deps.log.error("SES refuses our sending configuration; steps wait until it is fixed", {
          interviewId,
          stepId,
          error: err.message,
        });
      }
      await releaseClaim(deps, claim, at, "stopped while the send was refused");
      throw err;
    }
    // No answer (a timeout, a reset connection): the email may have left. Keep the claim, so the retry
    // finds it and, once stale, marks the step `unknown` instead of sending it twice.
    throw err;
  }

  const sentAt = deps.clock.now().toISOString();
  // Recorded even if a stale-claim sweep marked it `unknown` meanwhile: `sent` is then the truth. A retry
  // after a timeout that landed finds the step `sent` already and writes nothing.
  const mutate = fromClaimedItem(claim);
  await persistently(deps, () =>
    mutate(deps.store, interviewId, undefined, (current) => {
      const s = current.steps.find((x) => x.id === stepId);
      const ours = s?.status === "sending" && s.claimId === claim.claimId;
      if (!ours && s?.status !== "unknown") return undefined;
      return completeIfSettled(
        withEvent(
          updateStep(current, stepId, {
            status: "sent",
            sentAt,
            sesMessageId: sent.providerMessageId,
            messageId: sent.messageIdHeader,
            sentEmail: fitSentEmailBudget(current, stepId, emailAsSent(email)),
            updatedAt: sentAt,
          }),
          {
            at: sentAt,
            type: "step.sent",
            stepId,
            detail: stepSentNote(step),
          },
        ),
      );
    }),
  ).catch((err) => {
    // Never rethrown: the email left, and a retry must find the claim (and settle it), not send again.
    deps.log.error("sent, but could not record it", { interviewId, stepId, error: String(err) });
  });
  // The Message-ID index (the fallback for a reply that lost its token) is written by ses-events from the
  // configuration set's Send event, not here: one write fewer per email to a contact (issue 12).
  return { result: "sent", ...sent };
}
