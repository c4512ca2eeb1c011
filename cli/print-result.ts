import type { CommandContext } from "./command.js";

/** `--json` prints the API's answer as it came; otherwise the text a person reads. */
export function printResult(ctx: CommandContext, json: unknown, text: () => string): void {
  ctx.io.stdout(ctx.values.json ? `${JSON.stringify(json, null, 2)}\n` : text());
}

/** An interview id as a path segment: whatever was typed, it cannot leave its segment. */
export function interviewPath(id: string, suffix = ""): string {
  return `/interviews/${encodeURIComponent(id)}${suffix}`;
}
