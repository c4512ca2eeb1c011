import type { DeliveryProblem } from "../domain/delivery-problem.js";
import { isInterviewId } from "../domain/is-interview-id.js";
import { deliveryProblemNote, deliveryProblemReason } from "../mail/delivery-problem-words.js";
import type { Clock } from "../ports/clock.js";
import type { InterviewStore } from "../ports/interview-store.js";
import type { Realtime } from "../ports/realtime.js";
import type { SuppressionList } from "../ports/suppression-list.js";
import { stopAddressForOwner } from "./stop-address-for-owner.js";
import type { Logger } from "./use-case-deps.js";

export interface DeliveryProblemDeps {
  store: Pick<InterviewStore, "get" | "replace" | "listByOwner">;
  suppressions: SuppressionList;
  clock: Clock;
  log: Logger;
  realtime: Realtime;
}

export type DeliveryProblemOutcome =
  | { result: "recorded"; addresses: number; stepsSkipped: number }
  | { result: "ignored"; reason: string };

/**
 * An address bounced or complained: it is undeliverable for that owner from now on. It is suppressed
 * (so steps planned later are skipped at send time too), and every pending step to it, in any of the
 * owner's interviews, is skipped now with a timeline event the candidate sees. SES events may arrive
 * more than once; each part is idempotent.
 */
export async function recordDeliveryProblem(
  deps: DeliveryProblemDeps,
  problem: DeliveryProblem,
): Promise<DeliveryProblemOutcome> {
  const interview = isInterviewId(problem.interviewId)
    ? await deps.store.get(problem.interviewId)
    : undefined;
  if (!interview) return { result: "ignored", reason: "the interview no longer exists" };
  const at = deps.clock.now().toISOString();
  let stepsSkipped = 0;
  for (const email of new Set(problem.addresses.map((a) => a.trim().toLowerCase()))) {
    await deps.suppressions.suppress(
      interview.owner,
      email,
      problem.kind === "bounce" ? "bounced" : "complained",
      at,
    );
    const detail = deliveryProblemNote(problem.kind, email);
    const skipped = await stopAddressForOwner(
      deps,
      interview.owner,
      {
        email,
        status: "skipped",
        reason: deliveryProblemReason(problem.kind, email),
        event: {
          type: problem.kind === "bounce" ? "contact.bounced" : "contact.complained",
          detail,
        },
        at,
      },
      interview.id,
    );
    stepsSkipped += skipped.length;
  }
  deps.log.info("delivery problem recorded", {
    kind: problem.kind,
    interviewId: interview.id,
    stepId: problem.stepId,
    addresses: problem.addresses.length,
    stepsSkipped,
  });
  return { result: "recorded", addresses: problem.addresses.length, stepsSkipped };
}
