import type { FieldIssue } from "./api-types";

/** The API's issues keyed by field (`interviewers.0.email`); the first problem of a field wins. */
export function issuesByField(issues: readonly FieldIssue[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const { field, problem } of issues) if (!byField.has(field)) byField.set(field, problem);
  return byField;
}
