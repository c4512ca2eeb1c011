import type { FieldIssue } from "./api-types";

/** An error answer of the API (`{"error": {code, message, issues?}}`), or `unreachable` when none came. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}
