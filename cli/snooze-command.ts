import { manageToken } from "../shared/security/manage-token.js";
import type { InterviewView } from "./api-types.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { formatLocalTime } from "./format-local-time.js";
import { localDataDir, localReplyTokenSecret } from "./local-stack-files.js";
import { API_OPTIONS_HELP, stringFlag } from "./parse-command-args.js";
import { interviewPath, printResult } from "./print-result.js";
import { showProgress } from "./show-progress.js";

interface SnoozeAnswer {
  status: "snoozed";
  stepsMoved: number;
  repeated: boolean;
  nextSendAt: string | null;
}

/** The manage link's path: from a pasted URL, or a bare token. */
function managePath(link: string): string {
  const m = /(?:^|\/manage\/)(m-[0-9a-z]+-s\d+-[0-9a-f]+)\/?$/i.exec(link.trim());
  if (!m?.[1])
    throw usageError("snooze: --link must be the stop/snooze link of a reminder email (…/manage/m-…)");
  return `/manage/${m[1]}`;
}

export const snoozeCommand: Command = {
  name: "snooze",
  summary: "move every pending step of a chain a week later",
  help: `usage: followup snooze ID --link URL
       followup snooze ID --local [--data-dir DIR]

Moves every pending step of an active chain 7 days later, each to the first send slot on or after that
time (a second snooze within 10 minutes does nothing). The API snoozes through the signed stop/snooze
link every reminder email carries (POST /manage/TOKEN): pass that link, or, on the local stack, --local
to sign it with the stack's own key.

  --link URL        the stop/snooze link of a reminder for this interview
  --local           local stack only: sign the link from the data dir
  --data-dir DIR    the local stack's data dir (default FOLLOWUP_DATA_DIR, else .data)

${API_OPTIONS_HELP}`,
  options: { link: { type: "string" }, local: { type: "boolean" }, "data-dir": { type: "string" } },
  positionals: { min: 1, max: 1 },
  usesApi: true,
  async run(ctx) {
    const id = ctx.positionals[0] ?? "";
    const link = stringFlag(ctx.values, "link");
    const local = ctx.values.local === true;
    if ((link === undefined) === !local)
      throw usageError("snooze: pass either --link (a reminder's stop/snooze link) or --local");
    const api = ctx.api();
    let path: string;
    let timeZone: string | undefined;
    if (link !== undefined) {
      path = managePath(link);
      if (!path.includes(`m-${id.toLowerCase()}-`))
        throw usageError(`snooze: that link is for another interview than ${id}`);
    } else {
      const secret = localReplyTokenSecret(localDataDir(stringFlag(ctx.values, "data-dir"), ctx.io));
      const interview = await api<InterviewView>("GET", interviewPath(id));
      timeZone = interview.timezone;
      // Only a reminder carries a manage link, so the link names one.
      const reminder = interview.steps.find((s) => s.channel === "reminder");
      if (!reminder) throw usageError(`snooze: ${id} has no reminder step, so no stop/snooze link`);
      path = `/manage/${manageToken(secret, interview.id, reminder.id)}`;
    }
    const done = showProgress(ctx.io, "Snoozing");
    let answer: SnoozeAnswer;
    try {
      answer = await api<SnoozeAnswer>("POST", path, { body: { action: "snooze" }, auth: false });
    } finally {
      done();
    }
    printResult(ctx, answer, (safe) => {
      if (safe.repeated) return "Already snoozed a moment ago: nothing was moved again.\n";
      const next = safe.nextSendAt
        ? ` The next goes out ${timeZone ? formatLocalTime(safe.nextSendAt, timeZone) : safe.nextSendAt}.`
        : "";
      return `Snoozed: ${safe.stepsMoved} pending step${safe.stepsMoved === 1 ? "" : "s"} moved a week later.${next}\n`;
    });
    return 0;
  },
};
