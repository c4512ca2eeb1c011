import type { z } from "zod";
import type { FieldIssue } from "./app-error.js";

/** Zod's issues as `{field, problem}` pairs a client can show next to the offending input. */
export function zodIssues(error: z.ZodError, prefix: string[] = []): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path.map(String)];
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({ field: [...path, key].join("."), problem: "is not a known field" }));
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
      return [{ field: path.join("."), problem: "is required" }];
    }
    return [{ field: path.join("."), problem: issue.message }];
  });
}
