import { isKnownZone } from "../shared/domain/wall-clock.js";
import type { InterviewView } from "./api-types.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { API_OPTIONS_HELP, stringFlag } from "./parse-command-args.js";
import { interviewPath, printResult } from "./print-result.js";
import { renderInterviewTimeline } from "./render-interview-timeline.js";

export const showCommand: Command = {
  name: "show",
  summary: "one interview as a timeline: every step, when, to whom, status and why; its events",
  help: `usage: followup show ID [--tz ZONE]

Prints one interview (GET /interviews/ID) as a timeline: each step in the order it goes out, its time in
your zone (the interview's) and, for a contact in another zone, at their clock; to whom, its status and
the reason (why it was cancelled, skipped or failed) and the rule's why; the next step to go out is
marked ">"; then the events.

  --tz ZONE   show times in another IANA zone

${API_OPTIONS_HELP}`,
  options: { tz: { type: "string" } },
  positionals: { min: 1, max: 1 },
  usesApi: true,
  async run(ctx) {
    const id = ctx.positionals[0] ?? "";
    const tz = stringFlag(ctx.values, "tz");
    // Checked before the request: an unknown zone would print every time as raw ISO under "times in <it>".
    if (tz !== undefined && !isKnownZone(tz))
      throw usageError(`show: --tz: the time zone "${tz}" is not an IANA zone such as America/New_York`);
    const interview = await ctx.api()<InterviewView>("GET", interviewPath(id));
    printResult(ctx, interview, (safe) => renderInterviewTimeline(safe, ctx.paint, tz));
    return 0;
  },
};
