import type { PlanPreview } from "./api-types.js";
import type { Command } from "./command.js";
import { INTERVIEW_OPTIONS, INTERVIEW_OPTIONS_HELP } from "./interview-flags.js";
import { interviewInputFromArgs } from "./interview-input-from-args.js";
import { API_OPTIONS_HELP } from "./parse-command-args.js";
import { printResult } from "./print-result.js";
import { renderPlan } from "./render-plan.js";

export const previewCommand: Command = {
  name: "preview",
  summary: "show the chain an interview would get, storing nothing",
  help: `usage: followup preview [--file FILE] [flags]

Takes the same input as \`followup add\` and prints the steps it would plan (POST /plan/preview); nothing
is stored or sent.

${INTERVIEW_OPTIONS_HELP}

${API_OPTIONS_HELP}`,
  options: INTERVIEW_OPTIONS,
  positionals: { min: 0, max: 0 },
  usesApi: true,
  async run(ctx) {
    const body = await interviewInputFromArgs(ctx.values, ctx.io);
    const plan = await ctx.api()<PlanPreview>("POST", "/plan/preview", { body, retry: true });
    printResult(ctx, plan, (safe) => renderPlan(safe, String(body.timezone), ctx.paint));
    return 0;
  },
};
