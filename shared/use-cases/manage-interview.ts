import type { Interview } from "../domain/interview.js";
import { isInterviewId } from "../domain/is-interview-id.js";
import { isPendingStep } from "../domain/step.js";
import { NotFoundError } from "../errors/app-error.js";
import { snoozeInterview } from "./snooze-interview.js";
import { stopInterview } from "./stop-interview.js";
import type { ChainDeps, ReadDeps } from "./use-case-deps.js";

export const MANAGE_ACTIONS = ["stop", "snooze"] as const;
export type ManageAction = (typeof MANAGE_ACTIONS)[number];

/** What a verified manage link names: an interview and the step whose email carried the link. */
export interface ManageTarget {
  interviewId: string;
  stepId: string;
}

export type ManageOutcome =
  | { action: "stop"; interview: Interview; stepsCancelled: number }
  | { action: "snooze"; interview: Interview; stepsMoved: number; repeated: boolean };

/**
 * The interview a manage link points at. Only mail to the candidate carries the link (a reminder, the
 * forward of a reply naming the check-in it planned, an unverified sender's forward), so it may name any
 * step; a step or interview that no longer exists is a link to nothing: 404, as for a forged one. The
 * caller has verified the signed token; the owner is the interview's, since the token is the capability.
 */
export async function managedInterview(deps: ReadDeps<"get">, target: ManageTarget): Promise<Interview> {
  const interview = isInterviewId(target.interviewId) ? await deps.store.get(target.interviewId) : undefined;
  if (!interview?.steps.some((s) => s.id === target.stepId)) throw new NotFoundError("Manage link");
  return interview;
}

/**
 * The candidate used the stop or snooze button of a manage link. `stop` cancels the whole chain exactly as
 * the API's stop with reason `cancelled` does (idempotent: stopping a cancelled chain again changes nothing);
 * `snooze` pushes every pending step back a week (a repeat within minutes changes nothing). A chain with
 * nothing left to send cannot be snoozed (409), nor stopped once completed or superseded (409); a replied
 * chain's planned check-in can be either.
 */
export async function manageInterview(
  deps: ChainDeps<"get" | "replace">,
  target: ManageTarget,
  action: ManageAction,
): Promise<ManageOutcome> {
  const before = await managedInterview(deps, target);
  if (action === "snooze") {
    const result = await snoozeInterview(deps, { id: before.id, owner: before.owner });
    return {
      action,
      interview: result.interview,
      stepsMoved: result.moved.length,
      repeated: result.repeated,
    };
  }
  const after = await stopInterview(deps, {
    owner: before.owner,
    id: before.id,
    reason: "cancelled",
    note: "From the link in a reminder.",
  });
  const wasPending = new Set(before.steps.filter(isPendingStep).map((s) => s.id));
  const stepsCancelled = after.steps.filter((s) => wasPending.has(s.id) && s.status === "cancelled").length;
  return { action, interview: after, stepsCancelled };
}
