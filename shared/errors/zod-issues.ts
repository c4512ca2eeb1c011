import * as z from "zod/mini";
import type { FieldIssue } from "./app-error.js";
import { issueMessage } from "./issue-message.js";

// zod/mini loads no locale: without this, every message a schema does not spell out itself would read
// "Invalid input". Every reader of zod's issues goes through this module, so loading it sets ours once.
z.config({ localeError: issueMessage });

/**
 * Zod's issues as `{field, problem}` pairs a client can show next to the offending input, each pair once
 * (1e308 for a whole number fails two of zod's checks that read alike here).
 */
export function zodIssues(error: z.core.$ZodError, prefix: string[] = []): FieldIssue[] {
  const unique = new Map<string, FieldIssue>();
  for (const issue of error.issues.flatMap(toFieldIssues(prefix))) {
    const key = `${issue.field}\n${issue.problem}`;
    if (!unique.has(key)) unique.set(key, issue);
  }
  return [...unique.values()];
}

function toFieldIssues(prefix: string[]) {
  return (issue: z.core.$ZodIssue): FieldIssue[] => {
    const path = [...prefix, ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: [...path, key].join("."), problem: "is not a known field" }));
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
      return [{ field: path.join("."), problem: "is required" }];
    }
    return [{ field: path.join("."), problem: issue.message }];
  };
}

/** Zod's issues as `path: message` lines, for a log or a configuration error; `root` names an empty path. */
export function issueLines(error: z.core.$ZodError, root = ""): string[] {
  return error.issues.map((issue) => `${issue.path.join(".") || root}: ${issue.message}`);
}
