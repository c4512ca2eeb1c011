import type { CalendarFeedLinkView } from "./api-types.js";
import type { Command } from "./command.js";
import { API_OPTIONS_HELP } from "./parse-command-args.js";
import { printResult } from "./print-result.js";

export const calendarCommand: Command = {
  name: "calendar",
  summary: "your planned follow-ups as a calendar feed URL (or --revoke it)",
  help: `usage: followup calendar [--revoke]

Prints your calendar feed's URL (POST /calendar-token): subscribe to it in Google Calendar, Outlook or Apple
Calendar (the webcal: form opens a calendar app) to see every planned step. The same URL while it is live.
  --revoke   end the feed (DELETE /calendar-token): its URL answers 404 from now on; run again for a new one

${API_OPTIONS_HELP}`,
  options: { revoke: { type: "boolean" } },
  positionals: { min: 0, max: 0 },
  usesApi: true,
  async run(ctx) {
    if (ctx.values.revoke) {
      await ctx.api()<undefined>("DELETE", "/calendar-token", { allowEmpty: true, retry: true });
      printResult(ctx, { status: "revoked" }, () => "Calendar feed revoked: its URL no longer answers.\n");
      return 0;
    }
    const link = await ctx.api()<CalendarFeedLinkView>("POST", "/calendar-token", { retry: true });
    printResult(ctx, link, (safe) => `${safe.url}\n${safe.webcalUrl}\n`);
    return 0;
  },
};
