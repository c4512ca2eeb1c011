import type { InterviewPage, InterviewView } from "./api-types.js";
import { usageError } from "./cli-error.js";
import type { Command } from "./command.js";
import { API_OPTIONS_HELP, stringFlag } from "./parse-command-args.js";
import { printResult } from "./print-result.js";
import { renderInterviewList } from "./render-interview-list.js";
import { showProgress } from "./show-progress.js";

const STATUSES = ["active", "replied", "stopped", "completed", "superseded"];
/** `--all` stops here rather than paging forever through a store that keeps growing. */
const MAX_PAGES = 100;

export const listCommand: Command = {
  name: "list",
  summary: "your interviews, newest first, with their next step",
  help: `usage: followup list [--status STATUS] [--limit N] [--cursor C | --all]

Lists your interviews (GET /interviews), newest first: id, status, company, role, round and the next
step that will go out.

  --status STATUS   only ${STATUSES.join(", ")}
  --limit N         1-100 per page (default 20)
  --cursor C        the page after the one that printed this cursor
  --all             every page

${API_OPTIONS_HELP}`,
  options: {
    status: { type: "string" },
    limit: { type: "string" },
    cursor: { type: "string" },
    all: { type: "boolean" },
  },
  positionals: { min: 0, max: 0 },
  usesApi: true,
  async run(ctx) {
    const status = stringFlag(ctx.values, "status");
    if (status !== undefined && !STATUSES.includes(status))
      throw usageError(`--status must be one of ${STATUSES.join(", ")}`);
    const limit = stringFlag(ctx.values, "limit");
    if (limit !== undefined && !/^(100|[1-9]\d?)$/.test(limit))
      throw usageError("--limit must be a whole number from 1 to 100");
    const all = ctx.values.all === true;
    let cursor = stringFlag(ctx.values, "cursor");
    if (all && cursor !== undefined) throw usageError("--all and --cursor do not go together");
    const api = ctx.api();
    const items: InterviewView[] = [];
    let pages = 0;
    const done = showProgress(ctx.io, "Reading your interviews");
    try {
      do {
        const page = await api<InterviewPage>("GET", "/interviews", { query: { status, limit, cursor } });
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
        pages += 1;
      } while (all && cursor && pages < MAX_PAGES);
    } finally {
      done();
    }
    const nextCursor = cursor ?? null;
    printResult(ctx, { items, nextCursor }, (safe) => {
      const more = safe.nextCursor ? `\nMore: followup list --cursor ${safe.nextCursor}\n` : "";
      return `${renderInterviewList(safe.items, ctx.paint)}${more}`;
    });
    return 0;
  },
};
