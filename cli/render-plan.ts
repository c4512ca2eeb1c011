import type { PlanPreview } from "./api-types.js";
import type { Paint } from "./paint.js";
import { renderStepLines } from "./render-step-line.js";

/** `followup preview`: the chain a body would get, each step at its time in `timeZone`. */
export function renderPlan(plan: PlanPreview, timeZone: string, paint: Paint): string {
  if (plan.supersededBy) {
    return `Nothing would be planned: a later round of this application (${plan.supersededBy.round}, ${plan.supersededBy.id}) is already registered.\n`;
  }
  const out = [paint.bold(`Planned steps (${plan.steps.length}), times in ${timeZone}`)];
  for (const step of plan.steps) out.push(...renderStepLines(step, timeZone, paint));
  return `${out.join("\n")}\n`;
}
