import type { InterviewView } from "./api-types.js";
import type { Command } from "./command.js";
import { EDIT_GREETING_OPTIONS, EDIT_GREETING_OPTIONS_HELP } from "./contact-greetings.js";
import { interviewPatchFromArgs } from "./interview-patch-from-args.js";
import { API_OPTIONS_HELP } from "./parse-command-args.js";
import { interviewPath, printResult } from "./print-result.js";
import { renderInterviewTimeline } from "./render-interview-timeline.js";
import { showProgress } from "./show-progress.js";

export const editCommand: Command = {
  name: "edit",
  summary: "change an interview (decision date, a contact...); pending steps are re-planned",
  help: `usage: followup edit ID [--file PATCH] [flags]

Changes an interview (PATCH /interviews/ID) and prints the re-planned chain. Only what you pass changes;
"none" clears an optional field.

  -f, --file FILE            any subset of the fields as JSON or YAML (- reads stdin), e.g. stepTemplates
  --decision-by YYYY-MM-DD|none
  --recruiter "Name <email>"|none   --referrer "Name <email>"|none
${EDIT_GREETING_OPTIONS_HELP}
  --notes TEXT|none
  --company TEXT --role TEXT --round TEXT --mode send|remind --cadence NAME
  --at "YYYY-MM-DD HH:MM"    in the interview's zone (or ISO 8601 with an offset)
  --timezone ZONE --country CC --region R
  --if-match TAG             change it only if its ETag is still TAG (the API's ETag header); else exit 1
                             naming the tag it has now. A flag read against the interview as it is (--at,
                             a greeting) guards the change with the tag of that read by itself

${API_OPTIONS_HELP}`,
  options: {
    file: { type: "string", short: "f" },
    "decision-by": { type: "string" },
    recruiter: { type: "string" },
    referrer: { type: "string" },
    notes: { type: "string" },
    company: { type: "string" },
    role: { type: "string" },
    round: { type: "string" },
    mode: { type: "string" },
    cadence: { type: "string" },
    at: { type: "string" },
    timezone: { type: "string" },
    country: { type: "string" },
    region: { type: "string" },
    "if-match": { type: "string" },
    ...EDIT_GREETING_OPTIONS,
  },
  positionals: { min: 1, max: 1 },
  usesApi: true,
  async run(ctx) {
    const id = ctx.positionals[0] ?? "";
    const api = ctx.api();
    let current: Promise<InterviewView> | undefined;
    // The tag of the interview the patch was worked out from: a change made meanwhile (another zone, another
    // greeting) makes the PATCH a 412 rather than a change computed from what is no longer there.
    let readTag: string | undefined;
    const patch = await interviewPatchFromArgs(ctx.values, ctx.io, () => {
      current ??= api<InterviewView>("GET", interviewPath(id), {
        onHeaders: (headers) => {
          readTag = headers.get("etag") ?? undefined;
        },
      });
      return current;
    });
    const given = ctx.values["if-match"];
    const ifMatch = typeof given === "string" ? given : readTag;
    const done = showProgress(ctx.io, "Saving and re-planning");
    let updated: InterviewView;
    try {
      updated = await api<InterviewView>("PATCH", interviewPath(id), {
        body: patch,
        idempotent: true,
        ...(ifMatch !== undefined ? { ifMatch } : {}),
      });
    } finally {
      done();
    }
    printResult(ctx, updated, (safe) => `Updated.\n\n${renderInterviewTimeline(safe, ctx.paint)}`);
    return 0;
  },
};
