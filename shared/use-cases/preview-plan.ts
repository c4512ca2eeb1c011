import { countUnansweredFollowUps } from "../domain/count-unanswered-follow-ups.js";
import type { InterviewDetails } from "../domain/interview.js";
import { planChain } from "../domain/plan-chain.js";
import type { PlannedStep } from "../domain/step.js";
import { stepWhyWords } from "../mail/plan-words.js";
import type { ReadDeps } from "./use-case-deps.js";

export interface PlanPreview {
  steps: PlannedStep[];
  /** Set when a later round of the same application exists: registering this one would send nothing. */
  supersededBy?: { id: string; round: string };
}

/**
 * The chain an interview would get now, counting earlier rounds; nothing is stored. Like registration,
 * a round older than one already registered would be superseded at once: the preview says so and plans
 * nothing.
 */
export async function previewPlan(
  deps: ReadDeps<"listByApplication">,
  request: { owner: string; details: InterviewDetails },
): Promise<PlanPreview> {
  const now = deps.clock.now();
  const all = await deps.store.listByApplication(request.owner, request.details.applicationKey);
  const at = Date.parse(request.details.interviewedAt);
  const later = all.find((r) => Date.parse(r.interviewedAt) > at);
  if (later) return { steps: [], supersededBy: { id: later.id, round: later.round } };
  const rounds = all.filter((r) => Date.parse(r.interviewedAt) <= at);
  return {
    steps: planChain({
      details: request.details,
      now,
      words: stepWhyWords,
      priorUnansweredFollowUps: countUnansweredFollowUps(rounds),
    }),
  };
}
