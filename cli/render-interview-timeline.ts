import type { InterviewView } from "./api-types.js";
import { formatLocalTime } from "./format-local-time.js";
import type { Paint } from "./paint.js";
import { renderStepLines } from "./render-step-line.js";
import { statusColour } from "./status-colour.js";

const PENDING = new Set(["scheduled", "unscheduled"]);

/**
 * `followup show`: one interview as a timeline read in a terminal: its header, every step in the order
 * it goes out with its time in the candidate's zone (or `timeZone`), to whom, status and reason, the next
 * pending step marked `>`, then the events.
 */
export function renderInterviewTimeline(interview: InterviewView, paint: Paint, timeZone?: string): string {
  const zone = timeZone ?? interview.timezone;
  const stopped = interview.stopReason ? ` (${interview.stopReason})` : "";
  const facts = [
    `interviewed ${formatLocalTime(interview.interviewedAt, zone)}`,
    interview.decisionExpectedBy ? `decision by ${interview.decisionExpectedBy}` : "no decision date",
    `mode ${interview.mode}`,
    `cadence ${interview.cadence}`,
  ];
  const out = [
    `${paint.bold(`${interview.company} · ${interview.role} · ${interview.round}`)}  ${statusColour(paint, interview.status)}${stopped}`,
    `${paint.dim(`id ${interview.id}`)}`,
    facts.join(" · "),
    paint.dim(`times in ${zone}`),
    "",
    paint.bold(`Steps (${interview.steps.length})`),
  ];
  const next = interview.steps.find((s) => PENDING.has(s.status));
  if (interview.steps.length === 0) out.push("  none planned");
  for (const step of interview.steps)
    out.push(...renderStepLines(step, zone, paint, step === next ? ">" : " "));
  out.push("", paint.bold(`Events (${interview.events.length})`));
  for (const e of interview.events) {
    const step = e.stepId ? ` ${e.stepId}` : "";
    out.push(
      `  ${formatLocalTime(e.at, zone)}  ${paint.cyan(e.type)}${step}${e.detail ? `  ${e.detail}` : ""}`,
    );
  }
  return `${out.join("\n")}\n`;
}
