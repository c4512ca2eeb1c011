import type { CommandContext } from "./command.js";
import { terminalSafeDeep } from "./terminal-safe.js";

/**
 * `--json` prints the API's answer as it came (JSON escapes control characters); otherwise the text a
 * person reads, rendered from the answer with every string made terminal-safe: a company name or an
 * event's detail must not be able to drive the terminal.
 */
export function printResult<T>(ctx: CommandContext, answer: T, text: (safe: T) => string): void {
  ctx.io.stdout(ctx.values.json ? `${JSON.stringify(answer, null, 2)}\n` : text(terminalSafeDeep(answer)));
}

/** An interview id as a path segment: whatever was typed, it cannot leave its segment. */
export function interviewPath(id: string, suffix = ""): string {
  return `/interviews/${encodeURIComponent(id)}${suffix}`;
}
