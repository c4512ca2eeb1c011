import type { InterviewView } from "./api-types.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { API_OPTIONS_HELP, stringFlag } from "./parse-command-args.js";
import { interviewPath, printResult } from "./print-result.js";
import { renderInterviewTimeline } from "./render-interview-timeline.js";
import { showProgress } from "./show-progress.js";

const OUTCOMES = ["offer", "rejected", "withdrawn", "cancelled"];

/**
 * The first line after a stop. `cancelled` on a chain already stopped with an outcome cancels only what
 * was pending and keeps that outcome (insights count it), so it must not read as replacing it.
 */
function stopHeadline(outcome: string, recorded: string | undefined): string {
  if (outcome === "cancelled" && recorded && recorded !== "cancelled")
    return `Cancelled what was still pending; the outcome stays ${recorded}.`;
  return `Stopped (${recorded ?? outcome}).`;
}

export const stopCommand: Command = {
  name: "stop",
  summary: "stop a chain with an outcome (offer, rejected, withdrawn, cancelled)",
  help: `usage: followup stop ID --outcome OUTCOME [--note TEXT]

Stops the chain (POST /interviews/ID/stop): nothing more is sent once this answers. The answer shows
which steps had already gone out. A rejection plans a gracious reply and a keep-in-touch note. Also
after a reply or the last check-in, to record the outcome. On a stopped chain only cancelled is taken:
it cancels what is still pending (a rejection's notes) and keeps the outcome recorded.

  --outcome OUTCOME   ${OUTCOMES.join(", ")}
  --note TEXT         kept with the interview

${API_OPTIONS_HELP}`,
  options: { outcome: { type: "string" }, note: { type: "string" } },
  positionals: { min: 1, max: 1 },
  usesApi: true,
  async run(ctx) {
    const id = ctx.positionals[0] ?? "";
    const outcome = stringFlag(ctx.values, "outcome");
    if (outcome === undefined || !OUTCOMES.includes(outcome))
      throw usageError(`stop: --outcome must be one of ${OUTCOMES.join(", ")}`);
    const note = stringFlag(ctx.values, "note");
    const api = ctx.api();
    // A stop that meets a send in flight waits for it (seconds): say what is going on.
    const done = showProgress(ctx.io, "Stopping the chain");
    let stopped: InterviewView;
    try {
      stopped = await api<InterviewView>("POST", interviewPath(id, "/stop"), {
        body: { reason: outcome, ...(note !== undefined ? { note } : {}) },
        idempotent: true,
      });
    } finally {
      done();
    }
    printResult(
      ctx,
      stopped,
      (safe) => `${stopHeadline(outcome, safe.stopReason)}\n\n${renderInterviewTimeline(safe, ctx.paint)}`,
    );
    return 0;
  },
};
