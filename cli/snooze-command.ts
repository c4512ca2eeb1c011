import { manageToken } from "../shared/security/manage-token.js";
import type { ApiClient } from "./api-client.js";
import type { InterviewView } from "./api-types.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { formatLocalTime, formatWrittenTime } from "./format-local-time.js";
import { localDataDir, localReplyTokenSecret } from "./local-stack-files.js";
import { API_OPTIONS_HELP, stringFlag } from "./parse-command-args.js";
import { interviewPath, printResult } from "./print-result.js";
import { showProgress } from "./show-progress.js";

interface SnoozeAnswer {
  status: "snoozed";
  stepsMoved: number;
  repeated: boolean;
  nextSendAt: string | null;
  /** Only the signed-in route answers the interview. */
  interview?: InterviewView;
}

/** `--days N`: a whole number of days from 1 to 30, as the API takes it. */
function readDays(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const days = /^\d{1,2}$/.test(raw.trim()) ? Number(raw.trim()) : 0;
  if (days < 1 || days > 30) throw usageError("snooze: --days must be a whole number from 1 to 30");
  return days;
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
  summary: "move every pending step of a chain a week (or --days N) later",
  help: `usage: followup snooze ID [--days N]
       followup snooze [ID] --link URL
       followup snooze ID --local [--data-dir DIR]

Moves every pending step of a chain 7 days (or --days) later, each to the first send slot on or after
that time (a second snooze within 10 minutes does nothing): an active chain's, a reply's planned
check-in, or the notes a rejection planned. Signed in, this uses
POST /interviews/ID/snooze. Without a login, pass the signed stop/snooze link every reminder email
carries (POST /manage/TOKEN, always 7 days), or, on the local stack, --local to sign it with the
stack's own key.

  --days N          1 to 30 days instead of 7 (signed in only: a reminder's link always moves a week)
  --link URL        the stop/snooze link of a reminder for this interview (a whole link needs no
                    login: the link is the permission; with ID, the link must be that interview's)
  --local           local stack only: sign the link from the data dir
  --data-dir DIR    the local stack's data dir (default FOLLOWUP_DATA_DIR, else .data)

${API_OPTIONS_HELP}`,
  options: {
    days: { type: "string" },
    link: { type: "string" },
    local: { type: "boolean" },
    "data-dir": { type: "string" },
  },
  positionals: { min: 0, max: 1 },
  usesApi: true,
  async run(ctx) {
    const id = ctx.positionals[0];
    const link = stringFlag(ctx.values, "link");
    const local = ctx.values.local === true;
    const days = readDays(stringFlag(ctx.values, "days"));
    if (link !== undefined && local)
      throw usageError("snooze: pass either --link (a reminder's stop/snooze link) or --local, not both");
    if (days !== undefined && (link !== undefined || local))
      throw usageError("snooze: --days needs the signed-in route: a reminder's link always moves a week");
    let api: ApiClient;
    let path: string;
    let timeZone: string | undefined;
    let signedIn = false;
    if (link === undefined && !local) {
      if (id === undefined)
        throw usageError("snooze: pass the interview's ID (signed in), or --link with a reminder's link");
      api = ctx.api();
      path = interviewPath(id, "/snooze");
      signedIn = true;
    } else if (link !== undefined) {
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
      answer = signedIn
        ? await api<SnoozeAnswer>("POST", path, {
            body: days !== undefined ? { days } : {},
            idempotent: true,
          })
        : await api<SnoozeAnswer>("POST", path, { body: { action: "snooze" }, auth: false });
    } finally {
      done();
    }
    timeZone ??= answer.interview?.timezone;
    const later = days === undefined || days === 7 ? "a week" : `${days} day${days === 1 ? "" : "s"}`;
    printResult(ctx, answer, (safe) => {
      if (safe.repeated) return "Already snoozed a moment ago: nothing was moved again.\n";
      const next = safe.nextSendAt
        ? ` The next goes out ${timeZone ? formatLocalTime(safe.nextSendAt, timeZone) : formatWrittenTime(safe.nextSendAt)}.`
        : "";
      return `Snoozed: ${safe.stepsMoved} pending step${safe.stepsMoved === 1 ? "" : "s"} moved ${later} later.${next}\n`;
    });
    return 0;
  },
};
