import type { InsightsView } from "./api-types.js";
import type { Command } from "./command.js";
import { API_OPTIONS_HELP } from "./parse-command-args.js";
import { printResult } from "./print-result.js";
import { renderInsights } from "./render-insights.js";

export const insightsCommand: Command = {
  name: "insights",
  summary: "which follow-ups earned replies, and the outcomes by what was sent",
  help: `usage: followup insights

Prints GET /insights: per step kind and per cadence, how many went out, how many a person answered and the
median time to the reply; then offers, rejections and withdrawals by what the chain had sent. Counts only,
from your own interviews.

${API_OPTIONS_HELP}`,
  options: {},
  positionals: { min: 0, max: 0 },
  usesApi: true,
  async run(ctx) {
    const view = await ctx.api()<InsightsView>("GET", "/insights");
    printResult(ctx, view, (safe) => renderInsights(safe, ctx.paint));
    return 0;
  },
};
