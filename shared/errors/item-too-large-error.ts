import { AppError } from "./app-error.js";

/**
 * The interview would exceed the store's size limit for one item (DynamoDB: 400 KB), or the smaller limit
 * an edit may take it to: nothing was written. The caller can shorten notes or templates; retrying the
 * same request cannot succeed.
 */
export class ItemTooLargeError extends AppError {
  constructor(id: string, cause?: unknown, message?: string) {
    super(
      "interview_too_large",
      message ??
        `Interview ${id} is too large to store: shorten its notes, templates or contacts and try again.`,
      { cause },
    );
  }
}
