import type { Interview } from "../domain/interview.js";
import type { ChainStop, ChainStopWords } from "../domain/stop-chain.js";
import { chainStoppedReason } from "./send-timeline-words.js";

/**
 * The words of a stop: each cancelled step's reason, and the timeline's detail, `note` (or the bare fact)
 * followed by what had already gone out, since a stop is final for what had not started and says exactly
 * what had.
 */
export function chainStopWords(
  before: Interview,
  stop: Pick<ChainStop, "status" | "reason">,
  note?: string,
): ChainStopWords {
  const reason = chainStoppedReason(stop.status, stop.reason);
  const base = note ?? `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
  return {
    stepReason: reason,
    detail: `${base} ${goneOutBefore(before)}`,
  };
}

/**
 * What had already gone out when the stop was written. A step still `sending` had its SES call started
 * (the stop waited for every claim that could still start one), so it is named as in flight.
 */
function goneOutBefore(interview: Interview): string {
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
