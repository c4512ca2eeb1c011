import type { InterviewView } from "./api-types.js";
import { formatLocalTime } from "./format-local-time.js";
import type { Paint } from "./paint.js";
import { statusColour } from "./status-colour.js";

const PENDING = new Set(["scheduled", "unscheduled"]);

/** The next step that will go out, as "kind when", or a dash. */
function nextStep(interview: InterviewView): string {
  const next = interview.steps.find((s) => PENDING.has(s.status));
  return next ? `${next.kind} ${formatLocalTime(next.sendAt, interview.timezone)}` : "-";
}

/** `followup list`: one line per interview: id, status, company, role, round, next step. */
export function renderInterviewList(items: InterviewView[], paint: Paint): string {
  if (items.length === 0) return "No interviews.\n";
  const rows = items.map((i) => ({
    id: i.id,
    status: i.status,
    what: `${i.company} · ${i.role} · ${i.round}`,
    next: nextStep(i),
  }));
  const idW = Math.max(2, ...rows.map((r) => r.id.length));
  const whatW = Math.max(4, ...rows.map((r) => r.what.length));
  const header = paint.bold(
    `${"ID".padEnd(idW)}  ${"STATUS".padEnd(10)}  ${"INTERVIEW".padEnd(whatW)}  NEXT`,
  );
  const lines = rows.map(
    (r) => `${r.id.padEnd(idW)}  ${statusColour(paint, r.status, 10)}  ${r.what.padEnd(whatW)}  ${r.next}`,
  );
  return `${[header, ...lines].join("\n")}\n`;
}
