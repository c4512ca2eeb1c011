import type { InterviewView } from "./api-types.js";
import type { Command } from "./command.js";
import { INTERVIEW_OPTIONS, INTERVIEW_OPTIONS_HELP } from "./interview-flags.js";
import { interviewInputFromArgs } from "./interview-input-from-args.js";
import { API_OPTIONS_HELP } from "./parse-command-args.js";
import { printResult } from "./print-result.js";
import { renderInterviewTimeline } from "./render-interview-timeline.js";
import { showProgress } from "./show-progress.js";

export const addCommand: Command = {
  name: "add",
  summary: "register an interview and plan its follow-ups",
  help: `usage: followup add [--file FILE] [flags]

Registers an interview (POST /interviews) and prints its planned chain. Sent with an Idempotency-Key,
so the server never plans it twice for this one request.

${INTERVIEW_OPTIONS_HELP}

${API_OPTIONS_HELP}

examples:
  followup add --file interview.yaml
  followup add --company "Acme Corp" --role "Staff Engineer" --round onsite --at "2026-12-01 14:00" \\
    --timezone America/New_York --country US --candidate "Sam Lee <sam@example.com>" \\
    --interviewer "Dana Ortiz <dana@acme.example>" --recruiter "Priya Shah <priya@acme.example>"`,
  options: INTERVIEW_OPTIONS,
  positionals: { min: 0, max: 0 },
  usesApi: true,
  async run(ctx) {
    const body = await interviewInputFromArgs(ctx.values, ctx.io);
    const api = ctx.api();
    const done = showProgress(ctx.io, "Registering the interview");
    let created: InterviewView;
    try {
      created = await api<InterviewView>("POST", "/interviews", { body, idempotent: true });
    } finally {
      done();
    }
    printResult(
      ctx,
      created,
      (safe) => `Registered ${safe.id}.\n\n${renderInterviewTimeline(safe, ctx.paint)}`,
    );
    return 0;
  },
};
