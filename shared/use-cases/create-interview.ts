import { monotonicFactory } from "ulid";
import { addPlannedSteps } from "../domain/add-planned-steps.js";
import { countUnansweredFollowUps } from "../domain/count-unanswered-follow-ups.js";
import type { Interview, InterviewDetails } from "../domain/interview.js";
import { newlyCancelledSteps } from "../domain/newly-cancelled-steps.js";
import { planChain } from "../domain/plan-chain.js";
import { stopChain } from "../domain/stop-chain.js";
import { withEvent } from "../domain/with-event.js";
import { mutateInterview } from "./mutate-interview.js";
import { removeSchedules, scheduleSteps } from "./schedule-steps.js";
import type { ChainDeps } from "./use-case-deps.js";

const nextId = monotonicFactory();

/**
 * Registers an interview round: plans its chain (counting follow-ups already sent in earlier rounds of the
 * same application toward the caps), stores it, supersedes earlier rounds still running, then creates
 * one schedule per step.
 */
export async function createInterview(
  deps: ChainDeps,
  request: { owner: string; details: InterviewDetails },
): Promise<Interview> {
  const { owner, details } = request;
  const now = deps.clock.now();
  const at = now.toISOString();
  const earlierRounds = (await deps.store.listByApplication(owner, details.applicationKey)).filter(
    (r) => Date.parse(r.interviewedAt) <= Date.parse(details.interviewedAt),
  );
  const planned = planChain({
    details,
    now,
    priorUnansweredFollowUps: countUnansweredFollowUps(earlierRounds),
  });

  const blank: Interview = {
    ...details,
    id: nextId(now.getTime()),
    owner,
    status: "active",
    steps: [],
    events: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const interview = withEvent(addPlannedSteps(blank, planned, at), {
    at,
    type: "interview.registered",
    detail: `${details.round} round with ${details.company} registered; ${planned.length} follow-up steps planned.`,
  });
  await deps.store.create(interview);

  for (const round of earlierRounds.filter((r) => r.status === "active")) {
    await supersede(deps, round.id, interview, at);
  }
  return scheduleSteps(deps, interview, interview.steps);
}

async function supersede(deps: ChainDeps, roundId: string, by: Interview, at: string): Promise<void> {
  try {
    const { before, after, changed } = await mutateInterview(deps.store, roundId, by.owner, (current) =>
      current.status === "active"
        ? stopChain(current, {
            status: "superseded",
            reason: "superseded",
            at,
            detail: `Superseded by the ${by.round} round (${by.id}).`,
          })
        : undefined,
    );
    if (changed) {
      await removeSchedules(deps, newlyCancelledSteps(before, after));
    }
  } catch (err) {
    // The new round is stored and planned; an earlier round left running is visible and can be stopped.
    deps.log.warn("could not supersede an earlier round", { roundId, error: String(err) });
  }
}
