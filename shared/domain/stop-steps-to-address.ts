import type { Interview, TimelineEvent } from "./interview.js";
import { isPendingStep, type Step } from "./step.js";
import { withEvent } from "./with-event.js";

export interface AddressStop {
  email: string;
  /** `skipped`: the address cannot take mail. `cancelled`: its owner asked us to stop. */
  status: "skipped" | "cancelled";
  /** Recorded on each step. */
  reason: string;
  /** The timeline event the candidate sees, once per interview. */
  event: Omit<TimelineEvent, "at">;
  at: string;
}

/** Pending steps of `interview` addressed to `email` (case-insensitive). */
export function pendingStepsTo(interview: Interview, email: string): Step[] {
  const address = email.trim().toLowerCase();
  return interview.steps.filter((s) => isPendingStep(s) && s.to.email.toLowerCase() === address);
}

/**
 * Settles every pending step to one address and tells the candidate. Pure and idempotent: with nothing
 * pending and the event already on the timeline it answers undefined (nothing to write). `always` puts the
 * event on an interview with nothing pending too (the one whose email bounced or was unsubscribed from).
 */
export function stopStepsToAddress(
  interview: Interview,
  stop: AddressStop,
  always = false,
): Interview | undefined {
  const ids = new Set(pendingStepsTo(interview, stop.email).map((s) => s.id));
  const told = interview.events.some((e) => e.type === stop.event.type && e.detail === stop.event.detail);
  if (ids.size === 0 && (told || !always)) return undefined;
  const steps = interview.steps.map((s) =>
    ids.has(s.id) ? { ...s, status: stop.status, reason: stop.reason, updatedAt: stop.at } : s,
  );
  const changed = { ...interview, steps, updatedAt: stop.at };
  // Told once is enough: a repeated event (SES and SNS deliver at least once) adds no second line.
  return told ? changed : withEvent(changed, { ...stop.event, at: stop.at });
}
