import type { TimedResponse } from "./timed-request.js";

/** What the bench keeps of a registration: the figures, and of a 201 only what later phases use. */
export interface Registration extends TimedResponse {
  token: string;
  /** The interview's id (a 201 only). */
  id?: string;
  /** Each step recorded as scheduled: when it falls due, in ms since the epoch. */
  scheduledAt: number[];
  /** Steps a 201 left unscheduled (a schedule not created in time: left to the reconciler). */
  unscheduled: number;
}

/**
 * A registration's answer reduced to what the phases after it read. Kept whole, 2,000 parsed views stayed
 * in the load generator's heap, which is also the gateway's (its heap after registering: 57 MB, 46 slimmed),
 * and every later full collection there had them to mark.
 * A failure keeps its parsed body, whose error code the error tally names.
 */
export function registration(r: TimedResponse, token: string): Registration {
  if (r.status !== 201) return { ...r, token, scheduledAt: [], unscheduled: 0 };
  const view = (r.json ?? {}) as { id?: string; steps?: Array<{ sendAt: string; status: string }> };
  const steps = view.steps ?? [];
  return {
    status: r.status,
    ms: r.ms,
    json: undefined,
    token,
    id: view.id,
    scheduledAt: steps.filter((s) => s.status === "scheduled").map((s) => Date.parse(s.sendAt)),
    unscheduled: steps.filter((s) => s.status === "unscheduled").length,
  };
}
