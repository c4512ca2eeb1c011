import type { Interview } from "./api-types";
import { nextStep } from "./next-step";

/**
 * What the interview page offers for a chain, as the API allows it:
 * - `outcome`: `stop` an active chain with an outcome, `record` one after a reply or the last check-in
 *   (insights count it), or only `cancel` what a stopped chain may still send (a rejection's notes; the
 *   outcome it recorded stays); none on a superseded round or a stopped chain with nothing pending.
 * - `snooze`: while any step is still to go out (a reply's check-in and a rejection's notes included).
 * - `edit`: while active, the only time an edit re-plans the chain.
 */
export function chainActions(interview: Pick<Interview, "status" | "steps">): {
  outcome: "stop" | "record" | "cancel" | undefined;
  snooze: boolean;
  edit: boolean;
} {
  const pending = nextStep(interview.steps) !== undefined;
  const { status } = interview;
  const outcome =
    status === "active"
      ? "stop"
      : status === "replied" || status === "completed"
        ? "record"
        : status === "stopped" && pending
          ? "cancel"
          : undefined;
  return { outcome, snooze: status === "active" || pending, edit: status === "active" };
}
