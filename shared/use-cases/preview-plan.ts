import { countUnansweredFollowUps } from "../domain/count-unanswered-follow-ups.js";
import type { InterviewDetails } from "../domain/interview.js";
import { planChain } from "../domain/plan-chain.js";
import type { PlannedStep } from "../domain/step.js";
import type { ReadDeps } from "./use-case-deps.js";

/** The chain an interview would get now, counting earlier rounds; nothing is stored. */
export async function previewPlan(
  deps: ReadDeps,
  request: { owner: string; details: InterviewDetails },
): Promise<{ steps: PlannedStep[] }> {
  const now = deps.clock.now();
  const rounds = (await deps.store.listByApplication(request.owner, request.details.applicationKey)).filter(
    (r) => Date.parse(r.interviewedAt) <= Date.parse(request.details.interviewedAt),
  );
  return {
    steps: planChain({
      details: request.details,
      now,
      priorUnansweredFollowUps: countUnansweredFollowUps(rounds),
    }),
  };
}
