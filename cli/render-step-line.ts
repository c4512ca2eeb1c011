import type { PlannedStepView, StepView } from "./api-types.js";
import { formatLocalTime } from "./format-local-time.js";
import type { Paint } from "./paint.js";
import { statusColour } from "./status-colour.js";

const recipient = (step: PlannedStepView) =>
  step.channel === "reminder"
    ? `reminder to ${step.to.name} <${step.to.email}>`
    : `to ${step.to.name} <${step.to.email}>`;

/**
 * One step in a terminal: when (in `timeZone`), status, kind and to whom on the first line; under it the
 * time at the recipient's clock when that reads differently (the planner puts a thank-you at 9:00 in a
 * Tokyo interviewer's zone, which is the evening before in New York), the reason (why it was cancelled,
 * skipped, failed) and the planner's why.
 */
export function renderStepLines(
  step: PlannedStepView & Partial<StepView>,
  timeZone: string,
  paint: Paint,
  marker = " ",
): string[] {
  const when = formatLocalTime(step.sentAt ?? step.sendAt, timeZone);
  const status = step.status ? ` ${statusColour(paint, step.status, 11)}` : "";
  const id = step.id ? `${step.id.padEnd(4)}` : "";
  const lines = [`${marker} ${id}${when}${status} ${paint.bold(step.kind)} ${recipient(step)}`];
  const indent = " ".repeat(4 + id.length);
  const there = formatLocalTime(step.sentAt ?? step.sendAt, step.timezone);
  if (step.timezone && step.timezone !== timeZone && there !== when) {
    const whose = step.channel === "reminder" ? "your" : "their";
    lines.push(`${indent}${paint.dim(`at ${whose} clock: ${there} ${step.timezone}`)}`);
  }
  if (step.reason) lines.push(`${indent}${paint.yellow(`reason: ${step.reason}`)}`);
  if (step.why) lines.push(`${indent}${paint.dim(`why: ${step.why}`)}`);
  return lines;
}
