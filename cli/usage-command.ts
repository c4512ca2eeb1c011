import type { UsageView } from "./api-types.js";
import type { Command } from "./command.js";
import { API_OPTIONS_HELP } from "./parse-command-args.js";
import { printResult } from "./print-result.js";
import { renderUsage } from "./render-usage.js";

export const usageCommand: Command = {
  name: "usage",
  summary: "your use of each quota now, and when it resets",
  help: `usage: followup usage

Prints each quota (GET /usage): used, limit, remaining and when its window resets.

${API_OPTIONS_HELP}`,
  options: {},
  positionals: { min: 0, max: 0 },
  usesApi: true,
  async run(ctx) {
    const usage = await ctx.api()<UsageView>("GET", "/usage");
    printResult(ctx, usage, (safe) => renderUsage(safe, ctx.paint));
    return 0;
  },
};
