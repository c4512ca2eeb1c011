import type { PlannedStep, Step } from "../../shared/domain/step.js";

/** The step as the rules plan it: its planned fields only, none of what sending or scheduling added. */
export function plannedStepOf(step: Step): PlannedStep {
  const { kind, channel, to, contact, sendAt, timezone, phase, rule, why } = step;
  return { kind, channel, to, ...(contact ? { contact } : {}), sendAt, timezone, phase, rule, why };
}
