import { AppError } from "./app-error.js";

/**
 * The client's copy is stale: its If-Match names a state the interview has left. The answer names the
 * current ETag, so the client can tell its copy from the one to reload.
 */
export class PreconditionFailedError extends AppError {
  constructor(etag: string) {
    super("precondition_failed", "The interview changed since you read it: reload it.", {
      answerFields: { etag },
    });
  }
}
