import { randomUUID } from "node:crypto";
import { DISPATCH_WINDOW_MS } from "../domain/claim-window.js";
import { decideClaim } from "../domain/decide-claim.js";
import type { Interview } from "../domain/interview.js";
import { type StepClaim, withoutClaim } from "../domain/step-claim.js";
import { claimWords } from "../mail/claim-words.js";
import { composeForSending } from "./compose-for-sending.js";
import type { OurClaim } from "./dispatch-claimed-step.js";
import { releaseClaim } from "./dispatch-claimed-step.js";
import { landedWrite } from "./landed-write.js";
import { type ClaimAttempt, sendClaimed } from "./send-claimed.js";
import type { SendOutcome, SendPorts } from "./send-ports.js";
import { settledAs } from "./settled-as.js";
import { unclaimed, undoClaim } from "./undo-claim.js";

/** A settled outcome, or the item to decide on (undefined: read it) as before claims written with no read. */
export type ClaimFirst = { outcome: SendOutcome } | { current?: Interview };

/**
 * The common case in one write: the claim is written first, with no read, on the condition the read was
 * for (the chain active, the step a `chain` step still `scheduled`), and the item it was written on comes
 * back with it. The decision is then made on that item exactly as after a read; when it is not to send,
 * the claim becomes what it says (`undoClaim`). Composing the email and the owner's record (suppression
 * and the day's quota) come after the claim, inside its window; nothing is handed to SES before they pass. A refused claim hands back the
 * item it found, and the step is decided on it as usual (a stopped chain, a step already claimed or
 * settled, a step `unscheduled` or in another phase).
 */
export async function claimFirst(deps: SendPorts, interviewId: string, stepId: string): Promise<ClaimFirst> {
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
  const composed = composeForSending(deps, before, d.step);
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
