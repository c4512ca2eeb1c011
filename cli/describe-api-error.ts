import { terminalSafe } from "./terminal-safe.js";

interface ErrorBody {
  error?: {
    code?: unknown;
    message?: unknown;
    issues?: unknown;
    quota?: unknown;
    limit?: unknown;
    resetsAt?: unknown;
    /** A 412's current ETag, for a retry with `--if-match`. */
    etag?: unknown;
  };
  /** API Gateway's own answers (no route, throttled) look like this. */
  message?: unknown;
}

/** The server's words, as one line that cannot drive the terminal. */
const oneLine = (s: string) => terminalSafe(s).replace(/\s+/g, " ").trim();

function issuesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((i) => {
    const { field, problem } = (i ?? {}) as { field?: unknown; problem?: unknown };
    if (typeof problem !== "string") return [];
    return [typeof field === "string" && field ? `${field} ${problem}` : problem];
  });
}

/**
 * One line saying what the API refused and why, from its JSON error body (`{"error": {code, message,
 * issues?}}`), naming each field it complained about; a body of anything else still gives a readable line.
 */
export function describeApiError(status: number, body: unknown, retryAfter?: string | null): string {
  const b = (body ?? {}) as ErrorBody;
  const e = b.error ?? {};
  const code = typeof e.code === "string" ? e.code : undefined;
  let text =
    typeof e.message === "string"
      ? e.message
      : typeof b.message === "string"
        ? b.message
        : `the API answered HTTP ${status}`;
  text = text.replace(/[.:\s]+$/, "");
  const issues = issuesOf(e.issues);
  if (issues.length > 0) text += `: ${issues.join("; ")}`;
  if (code === "quota_exceeded" && typeof e.quota === "string") {
    const resets = typeof e.resetsAt === "string" ? `, resets ${e.resetsAt}` : "";
    text += ` (${e.quota}: limit ${String(e.limit)}${resets})`;
  }
  if (code === "precondition_failed" && typeof e.etag === "string") text += ` (its ETag is now ${e.etag})`;
  if (retryAfter && /^\d+$/.test(retryAfter)) text += ` (try again in ${retryAfter} s)`;
  return oneLine(`${text} [${code ? `${code}, ` : ""}HTTP ${status}]`);
}
