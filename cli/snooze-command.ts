import { manageToken } from "../shared/security/manage-token.js";
import type { ApiClient } from "./api-client.js";
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

/** A reminder's stop/snooze link: a pasted URL (its API base and path) or a bare token. */
export function readManageLink(link: string): { base?: string; token: string } {
  const m = /^(?:(https?:\/\/\S+?)\/manage\/)?(m-[0-9a-z]{26}-s\d{1,4}-[0-9a-f]{32})\/?$/i.exec(link.trim());
  if (!m?.[2])
    throw usageError("snooze: --link must be the stop/snooze link of a reminder email (.../manage/m-...)");
  return { ...(m[1] ? { base: m[1] } : {}), token: m[2].toLowerCase() };
}

export const snoozeCommand: Command = {
  name: "snooze",
  summary: "move every pending step of a chain a week later",
  help: `usage: followup snooze [ID] --link URL
       followup snooze ID --local [--data-dir DIR]

Moves every pending step of an active chain 7 days later, each to the first send slot on or after that
time (a second snooze within 10 minutes does nothing). The API snoozes through the signed stop/snooze
link every reminder email carries (POST /manage/TOKEN): pass that link, or, on the local stack, --local
to sign it with the stack's own key.

  --link URL        the stop/snooze link of a reminder for this interview (a whole link needs no
                    login: the link is the permission; with ID, the link must be that interview's)
  --local           local stack only: sign the link from the data dir
  --data-dir DIR    the local stack's data dir (default FOLLOWUP_DATA_DIR, else .data)

${API_OPTIONS_HELP}`,
  options: { link: { type: "string" }, local: { type: "boolean" }, "data-dir": { type: "string" } },
  positionals: { min: 0, max: 1 },
  usesApi: true,
  async run(ctx) {
    const id = ctx.positionals[0];
    const link = stringFlag(ctx.values, "link");
    const local = ctx.values.local === true;
    if ((link === undefined) === !local)
      throw usageError("snooze: pass either --link (a reminder's stop/snooze link) or --local");
    let api: ApiClient;
    let path: string;
    let timeZone: string | undefined;
    if (link !== undefined) {
      const { base, token } = readManageLink(link);
      if (id !== undefined && !token.startsWith(`m-${id.toLowerCase()}-`))
        throw usageError(`snooze: that link is for another interview than ${id}`);
      api = base ? ctx.linkApi(base) : ctx.api();
      path = `/manage/${token}`;
    } else {
      if (id === undefined) throw usageError("snooze: --local needs the interview's ID");
      const secret = localReplyTokenSecret(localDataDir(stringFlag(ctx.values, "data-dir"), ctx.io));
      api = ctx.api();
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
