import type { Interview, InterviewStatus } from "./interview.js";
import { isPendingStep } from "./step.js";
import { withEvent } from "./with-event.js";

export interface ChainStop {
  status: Exclude<InterviewStatus, "active">;
  reason: NonNullable<Interview["stopReason"]>;
  at: string;
  detail?: string;
}

/**
 * Stops a chain: the status says so and every pending step is cancelled. Steps already claimed or sent
 * keep their status: a stop is final for what has not started, it does not recall what has.
 */
export function stopChain(interview: Interview, stop: ChainStop): Interview {
  const stopped: Interview = {
    ...interview,
    status: stop.status,
    stopReason: stop.reason,
    updatedAt: stop.at,
    steps: interview.steps.map((s) =>
      isPendingStep(s)
        ? { ...s, status: "cancelled", reason: `chain ${stop.status}: ${stop.reason}`, updatedAt: stop.at }
        : s,
    ),
  };
  const base = stop.detail ?? `Chain ${stop.status} (${stop.reason}).`;
  return withEvent(stopped, {
    at: stop.at,
    type: `chain.${stop.status}`,
    detail: `${base} ${goneOutBefore(interview)}`,
  });
}

/**
 * What had already gone out when the stop was written, for the timeline: a stop is final for what had not
 * started, and says exactly what had. A step still `sending` had its SES call started (the stop waited for
 * every claim that could still start one), so it is named as in flight.
 */
export function goneOutBefore(interview: Interview): string {
  const name = (s: Interview["steps"][number]) => `${s.id} (${s.kind.replace(/_/g, " ")} to ${s.to.email})`;
  const sent = interview.steps.filter((s) => s.status === "sent");
  const inFlight = interview.steps.filter((s) => s.status === "sending");
  const unknown = interview.steps.filter((s) => s.status === "unknown");
  const parts = [`Already sent: ${sent.length ? sent.map(name).join(", ") : "nothing"}.`];
  if (inFlight.length)
    parts.push(`In flight at the stop, outcome to follow: ${inFlight.map(name).join(", ")}.`);
  if (unknown.length) parts.push(`Delivery unknown: ${unknown.map(name).join(", ")}.`);
  return parts.join(" ");
}
